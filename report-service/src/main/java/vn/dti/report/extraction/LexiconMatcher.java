package vn.dti.report.extraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The general matcher behind the lexicon: pairs an element's phrase with a figure in the same
 * clause ("Văn bản đi: 1.234 văn bản", "50 người ... được trang bị máy vi tính", "4.120/5.300 hồ sơ
 * được tiếp nhận trực tuyến", "ký số là 99,2 phần trăm", "cấp độ 3", "hai lớp tập huấn"), checks
 * unit nouns and meaning-changing qualifiers, reads statements of zero, and prefers the figure
 * of the report's period when a fact is stated twice.
 */
final class LexiconMatcher {

    private static final double BASE = 0.70;
    private static final double FALLBACK_BASE = 0.62;
    private static final double ANCHORED = 0.08;
    private static final double PERIOD_BONUS = 0.04;
    private static final double CUMULATIVE_PENALTY = 0.12;
    private static final double OTHER_YEAR_PENALTY = 0.15;

    private static final String NOT_AFTER_NUMBER = "(?<![\\d.,/])";
    private static final String COUNT = NOT_AFTER_NUMBER + "(?<!cấp độ |mức độ |mức |(?<!cung )cấp |lần thứ |khóa |năm |tổng đài |đường dây nóng |hotline )(?!(?<=(?:mức độ|mức) [1-5](?:,| và|-| -) ?)[1-5](?!\\d|[.,]\\d))(?<num>\\d{1,3}(?:\\.\\d{3})+|\\d+)(?![\\d%]|[.,/]\\d| ?%| ?phần trăm|" + RuleTemplates.SPAN_OF_TIME_AFTER + ")";
    /** "15/16 chỉ tiêu", also said in words: "23 trên (tổng số) 34 nhiệm vụ". */
    private static final String FRACTION = NOT_AFTER_NUMBER + "(?<!quý |tháng )"
            + "(?<num>\\d{1,3}(?:\\.\\d{3})+|\\d+)(?: ?/ ?| trên (?:tổng số )?)(?<den>\\d{1,3}(?:\\.\\d{3})+|\\d+)(?![\\d/%]|[.,]\\d| ?%| ?[-–] ?\\d{1,2}/\\d{1,2})";
    /** "265.588/ 450.684 hồ sơ (đạt 58,93%)": the share stated for a fraction right after it. */
    private static final String FRACTION_THEN_SHARE = NOT_AFTER_NUMBER + "(?:\\d{1,3}(?:\\.\\d{3})+|\\d+)\\s?/\\s?(?:\\d{1,3}(?:\\.\\d{3})+|\\d+)[^\\d;%()]{0,20}"
            + "[(,]\\s?(?:đạt|chiếm)(?: tỷ lệ| tỉ lệ)?\\s?";
    /** "tiếp nhận trực tuyến 5.060 hồ sơ (78%)": a share alone in the parenthesis after a count is the count's share. */
    private static final String BARE_SHARE_IN_PARENTHESES = "\\((?=\\d{1,3}(?:[.,]\\d+)? ?%\\))";
    /** "151.574 tài khoản (tỷ lệ 70%)", "9.988 hồ sơ điện tử (chiếm tỷ lệ 82,7%)": the share stated for a count right after it. */
    private static final String COUNT_THEN_SHARE = NOT_AFTER_NUMBER + "\\d{1,3}(?:\\.\\d{3})*[^\\d;%()]{0,20}"
            + "(?:[(,]\\s?(?:(?:đạt|chiếm)(?: tỷ lệ| tỉ lệ)?|tỷ lệ|tỉ lệ)|(?<=\\p{L}) (?:đạt|chiếm)(?: tỷ lệ| tỉ lệ)?|" + BARE_SHARE_IN_PARENTHESES + ")\\s?";
    /** "140 DVCTT một phần trên tổng số 352 TTHC": the figure after "trên tổng số" is the whole, not the phrase's value. */
    private static final Pattern OUT_OF_TOTAL = Pattern.compile("(?<!\\p{L})(?:trên|so với) tổng(?: số)?(?!\\p{L})");
    /** "giai đoạn 2021-2024", "từ năm 2021 đến nay", "lũy kế từ 2021": the first year of a span. */
    private static final Pattern SPAN_START = Pattern.compile("(?<!\\p{L})(?:giai đoạn|từ năm|từ|lũy kế từ|luỹ kế từ)(?: năm)? ((?:19|20)\\d\\d)"
            + "(?:\\s?[-–]\\s?(?:19|20)\\d\\d| đến (?:nay|năm|20\\d\\d|hết|cuối))");
    /**
     * "Trong năm 2024 và các tháng đầu năm 2025, Sở đã tổ chức 14 lớp": a year and months of the next one together are no reporting
     * period (years, quarters, months, 6 or 9 months), so the figure is a running total across periods.
     */
    private static final Pattern YEAR_AND_MONTHS = Pattern.compile("(?<!\\p{L})năm (?:19|20)\\d\\d (?:và|đến|cho đến) (?:các |những |\\d{1,2} |sáu |chín )?tháng (?:đầu )?(?:năm )?(?:19|20)\\d\\d");
    /** ", năm 2024 đạt ": the next item of a figure stated year by year. */
    private static final Pattern YEAR_ITEM = Pattern.compile("[^\\d;%]{0,12}?[,;]\\s?(?:và |còn )?(?:trong )?năm (?:19|20)\\d\\d(?![\\d/])"
            + "\\s?(?:là|đạt|có|:)?\\s?(?:được )?");
    /** "61,3 ngàn hồ sơ", "hơn 1,4 triệu tài khoản": a count with a word multiplier (not money). */
    private static final String SCALED = NOT_AFTER_NUMBER + "(?<snum>\\d{1,3}(?:[.,]\\d{1,3})?) (?<smult>nghìn|ngàn|triệu)(?! tỷ| tỉ| đồng)(?!\\p{L})";
    /** "trong năm", "cả năm", "hằng năm": "năm" is the year there, not five; "Bộ phận một cửa" names the one-stop desk, not one. */
    private static final String WORDS = "(?<!\\p{L})(?<!(?:trong|cả|hằng|hàng|mỗi|đầu|cuối|giữa|nửa|từng|qua|sang) )(?<words>" + NumberWords.PATTERN + ")(?!\\p{L})(?! ?\\d)(?! (?:nay|qua|trước|sau|học|tới|đó|này|tài chính|cửa)(?!\\p{L}))";
    private static final String PERCENT = NOT_AFTER_NUMBER + "(?<num>\\d{1,3}(?:[.,]\\d+)?) ?(?:%|phần trăm)";
    private static final Pattern LEVEL = Pattern.compile("cấp độ (?<num>[1-5]|iv|v|i{1,3})(?![\\p{L}\\d])");
    private static final String MONEY = RuleTemplates.expand("{M}");
    private static final Pattern YEAR_AFTER = Pattern.compile("[^\\d;,]{0,12}?(?<!\\p{L})năm ((?:19|20)\\d\\d)(?!\\d)");
    private static final Pattern YEAR = Pattern.compile("(?<![\\d/.])(20[0-4]\\d)(?![\\d/])");
    /**
     * A year, "mức độ 2" or "6 tháng" may stand between a phrase and its figure: "kinh phí chuyển đổi số năm 2023 là 350
     * triệu đồng", "tài khoản định danh điện tử mức độ 2, đạt 69,85%", "trong 6 tháng đầu năm đạt 96%", "trực tuyến mức độ 3, 4 đạt 20%".
     */
    /** "từ ngày 1/1/2024 đến 20/9/2024", "tháng 9/2024": a date between a phrase and its figure. */
    private static final String DATE_IN_GAP = "(?<![\\d.,/])(?:\\d{1,2}/)?\\d{1,2}/(?:19|20)\\d\\d(?![\\d%]|[.,]\\d)|(?<=ngày )\\d{1,2}/\\d{1,2}(?![\\d%/]|[.,]\\d)";
    /** "đến hết quý III/2023", "tháng 9/2023": the period a figure is for, in the gap before it. */
    private static final String MONTH_OR_QUARTER_OF_YEAR = "(?<=(?:quý (?:iv|i{1,3}|[1-4])|tháng \\d{1,2})/)(?:19|20)\\d\\d(?![\\d%]|[.,/]\\d)"
            + "|(?<=(?:quý|tháng) )\\d{1,2}(?=/(?:19|20)\\d\\d(?!\\d))";
    /** "mạng 4G, 5G đến 100% hộ gia đình": a network generation between a phrase and its figure is a name, not a figure. */
    private static final String NETWORK_GENERATION = "(?<![\\d.,/])[2-5](?=g(?!\\p{L}))";
    /** "tỉ lệ hồ sơ trực tuyến tăng hơn 2,7 lần, đạt 93,18%": a change between a phrase and "đạt" is a step of the gap; the level follows. */
    private static final String CHANGE_IN_GAP = "(?<!\\p{L})(?:tăng|giảm)(?: gấp| hơn| gần| khoảng){0,2} \\d{1,3}(?:,\\d+)? ? lần(?=,? đạt(?!\\p{L}))";
    private static final String GAP_AFTER = "(?:[^\\d;%]|(?<![\\d.,/])(?:19|20)\\d\\d(?![\\d%]|[.,/]\\d)|(?<=mức độ |mức |cấp độ )[1-5](?![\\d%]|[.,/]\\d)|(?<=(?:mức độ|mức) [1-5](?:,| và|-| -) ?)[1-5](?![\\d%]|[.,/]\\d)|(?<![\\d.,/])\\d{1,2}(?= tháng)|" + MONTH_OR_QUARTER_OF_YEAR + "|" + DATE_IN_GAP + "|" + NETWORK_GENERATION + "|" + CHANGE_IN_GAP + ")";
    /**
     * "tổng số hồ sơ tiếp nhận tại Trung tâm Phục vụ hành chính công tỉnh là 1.916 hồ sơ": the desk where dossiers are received,
     * named between a phrase and its count, is one step of the gap however long its name.
     */
    private static final String PLACE_OF_RECEIPT = "(?<!\\p{L})(?:tại|qua) (?:trung tâm|bộ phận)[^\\d;%,.()]{0,50}?(?= (?:là|đạt|có)(?!\\p{L})| ?:)";
    /** A quarter named before a figure in a report of whole years ("Trong quý III, tiếp nhận 350 hồ sơ" in a 2023 report). */
    private static final Pattern QUARTER = Pattern.compile("(?<!\\p{L})quý (?:iv|i{1,3}|[1-4])(?![\\p{L}\\d])");
    /** "6 tháng đầu năm, tiếp nhận 2.100 văn bản" in a report of whole years: a part of the period, weighed less than the year's figure. */
    private static final Pattern FIRST_MONTHS = Pattern.compile("(?<!\\p{L})(?:\\d{1,2}|sáu|chín) tháng đầu năm(?! \\d{4}/)");
    private static final Pattern WHOLE_YEARS = Pattern.compile("\\d{4}(?:/\\d{4})?");
    private static final Pattern SUB_PERIOD = Pattern.compile("(?<!\\p{L})riêng (?:trong )?(?:quý|tháng)(?!\\p{L})");
    /** "văn bản nhận (trong đó, 9.160 văn bản số hóa ...)": the figure after "trong đó" is a part, not the phrase's value. */
    private static final Pattern SHARE_AND_COMMA = Pattern.compile("\\d{1,3}(?:[.,]\\d+)? ?(?:%|phần trăm) ?,");
    private static final Pattern COMPLEMENT_BEFORE = Pattern.compile("(?<!\\p{L})(?:đạt|là|bằng)(?: (?:hơn|trên|gần|khoảng|xấp xỉ))? $|: ?$");
    private static final Pattern SUBSET = Pattern.compile("(?<!\\p{L})(?:trong đó|bao gồm|gồm có)(?!\\p{L})");
    /** "mức độ 3 và 258 TTHC ...": after "và" or "còn" a figure starts the next item. */
    private static final Pattern COUNT_RIGHT_BEFORE = Pattern.compile("(?<![\\d.,/])(?!(?:19|20)\\d\\d\\s)(?:\\d{1,3}(?:\\.\\d{3})+|\\d+)\\s+$");
    private static final Pattern NEXT_ITEM = Pattern.compile("(?<!\\p{L})(?<!(?:mức độ|mức) [1-5] )(?:và|còn|hoặc)(?!\\p{L})[^:]{0,6}$");
    /** "65 - 70%", "30-40 học viên": a range gives no single value. */
    static final Pattern RANGE_BEFORE = Pattern.compile("\\d ?[-–] ?$");
    private static final Pattern YEAR_WORD = Pattern.compile("(?:năm|ngày|tháng|quý|số|khóa) $");
    private static final Pattern STOP = Pattern.compile("[,.;:()]");
    private static final Pattern APPROX_BEFORE = Pattern.compile("(?<!\\p{L})(?:hơn|trên|gần|khoảng|xấp xỉ|ước đạt|ước tính|ước) ?$");
    private static final double APPROX_PENALTY = 0.08;
    private static final double LOOSE_PENALTY = 0.04;
    private static final double FRACTION_TOTAL = 0.66;
    private static final double PREFERRED_BONUS = 0.1;
    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final Pattern JOINED_ITEM = Pattern.compile("(?<!\\p{L})và(?!\\p{L})");
    private static final Pattern FRACTION_PATTERN = Pattern.compile(FRACTION);
    private static final Pattern SHARE_WORD = Pattern.compile("t[ỷỉ] lệ");
    /** "Kế hoạch số 45 triển khai Kế hoạch của UBND tỉnh …": what follows names the plan implemented, not this one's issuer. */
    private static final Pattern IMPLEMENTS = Pattern.compile("(?<!\\p{L})(?:triển khai|thực hiện)(?!\\p{L})");
    /** "đạt 100% tại 7 Sở, đơn vị": the share reached by several bodies, not the unit's. */
    private static final Pattern AT_MANY_BODIES_AFTER = Pattern.compile(",? ?(?:tại|ở|của) \\d+(?:/\\d+)? (?:sở|đơn vị|cơ quan|xã|phường|huyện|địa phương|phòng)(?!\\p{L})");
    private static final Pattern NEW_ITEM_BEFORE = Pattern.compile("(?:,|(?<!\\p{L})(?:và|còn))(?: có)? (?:(?:hơn|trên|gần|khoảng) )?$");
    private static final Pattern SHARE_VERB = Pattern.compile("(?<!\\p{L})(?:đạt|là|chiếm)(?!\\p{L})");
    private static final Pattern TITLE_YEAR = Pattern.compile("\\s*(?:năm\\s*)?((?:19|20)\\d\\d)(?!\\d)");
    /** The publisher may carry its site's address in brackets: "BÁO QUÂN ĐỘI NHÂN DÂN (qdnd.vn) – Chuyên mục Chuyển đổi số". */
    private static final Pattern MASTHEAD = Pattern.compile("^(?:[^.;:()]|\\([^()\\n]{1,40}\\))+ [–-] chuyên mục [^.;:]+$");
    private static final int MAX_MASTHEAD = 120;
    private static final Pattern PUBLICATION_DATE = Pattern.compile("\\d{1,2}[/-]\\d{1,2}[/-](?:19|20)\\d\\d|(?:ngày|năm) \\d|(?:19|20)\\d\\d\\)$");
    private static final Pattern FRACTION_AFTER_SHARE = Pattern.compile(",? ?\\((?:(?:đạt|gồm|với|là) )?(?<num>\\d{1,3}(?:\\.\\d{3})+|\\d+) ?/ ?(?<den>\\d{1,3}(?:\\.\\d{3})+|\\d+) ?");
    private static final Pattern SHARE_RIGHT_AFTER = Pattern.compile("(?: [^\\d;,.%()]{1,25}?)?,? (?:đạt|chiếm)(?: t[ỷỉ] lệ)?:?(?: (?:hơn|trên|gần|khoảng))? ?(?<share>\\d{1,3}(?:[.,]\\d+)?) ?(?:%|phần trăm)");
    /** "… xử lý trên môi trường điện tử, tỷ lệ hồ sơ đúng hạn đạt 99%": after a comma, another share is named and the figure is its own. */
    private static final Pattern ANOTHER_SHARE_NAMED = Pattern.compile(",[^,]{0,20}?(?<!\\p{L})(?<!(?:đạt|chiếm|với|bằng|là) )t[ỷỉ] lệ(?!\\p{L})");
    private static final Pattern SHARE_BEFORE = Pattern.compile("(?<!\\p{L})(?:t[ỷỉ] lệ|chỉ số|mức độ)(?!\\p{L})(?! \\d)");
    /** "trao đổi văn bản điện tử qua Hệ thống …, đạt tỷ lệ khoảng 95%": "đạt tỷ lệ" names the described statement's own share. */
    private static final Pattern SHARE_STATED_LATER = Pattern.compile("(?<gap>[^\\d;%()]{0,120}?(?<!\\p{L})(?:đạt|chiếm) t[ỷỉ] lệ(?: (?:hơn|trên|gần|khoảng))? ?)"
            + "(?<num>\\d{1,3}(?:[.,]\\d+)?) ?(?:%|phần trăm)");
    /** "tiếp nhận, giải quyết", "cá nhân, tổ chức", "cán bộ, công chức, viên chức": the comma of a fixed pair of words is no clause end. */
    private static final String PAIRED_COMMA = "(?<=(?<!\\p{L})(?:tiếp nhận|cá nhân|người dân|cán bộ|công chức)),(?= (?:giải quyết|tổ chức|doanh nghiệp|công chức|viên chức)(?!\\p{L}))";
    private static final Pattern LONG_SHARE = Pattern.compile("(?<gap>(?:[^\\d;%,()]|" + PAIRED_COMMA + "|(?<![\\d.,/])\\d{1,2}(?= tháng)|(?<![\\d.,/])(?:19|20)\\d\\d(?![\\d%]|[.,]\\d)){0,160}?(?<!\\p{L})(?:đạt|là|chiếm)(?!\\p{L})(?: (?:hơn|trên|gần|khoảng))? ?)"
            + "(?:" + FRACTION_THEN_SHARE + ")?(?<num>\\d{1,3}(?:[.,]\\d+)?) ?(?:%|phần trăm)");
    /** "... (Tiêu chí không đạt, kết quả mới đạt 11,89%)", "(kết quả: đạt 62%)": the result stated after a target. */
    private static final Pattern RESULT_OF_TARGET = Pattern.compile("[^%;]{0,80}?\\(\\s?[^%;()]{0,30}?(?<!\\p{L})(?<res>kết quả|thực tế|thực hiện)(?!\\p{L})"
            + "(?: thực hiện)?:?(?: mới| chỉ)?(?: đạt| là)(?: được)?:? ?(?:hơn |trên |gần |khoảng )?(?<num>\\d{1,3}(?:[.,]\\d+)?) ?(?:%|phần trăm)");
    /** A change, not a level: "tăng 2.300 hồ sơ so với năm 2022", "giảm 5%". */
    private static final Pattern TARGET_BEFORE = Pattern.compile("(?<!\\p{L})(?:đề ra|chỉ tiêu|mục tiêu|kế hoạch|phấn đấu|được giao|giao)(?: là| đạt)?:? ?$");
    private static final Pattern RESULT_AFTER_TARGET = Pattern.compile(" ?%?[;,]? ?(?:kết quả|thực hiện|thực tế|đạt)(?: (?:thực hiện|đạt|được))?:? ?(?:hơn |trên |gần |khoảng )?"
            + "(?<num>\\d{1,3}(?:[.,]\\d+)?) ?(?:%|phần trăm)");
    static final Pattern CHANGE_BEFORE = Pattern.compile("(?<!\\p{L})(?:tăng|giảm|tăng thêm|giảm đi|nhiều hơn|ít hơn|(?<!(?:đạt|hoàn thành)(?: và|,) )vượt) (?:thêm |được |là |khoảng |gần |hơn |trên )?$");

    private record ElementPatterns(Lexicon.Compiled entry, ValueType type, Pattern after, Pattern before, boolean ownFact) {
    }

    private final List<ElementPatterns> elements = new ArrayList<>();
    /** Elements that other elements' fractions name as their whole ("fractionOf"): dossiers received, procedures in all. */
    private final Set<String> wholes = new HashSet<>();
    private final Map<String, List<Lexicon.Phrase>> allStatements = new HashMap<>();
    /** A share's count by the catalog's naming: "dvc.dossiers_online_pct" counts "dvc.dossiers_online". */
    private final Map<String, ElementPatterns> countOfShare = new HashMap<>();
    private final Pattern labelEnd;
    private final Pattern periodWords;
    private final Pattern cumulativeWords;
    private final Pattern countedNouns;
    /** Lexicon {@code statementNeeds} and {@code otherOwners} per element (see {@link Lexicon.Statement}). */
    private final Map<String, Pattern> statementNeeds = new HashMap<>();
    private final Map<String, Pattern> otherOwners = new HashMap<>();
    /** Lexicon {@code predicateVetoes} per element (see {@link Lexicon.Statement}). */
    private final Map<String, Pattern> predicateVetoes = new HashMap<>();
    private final Set<String> territorial = new HashSet<>();
    private final Set<String> partsJoined = new HashSet<>();
    private final Set<String> madeOfLowerTiers = new HashSet<>();
    /** Lexicon {@code provinceTierOfASplit}: a province's share split by tiers is its own in the provincial tier's item. */
    private final Set<String> provinceTierOfASplit = new HashSet<>();
    /** Lexicon {@code territoryOnly}: measures of a territory, which a department has not. */
    private final Set<String> territoryOnly = new HashSet<>();
    /** Lexicon {@code actedPhrases} and {@code actors} per element (see {@link Lexicon.Statement}). */
    private final Map<String, List<String>> actedPhrases = new HashMap<>();
    private final Map<String, Pattern> actors = new HashMap<>();

    /** Whether the element measures a territory (its residents, households, businesses, coverage), which a department has not. */
    boolean territoryOnly(String element) {
        return territoryOnly.contains(element);
    }

    LexiconMatcher(Lexicon lexicon, Catalog catalog) {
        for (Lexicon.Compiled entry : lexicon.compile(catalog)) {
            CatalogElement element = catalog.find(entry.element()).orElseThrow();
            ValueType type = element.type();
            elements.add(new ElementPatterns(entry, type, afterPattern(type, entry.unit()), beforePattern(type, entry.unit()),
                    ContextChecks.isOwnFact(element)));
            Optional.ofNullable(lexicon.statementNeeds(entry.element())).ifPresent(p -> statementNeeds.put(entry.element(), p));
            Optional.ofNullable(lexicon.otherOwners(entry.element())).ifPresent(p -> otherOwners.put(entry.element(), p));
            Optional.ofNullable(lexicon.predicateVetoes(entry.element())).ifPresent(p -> predicateVetoes.put(entry.element(), p));
            if (lexicon.territorial(entry.element())) {
                territorial.add(entry.element());
            }
            if (lexicon.partsJoined(entry.element())) {
                partsJoined.add(entry.element());
            }
            if (lexicon.madeOfLowerTiers(entry.element())) {
                madeOfLowerTiers.add(entry.element());
            }
            if (lexicon.provinceTierOfASplit(entry.element())) {
                provinceTierOfASplit.add(entry.element());
            }
            if (lexicon.territoryOnly(entry.element())) {
                territoryOnly.add(entry.element());
            }
            if (!lexicon.actedPhrases(entry.element()).isEmpty() && lexicon.actors(entry.element()) != null) {
                actedPhrases.put(entry.element(), lexicon.actedPhrases(entry.element()));
                actors.put(entry.element(), lexicon.actors(entry.element()));
            }
        }
        elements.stream().map(e -> e.entry().fractionOf()).filter(Objects::nonNull).forEach(wholes::add);
        elements.stream().map(e -> e.entry().element()).filter(lexicon::isAWhole).forEach(wholes::add);
        elements.stream().filter(e -> e.type() == ValueType.PERCENT).map(e -> e.entry().element())
                .forEach(code -> allStatements.put(code, lexicon.allStatements(code)));
        for (ElementPatterns share : elements) {
            String code = share.entry().element();
            elements.stream().filter(c -> share.type() == ValueType.PERCENT && c.type() == ValueType.COUNT && code.endsWith("_pct")
                    && c.entry().element().equals(code.substring(0, code.length() - 4))).findFirst().ifPresent(c -> countOfShare.put(code, c));
        }
        labelEnd = Pattern.compile("(?:" + String.join("|", lexicon.labelWords().stream().map(LexiconMatcher::word).toList())
                + ")[ \"“]*$");
        periodWords = words(lexicon.periodWords());
        cumulativeWords = words(lexicon.cumulativeWords());
        countedNouns = lexicon.countedNouns().isEmpty() ? null
                : Pattern.compile("(?:các |những |số )?(?:" + String.join("|", lexicon.countedNouns().stream().map(Lexicon::quoteWords).toList()) + ")(?!\\p{L})");
    }

    private static String word(String w) {
        String q = Lexicon.quoteWords(w);
        if (q.isEmpty()) {
            return Pattern.quote(w);
        }
        return Character.isLetter(w.charAt(0)) ? "(?<!\\p{L})" + q : Pattern.quote(w);
    }

    private static Pattern words(List<String> list) {
        return list.isEmpty() ? null : Pattern.compile("(?:" + String.join("|", list.stream().map(LexiconMatcher::word).toList()) + ")");
    }

    /** "02 (hai) lớp": the official habit of repeating a count in words, in parentheses, before its unit. */
    private static final String IN_WORDS_AGAIN = "(?: ?\\((?:" + NumberWords.PATTERN + ")\\))?";

    /** "609/1.311 (100%) thủ tục hành chính", "960/1.818 (đạt 52,8%) dịch vụ công": the share of a figure may stand before its unit noun. */
    private static final String SHARE_BEFORE_UNIT = "(?:\\((?:đạt )?\\d{1,3}(?:[.,]\\d+)? ?%\\) )?";

    private static String unitGroup(Pattern unit) {
        return unit == null ? "" : IN_WORDS_AGAIN + "(?: ?" + SHARE_BEFORE_UNIT + "(?<unit>" + unit.pattern() + "))?";
    }

    /** The phrase, then a gap without figures, then the figure: "văn bản đi: 1.234 văn bản". */
    private static Pattern afterPattern(ValueType type, Pattern unit) {
        return switch (type) {
            case COUNT -> Pattern.compile("(?<gap>(?:" + PLACE_OF_RECEIPT + "|" + GAP_AFTER + "){0,30}?)(?:" + FRACTION + "|" + SCALED + "|" + COUNT.replace("<num>", "<num2>") + "|"
                    + WORDS + ")" + unitGroup(unit));
            case PERCENT -> Pattern.compile("(?<gap>" + GAP_AFTER + "{0,60}?)(?:" + FRACTION_THEN_SHARE + "|" + COUNT_THEN_SHARE + ")?" + PERCENT);
            case MONEY_VND -> Pattern.compile("(?<gap>" + GAP_AFTER + "{0,60}?)" + MONEY);
            case LEVEL, BOOLEAN -> null;
        };
    }

    /**
     * The figure, its unit, a short gap, then the phrase: "50 người ... được trang bị máy vi tính"; an amount only right before it ("81 tỷ
     * đồng thanh toán trực tuyến"). A share's counted noun may carry a long qualifier: "100% công chức, viên chức trong cơ quan hành chính
     * nhà nước được trang bị máy vi tính", "100% trung tâm các xã, phường, thị trấn, khu vực tập trung đông dân cư có sóng điện thoại".
     */
    private static Pattern beforePattern(ValueType type, Pattern unit) {
        return switch (type) {
            case COUNT -> Pattern.compile("(?:" + FRACTION + "|" + SCALED + "|" + COUNT.replace("<num>", "<num2>") + "|" + WORDS + ")"
                    + unitGroup(unit) + "(?<gap>[^\\d;%]{0,40})$");
            case PERCENT -> Pattern.compile(PERCENT + "(?<gap>[^\\d;%]{0,75})$");
            case MONEY_VND -> Pattern.compile(MONEY + "(?<gap> ?)$");
            case LEVEL, BOOLEAN -> null;
        };
    }

    /** Each phrase is searched once over the whole text; a match counts inside the one clause that holds it. */
    List<Candidate> candidates(String lower, List<Clause> clauses, ContextChecks checks, ReportHeader header) {
        List<Candidate> out = new ArrayList<>();
        int[] starts = clauses.stream().mapToInt(Clause::start).toArray();
        Map<Integer, Integer> topics = previousSentenceStarts(clauses);
        for (ElementPatterns e : elements) {
            ReadingStopped.checkpoint();
            for (Lexicon.Phrase zero : e.entry().zero()) {
                Matcher m = zero.pattern().matcher(lower);
                while (m.find()) {
                    Clause clause = clauseOf(clauses, starts, m.start(), m.end());
                    if (clause != null && !clause.planSection() && !checks.isPlanned(clause, m.start(), m.end())) {
                        out.add(new Candidate(e.entry().element(), BigDecimal.ZERO, m.start(), m.end(), 0.8, zero.id()));
                    }
                }
            }
            for (Lexicon.Phrase all : allStatements.getOrDefault(e.entry().element(), List.of())) {
                Matcher m = all.pattern().matcher(lower);
                while (m.find()) {
                    Clause clause = clauseOf(clauses, starts, m.start(), m.end());
                    // "tất cả các xã, phường đã có sóng di động 4G" names the territory's own communes: the territorial scope rules apply.
                    if (clause != null && !clause.planSection() && !forbidden(checks, e, all, lower, clause, m.start(), m.end(), m.start(), m.end())
                            && !excludedInScope(e, clause, checks, m.start(), m.end()) && !checks.isNegated(clause, m.start(), m.end())) {
                        out.add(new Candidate(e.entry().element(), BigDecimal.valueOf(100), m.start(), m.end(), BASE, all.id()));
                    }
                }
            }
            if (e.entry().totalOfFractions() != null) {
                totalsOfFractions(e, lower, clauses, starts, checks, out);
            }
            for (Lexicon.Phrase phrase : e.entry().phrases()) {
                Matcher m = phrase.pattern().matcher(lower);
                int from = 0;
                while (from < lower.length() && m.find(from)) {
                    ReadingStopped.checkpoint();
                    Clause clause = clauseOf(clauses, starts, m.start(), m.end());
                    if (clause != null && !clause.planSection()) {
                        match(e, phrase, clause, m.start(), m.end(), lower, checks, header,
                                topics.getOrDefault(clause.sentenceStart(), clause.sentenceStart()), out);
                    }
                    // A match that crosses clauses must not hide a shorter one starting inside it ("kế hoạch ** có").
                    from = clause == null ? m.start() + 1 : Math.max(m.end(), m.start() + 1);
                }
            }
        }
        return out;
    }

    /**
     * "đã chuyển 97/98 thủ tục hành chính", "05/06 TTHC": the denominator of a fraction of the element's noun is the unit's total,
     * whatever the numerator counts, when the statement is the unit's own (scope, plan and period checks as for phrases).
     */
    private void totalsOfFractions(ElementPatterns e, String lower, List<Clause> clauses, int[] starts, ContextChecks checks,
            List<Candidate> out) {
        Matcher m = FRACTION_PATTERN.matcher(lower);
        while (m.find()) {
            Clause clause = clauseOf(clauses, starts, m.start(), m.end());
            if (clause == null || clause.planSection()) {
                continue;
            }
            int nounStart = m.end() + (lower.substring(m.end(), clause.end()).length() - lower.substring(m.end(), clause.end()).stripLeading().length());
            Matcher noun = e.entry().totalOfFractions().matcher(lower).region(nounStart, clause.end());
            if (!noun.lookingAt()) {
                continue;
            }
            int statementEnd = extend(lower, noun.end(), clause.end(), 1);
            if (vetoed(e, lower, m.start(), statementEnd, m.start(), m.start())
                    || excluded(e, clause, checks, m.start(), statementEnd, true)
                    || statedForAnotherPeriodOrPart(lower, clause, checks.header(), m.start())
                    || CHANGE_BEFORE.matcher(lower.substring(Math.max(clause.start(), m.start() - 20), m.start())).find()
                    || checks.isNegated(clause, m.start(), m.end())) {
                continue;
            }
            double confidence = round(FRACTION_TOTAL + periodWeight(lower, clause, checks.header(), m.start()));
            VietnameseNumbers.parse(m.group("den")).ifPresent(total -> out.add(
                    new Candidate(e.entry().element(), total, m.start(), m.end(), confidence, "lexicon-fraction:" + e.entry().element())));
        }
    }

    private static Clause clauseOf(List<Clause> clauses, int[] starts, int from, int to) {
        int i = Arrays.binarySearch(starts, from);
        int index = i >= 0 ? i : -i - 2;
        if (index < 0) {
            return null;
        }
        Clause c = clauses.get(index);
        return from >= c.start() && to <= c.end() ? c : null;
    }

    /**
     * "... thành lập Tổ Công nghệ số cộng đồng cho từng thôn. Hiện nay, toàn TP có 2.500 tổ với 13.000 thành viên": the sentence
     * before, in the same paragraph, may name what the next one counts. Maps a sentence's start to the start of that sentence.
     */
    static Map<Integer, Integer> previousSentenceStarts(List<Clause> clauses) {
        Map<Integer, Integer> out = new HashMap<>();
        int previousStart = -1;
        int previousEnd = -1;
        for (Clause c : clauses) {
            if (c.sentenceStart() == previousStart) {
                continue;
            }
            if (previousStart >= 0 && c.sentenceStart() == previousEnd) {
                out.put(c.sentenceStart(), previousStart);
            }
            previousStart = c.sentenceStart();
            previousEnd = c.sentenceEnd();
        }
        return out;
    }

    /** @param topicStart the start of the sentence before in the same paragraph, else of the match's own sentence */
    private void match(ElementPatterns e, Lexicon.Phrase found, Clause clause, int ps, int pe, String lower,
            ContextChecks checks, ReportHeader header, int topicStart, List<Candidate> out) {
        Lexicon.Phrase phrase = found.asMatched(lower, ps, pe);
        String element = e.entry().element();
        if (e.entry().clauseForbid() != null && e.entry().clauseForbid().matcher(lower).region(clause.start(), clause.end()).find()) {
            return;
        }
        if (e.entry().sentenceNeeds() != null
                && !e.entry().sentenceNeeds().matcher(lower).region(topicStart, clause.sentenceEnd()).find()) {
            return;
        }
        double base = (e.entry().fallback() ? FALLBACK_BASE : BASE) - (phrase.loose() ? LOOSE_PENALTY : 0);
        switch (e.type()) {
            case BOOLEAN -> {
                if (isPublicationNote(lower, ps) || forbidden(checks, e, phrase, lower, clause, ps, pe, ps, pe) || excludedFact(e, clause, checks, ps, pe)
                        || onlyOtherYears(lower, clause, header) || e.entry().planWordsOk() && namesAnotherYear(lower, pe, checks)
                        || e.ownFact() && notTheUnitsOwnFact(clause, ps, pe, checks) || actedByNoOne(e, phrase, lower, clause, ps)
                        || isOneMeeting(e, lower, clause)) {
                    return;
                }
                boolean negated = checks.isNegated(clause, ps, pe);
                double stated = base + ANCHORED + periodWeight(lower, clause, header, ps);
                out.add(new Candidate(element, !negated, ps, pe, negated ? 0.6 : stated, phrase.id()));
            }
            case LEVEL -> level(e, phrase, clause, ps, pe, lower, checks, base + periodWeight(lower, clause, header, ps), out);
            default -> {
                after(e, phrase, clause, ps, pe, lower, checks, base, out);
                before(e, phrase, clause, ps, pe, lower, checks, base, out);
            }
        }
    }

    /** "(Trang thông tin điện tử xã X, chuyên mục Chuyển đổi số, ngày 06/10/2023)": a line that says where a text was published states no fact. */
    private static boolean isPublicationNote(String lower, int at) {
        int start = lower.lastIndexOf('\n', at) + 1;
        int end = lower.indexOf('\n', at);
        String line = lower.substring(start, end < 0 ? lower.length() : end).strip();
        return line.startsWith("(") && line.endsWith(")") && PUBLICATION_DATE.matcher(line).find() || isMasthead(lower, start, line);
    }

    /** "BÁO HÀ NAM – Chuyên mục Chuyển đổi số" as the first line: the publisher and the section a page was found in, not a fact. */
    private static boolean isMasthead(String lower, int lineStart, String line) {
        return lower.substring(0, lineStart).isBlank() && line.length() <= MAX_MASTHEAD && MASTHEAD.matcher(line).find();
    }

    /**
     * A yes/no fact that belongs to other bodies: a share of many bodies before it ("100% các sở, ngành đã thành lập Ban Chỉ đạo")
     * or a lower tier right after it ("thành lập Ban chỉ đạo chuyển đổi số cấp xã").
     */
    /**
     * "Nhiều cuộc họp trực tuyến được tổ chức", "số lượng cuộc họp trực tuyến ngày càng tăng": a phrase the lexicon lists under
     * {@code actedPhrases} states the fact only when an acting body ({@code actors}: "UBND", "huyện", "Sở" ...) is named before it in
     * its clause, as in "UBND huyện họp trực tuyến với các xã".
     */
    private boolean actedByNoOne(ElementPatterns e, Lexicon.Phrase phrase, String lower, Clause clause, int ps) {
        List<String> acted = actedPhrases.get(e.entry().element());
        return acted != null && acted.contains(phrase.text()) && !actors.get(e.entry().element()).matcher(lower).region(clause.start(), ps).find()
                && !hasAnAgentAfter(actors.get(e.entry().element()), lower, clause, ps);
    }

    /** A day of a month ("Chiều 01/3", "sáng ngày 4-11", "Ngày 16/8/2018"): a news item's date for one event. */
    private static final Pattern DAY_OF_AN_EVENT = Pattern.compile("(?<!\\p{L})(?:sáng|chiều|trưa|tối|ngày) (?:ngày |hôm )?\\d{1,2}[/-]\\d{1,2}(?!\\d|,\\d)");
    /** What sets a meeting system up ("khánh thành phòng họp trực tuyến", "đưa vào vận hành hệ thống …", "kết nối đến 100% xã"). */
    private static final Pattern SETS_UP_A_SYSTEM = Pattern.compile("(?<!\\p{L})(?:khánh thành|lắp đặt|trang bị|đầu tư|đưa vào|vận hành|nâng cấp|bàn giao"
            + "|kết nối (?:đến|tới)|(?:triển khai|xây dựng|thí điểm)(?: thí điểm)? (?:hệ thống|phòng họp|điểm cầu|thiết bị))(?!\\p{L})");
    /** "Tham dự tại điểm cầu trực tuyến tỉnh …", "Dự tại điểm cầu Quảng Ninh có …": attending one meeting at a bridge point. */
    private static final Pattern ATTENDS_AT_A_BRIDGE_POINT = Pattern.compile("(?<!\\p{L})(?:tham dự|dự|chủ trì|theo dõi)(?: hội nghị| cuộc họp)? (?:tại|ở) (?:các )?điểm cầu");

    /**
     * "Chiều 01/3, UBND tỉnh họp trực tuyến với Tập đoàn FPT …", "Sáng 15/4, huyện tổ chức hội nghị trực tuyến 3 cấp …", "Tham dự tại
     * điểm cầu trực tuyến tỉnh … có đồng chí …": for an element whose meetings the lexicon lists under {@code actedPhrases} (the unit
     * holds them, so it has the system), a sentence dated to one day, or one about attending at a bridge point, reports one meeting,
     * not a system the unit has — unless it says the system was set up ("Ngày 5/3, huyện khánh thành phòng họp trực tuyến").
     */
    private boolean isOneMeeting(ElementPatterns e, String lower, Clause clause) {
        if (!actedPhrases.containsKey(e.entry().element())) {
            return false;
        }
        int from = clause.sentenceStart();
        int to = clause.sentenceEnd();
        return ATTENDS_AT_A_BRIDGE_POINT.matcher(lower).region(from, to).find()
                || DAY_OF_AN_EVENT.matcher(lower).region(from, to).find() && !SETS_UP_A_SYSTEM.matcher(lower).region(from, to).find();
    }

    /** "Các hoạt động hội nghị, cuộc họp trực tuyến được quận triển khai …": the body acting may be the agent of a passive after the phrase. */
    private static final Pattern PASSIVE_AGENT = Pattern.compile("[^,;.]{0,40}?(?<!\\p{L})được (?:do )?(?:các )?");

    private static boolean hasAnAgentAfter(Pattern actors, String lower, Clause clause, int ps) {
        Matcher passive = PASSIVE_AGENT.matcher(lower).region(ps, clause.end());
        return passive.lookingAt() && actors.matcher(lower).region(passive.end(), Math.min(clause.end(), passive.end() + 25)).lookingAt();
    }

    private static boolean notTheUnitsOwnFact(Clause clause, int ps, int pe, ContextChecks checks) {
        return checks.isEachOfManyBodies(clause, ps) || checks.isQualifiedByLowerTier(clause, pe) || checks.namesAHigherTiersBody(ps, Math.min(clause.end(), pe + 12));
    }

    private void level(ElementPatterns e, Lexicon.Phrase phrase, Clause clause, int ps, int pe, String lower,
            ContextChecks checks, double base, List<Candidate> out) {
        Matcher m = LEVEL.matcher(lower).region(Math.max(clause.start(), ps - 80), Math.min(clause.end(), pe + 80));
        while (m.find()) {
            int from = Math.min(ps, m.start());
            int to = Math.max(pe, m.end());
            if (!forbidden(checks, e, phrase, lower, clause, ps, pe, m.start(), m.end()) && !excluded(e, clause, checks, from, to, true)) {
                VietnameseNumbers.parseLevel(m.group("num"))
                        .ifPresent(v -> out.add(new Candidate(e.entry().element(), v, from, to, base + ANCHORED, phrase.id())));
                return;
            }
        }
    }

    private void after(ElementPatterns e, Lexicon.Phrase phrase, Clause clause, int ps, int pe, String lower,
            ContextChecks checks, double base, List<Candidate> out) {
        Matcher m = e.after().matcher(lower).region(pe, clause.end()).useTransparentBounds(true);
        if (!m.lookingAt()) {
            shareNamedLong(e, phrase, clause, ps, pe, lower, checks, base, out);
            return;
        }
        boolean unit = group(m, "unit") != null;
        if (SUBSET.matcher(m.group("gap")).find() || NEXT_ITEM.matcher(m.group("gap")).find() || wholeStatedBeforeTheFigure(e, m.group("gap"))
                || ANOTHER_SHARE_NAMED.matcher(m.group("gap")).find() || countedRightBefore(e, m.group("gap"), lower, clause, ps)
                || hasItsOwnShareBefore(e, m.group("gap"), lower, clause, ps)) {
            return;
        }
        boolean labelled = m.group("gap").isBlank() || labelEnd.matcher(m.group("gap")).find();
        if (e.type() == ValueType.COUNT && !unit && (!labelled || phrase.needsUnit()) || group(m, "words") != null && !unit) {
            return;
        }
        int figStart = m.start() + m.group("gap").length();
        if (m.group("gap").indexOf('|') >= 0) {
            int cell = TableColumns.cellToRead(lower, figStart, checks.header());
            if (cell == TableColumns.SKIP) {
                return;
            }
            if (cell != TableColumns.AS_IS) {
                Matcher own = e.after().matcher(lower).region(cell, clause.end()).useTransparentBounds(true);
                if (own.lookingAt() && own.group("gap").isBlank()) {
                    add(e, phrase, clause, ps, pe, cell + own.group("gap").length(), own.end(), own, lower, checks, base + ANCHORED, out);
                }
                return;
            }
        }
        add(e, phrase, clause, ps, pe, figStart, m.end(), m, lower, checks, base + (unit || labelled ? ANCHORED : 0), out);
        nextYearsFigure(e, phrase, clause, ps, pe, m.end(), lower, checks, base, out);
    }

    /**
     * "Tỷ lệ hồ sơ trực tuyến năm 2023 đạt 45%, năm 2024 đạt 62%": the phrase's figure is stated year by year; each following
     * "năm Y đạt …" item is the phrase's figure for that year (the period checks of {@code add} keep only the report's).
     */
    private void nextYearsFigure(ElementPatterns e, Lexicon.Phrase phrase, Clause clause, int ps, int pe, int from, String lower,
            ContextChecks checks, double base, List<Candidate> out) {
        int at = from;
        for (int items = 0; items < 4 && at < clause.end(); items++) {
            Matcher year = YEAR_ITEM.matcher(lower).region(at, clause.end()).useTransparentBounds(true);
            if (!year.lookingAt()) {
                return;
            }
            Matcher own = e.after().matcher(lower).region(year.end(), clause.end()).useTransparentBounds(true);
            if (!own.lookingAt() || !own.group("gap").isBlank() || e.type() == ValueType.COUNT && group(own, "unit") == null) {
                return;
            }
            add(e, phrase, clause, ps, pe, year.end(), own.end(), own, lower, checks, base + ANCHORED, out);
            at = own.end();
        }
    }

    /**
     * "Tỷ lệ tiếp nhận văn bản điện tử qua Hệ thống ... của xã đạt 95,7%": a share named by "tỷ lệ" right before the phrase keeps
     * its figure across a long description, up to "đạt"/"là", as long as no figure, comma or other share comes between.
     */
    private void shareNamedLong(ElementPatterns e, Lexicon.Phrase phrase, Clause clause, int ps, int pe, String lower,
            ContextChecks checks, double base, List<Candidate> out) {
        if (e.type() != ValueType.PERCENT) {
            return;
        }
        if (!SHARE_BEFORE.matcher(lower).region(Math.max(clause.start(), ps - 16), pe).find()) {
            Matcher later = SHARE_STATED_LATER.matcher(lower).region(pe, clause.end()).useTransparentBounds(true);
            if (later.lookingAt() && SHARE_WORD.matcher(later.group("gap")).results().count() == 1) {
                add(e, phrase, clause, ps, pe, later.start() + later.group("gap").length(), later.end(), later, lower, checks, base, out);
            }
            return;
        }
        Matcher m = LONG_SHARE.matcher(lower).region(pe, clause.end()).useTransparentBounds(true);
        if (m.lookingAt() && !SHARE_WORD.matcher(m.group("gap")).find() && !SUBSET.matcher(m.group("gap")).find()) {
            add(e, phrase, clause, ps, pe, m.start() + m.group("gap").length(), m.end(), m, lower, checks, base + ANCHORED, out);
        }
    }

    private void before(ElementPatterns e, Lexicon.Phrase phrase, Clause clause, int ps, int pe, String lower,
            ContextChecks checks, double base, List<Candidate> out) {
        if (e.before() == null) {
            return;
        }
        Matcher m = e.before().matcher(lower).region(Math.max(clause.start(), ps - 95), ps).useTransparentBounds(true);
        if (!m.find()) {
            return;
        }
        if (e.type() == ValueType.PERCENT && resultOfATarget(e, phrase, clause, ps, pe, lower, checks, base, out)) {
            return;
        }
        String gap = m.group("gap");
        if (gap.contains(",") && hasItsOwnFigureAfter(e, lower, clause, pe)) {
            return;
        }
        boolean adjacent = gap.isBlank();
        boolean phraseOpensWithUnit = adjacent && e.entry().unit() != null && e.entry().unit().matcher(lower).region(ps, pe).lookingAt();
        boolean unit = group(m, "unit") != null || phraseOpensWithUnit;
        if (e.type() == ValueType.COUNT && !unit && (!adjacent || phrase.needsUnit()) || group(m, "words") != null && !unit && !phraseOpensWithUnit) {
            return;
        }
        if (e.type() == ValueType.COUNT && (gap.contains(",") && !unit || gap.contains(":")) || SUBSET.matcher(gap).find()
                || namesAPart(lower, ps, pe) || opensAParenthesis(lower, gap, ps) || completesAnEarlierStatement(lower, m.start(), gap)
                || e.type() == ValueType.PERCENT && NEW_SHARE_AFTER.matcher(gap).find()) {
            return;
        }
        add(e, phrase, clause, ps, pe, m.start(), m.end() - gap.length(), m, lower, checks, base + ANCHORED, out);
    }

    /**
     * "tiếp nhận 5.310 hồ sơ, trong đó trực tuyến …", "12.500 hồ sơ (trực tuyến …": a phrase that opens with "trong đó" or a
     * parenthesis names a part of the figure before it; that figure is the whole, not the part's value (session 10).
     */
    private static boolean namesAPart(String lower, int ps, int pe) {
        return lower.charAt(ps) == '(' || SUBSET.matcher(lower).region(ps, pe).lookingAt();
    }

    /**
     * "70% thủ tục ... được thanh toán trực tuyến (Tiêu chí không đạt, kết quả mới đạt 11,89%)": in a list of targets, the share
     * before the phrase is the target and the result follows it; the result is the value, even after "không đạt" (said of the
     * target). True when such a result follows, so that the target is never read.
     */
    private boolean resultOfATarget(ElementPatterns e, Lexicon.Phrase phrase, Clause clause, int ps, int pe, String lower,
            ContextChecks checks, double base, List<Candidate> out) {
        Matcher r = RESULT_OF_TARGET.matcher(lower).region(pe, clause.end()).useTransparentBounds(true);
        if (!r.lookingAt()) {
            return false;
        }
        int fe = r.end();
        if (!forbidden(checks, e, phrase, lower, clause, ps, pe, ps, pe) && !excluded(e, clause, checks, r.end("res"), fe, true)
                && !vetoed(e, lower, ps, fe, ps, pe)) {
            VietnameseNumbers.parsePercent(r.group("num")).filter(v -> v.signum() >= 0 && v.compareTo(BigDecimal.valueOf(100)) <= 0)
                    .ifPresent(v -> out.add(new Candidate(e.entry().element(), v, ps, fe,
                            round(base + ANCHORED + periodWeight(lower, clause, checks.header(), ps)), phrase.id() + "/result")));
        }
        return true;
    }

    /**
     * "161.562 văn bản điện tử đến, 100.000 văn bản điện tử đi": a phrase counted by the figure right before it has its figure; one
     * after the comma opens the next item of the list.
     */
    /**
     * "87,74% hồ sơ công việc được xử lý trên môi trường mạng đối với cấp tỉnh, 85,79% đối với cấp huyện": the phrase has its share
     * right before it, so a share after a comma opens the next item.
     */
    private static boolean hasItsOwnShareBefore(ElementPatterns e, String gap, String lower, Clause clause, int ps) {
        if (e.type() != ValueType.PERCENT || e.before() == null || gap.indexOf(',') < 0) {
            return false;
        }
        Matcher before = e.before().matcher(lower).region(Math.max(clause.start(), ps - 95), ps).useTransparentBounds(true);
        return before.find() && before.group("gap").indexOf(',') < 0;
    }

    private static boolean countedRightBefore(ElementPatterns e, String gap, String lower, Clause clause, int ps) {
        return e.type() == ValueType.COUNT && gap.contains(",") && COUNT_RIGHT_BEFORE.matcher(lower).region(clause.start(), ps).find();
    }

    /** "… đạt 94,4%, mức độ hài lòng của người dân đạt trên 98%": the figure before the comma ends the previous item of a list. */
    private static boolean hasItsOwnFigureAfter(ElementPatterns e, String lower, Clause clause, int pe) {
        return e.after() != null && e.after().matcher(lower).region(pe, clause.end()).useTransparentBounds(true).lookingAt();
    }

    /**
     * "tỉ lệ giải quyết hồ sơ trực tuyến đạt 94,4%, mức độ hài lòng … đạt trên 98%": a figure that completes the statement before it
     * ("đạt", "là", ":") and is closed by a comma is not the next phrase's.
     */
    private static boolean completesAnEarlierStatement(String lower, int figureStart, String gap) {
        return gap.stripLeading().startsWith(",") && COMPLEMENT_BEFORE.matcher(lower).region(Math.max(0, figureStart - 12), figureStart).find();
    }

    /** The same for a hand-written rule's match that opens with a share and its comma ("94,4%, mức độ hài lòng"). */
    static boolean opensWithTheFigureOfTheStatementBefore(String lower, int start, int end) {
        return SHARE_AND_COMMA.matcher(lower).region(start, end).lookingAt()
                && COMPLEMENT_BEFORE.matcher(lower).region(Math.max(0, start - 12), start).find();
    }

    /** "1.200 hồ sơ (trực tuyến 950 hồ sơ)": a qualifier inside a parenthesis opened after a figure is about a part of it. */
    private static boolean opensAParenthesis(String lower, String gap, int ps) {
        return lower.charAt(ps) == '(' || gap.lastIndexOf('(') > gap.lastIndexOf(')');
    }

    /** A rule's share that a result follows ("95% hồ sơ giải quyết đúng hạn (kết quả đạt 97%)") is the target, not the value. */
    static boolean isATargetWithItsResult(String lower, int end, Clause clause) {
        return end < clause.end() && RESULT_OF_TARGET.matcher(lower).region(end, clause.end()).useTransparentBounds(true).lookingAt();
    }

    private void add(ElementPatterns e, Lexicon.Phrase phrase, Clause clause, int ps, int pe, int fs, int fe, Matcher m,
            String lower, ContextChecks checks, double stated, List<Candidate> out) {
        add(e, phrase, clause, ps, pe, fs, fe, m, lower, checks, stated, out, false);
    }

    /** {@code endOfChange}: the figure ends a change ("từ 30% năm 2022 lên 65%"), the year before it is the start's. */
    private void add(ElementPatterns e, Lexicon.Phrase phrase, Clause clause, int ps, int pe, int fs, int fe, Matcher m,
            String lower, ContextChecks checks, double stated, List<Candidate> out, boolean endOfChange) {
        double confidence = stated + periodWeight(lower, clause, checks.header(), fs);
        int from = Math.min(ps, fs);
        int to = Math.max(pe, fe);
        boolean fraction = group(m, "den") != null;
        if (e.type() == ValueType.PERCENT && fs >= pe && TARGET_BEFORE.matcher(lower.substring(Math.max(clause.start(), fs - 16), fs)).find()) {
            resultAfterItsTarget(e, phrase, clause, ps, pe, fe, lower, checks, stated, out);
            return;
        }
        if (forbidden(checks, e, phrase, lower, clause, ps, pe, fs, fe, fraction) || excludedInScope(e, clause, checks, from, to) || vetoed(e, lower, from, to, ps, pe)
                || lacksWhatItNeeds(e.entry().element(), lower, from, to, clause.start(), clause.end()) || ownedByAnother(e, lower, clause, fs, pe)
                || isAJoinedPart(e, lower, clause.start(), clause.end(), fs, to, checks.header().level())
                || PartsOfAWhole.isPart(e.entry(), lower, from, to, clause.sentenceStart(), clause.sentenceEnd())
                || e.type() == ValueType.PERCENT && fe <= ps && countsSomethingElse(e, lower, fe, ps)
                || e.type() == ValueType.PERCENT && fe <= ps && saidOfItLater(e, lower, pe, clause)
                || e.type() == ValueType.PERCENT && fs >= pe && countsSomethingElse(e, lower, fe, clause.end())
                || e.type() == ValueType.PERCENT && fs >= pe && shareOfSomethingElse(e, lower, clause, ps)
                || e.type() == ValueType.COUNT && group(m, "unit") == null && followedByAnotherUnit(e, lower, fe, clause.end())
                || isAPartOfItsWhole(e, lower, fe, clause) || fe <= ps && isAPartOfItsWhole(e, lower, pe, clause)
                || e.type() == ValueType.PERCENT && fe < clause.end() && AT_MANY_BODIES_AFTER.matcher(lower).region(fe, clause.end()).lookingAt()
                || e.type() == ValueType.PERCENT && fs >= pe && OtherMembers.narrowedAfter(lower, fe, clause.end())) {
            return;
        }
        if (fs >= pe && changeEnd(e, phrase, clause, ps, pe, fs, lower, checks, stated, out) || Thresholds.bounds(lower, clause.start(), clause.end(), fs)) {
            return;
        }
        if (CHANGE_BEFORE.matcher(lower.substring(Math.max(clause.start(), fs - 20), fs)).find()
                || e.type() == ValueType.COUNT && YearFigure.isAYear(lower, fs, fe)
                || e.type() == ValueType.COUNT && group(m, "unit") == null && YearFigure.isADocumentNumber(lower, fs)
                || RANGE_BEFORE.matcher(lower.substring(Math.max(clause.start(), fs - 4), fs)).find()
                || !endOfChange && statedForAnotherPeriodOrPart(lower, clause, checks.header(), fs)) {
            return;
        }
        String element = e.entry().element();
        if (statesTheExactSense(e, lower, clause, from, to)) {
            confidence += PREFERRED_BONUS;
        }
        if (APPROX_BEFORE.matcher(lower.substring(Math.max(clause.start(), fs - 12), fs)).find()) {
            confidence -= APPROX_PENALTY;
        }
        Optional<BigDecimal> value = fraction && wholes.contains(e.entry().element())
                ? VietnameseNumbers.parse(group(m, "den")) : value(e.type(), m);
        if (value.isEmpty()) {
            return;
        }
        if (checks.isNegated(clause, from, to) && value.get().signum() != 0) {
            return;
        }
        double certainty = round(confidence);
        out.add(new Candidate(element, value.get(), from, to, certainty, phrase.id()));
        if (e.type() == ValueType.PERCENT) {
            countsOfTheShare(e, lower, fe, certainty, phrase, out);
        }
        String den = group(m, "den");
        if (den != null && e.entry().fractionOf() != null) {
            VietnameseNumbers.parse(den).ifPresent(total -> out.add(
                    new Candidate(e.entry().fractionOf(), total, from, to, round(certainty - 0.04), phrase.id() + "/fraction")));
        }
    }

    /**
     * "140 DVCTT một phần trên tổng số 352 TTHC": the count after "trên tổng số" is the whole. A share named over its whole keeps
     * its figure: "Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận đạt 62,3%".
     */
    private static boolean wholeStatedBeforeTheFigure(ElementPatterns e, String gap) {
        Matcher total = OUT_OF_TOTAL.matcher(gap);
        if (!total.find()) {
            return false;
        }
        return e.type() != ValueType.PERCENT || !SHARE_VERB.matcher(gap.substring(total.end())).find();
    }

    /** "… cáp quang và 85% người dân …": a figure right after "và" or a comma opens the next item of a list. */
    static boolean opensTheNextItem(String lower, int clauseStart, int figure) {
        return NEW_ITEM_BEFORE.matcher(lower.substring(Math.max(clauseStart, figure - 14), figure)).find();
    }

    /** "đạt 72,35% (224.930/310.903 hồ sơ)": the fraction right after a share gives the share's count and the count's whole. */
    private void countsOfTheShare(ElementPatterns share, String lower, int fe, double certainty, Lexicon.Phrase phrase, List<Candidate> out) {
        ElementPatterns count = countOfShare.get(share.entry().element());
        if (count == null || count.entry().unit() == null) {
            return;
        }
        int limit = Math.min(lower.length(), fe + 60);
        Matcher f = FRACTION_AFTER_SHARE.matcher(lower).region(fe, limit).useTransparentBounds(true);
        if (!f.lookingAt() || !count.entry().unit().matcher(lower).region(f.end(), limit).lookingAt()) {
            return;
        }
        int start = f.start("num");
        int end = f.end("den");
        VietnameseNumbers.parse(f.group("num")).ifPresent(n -> out.add(
                new Candidate(count.entry().element(), n, start, end, round(certainty - 0.04), phrase.id() + "/count")));
        if (count.entry().fractionOf() != null) {
            VietnameseNumbers.parse(f.group("den")).ifPresent(d -> out.add(
                    new Candidate(count.entry().fractionOf(), d, start, end, round(certainty - 0.04), phrase.id() + "/count")));
        }
    }

    /** "Tỷ lệ hồ sơ trực tuyến: đề ra 30%; kết quả 75,3%": the figure after the target is the result, the target is no value. */
    private void resultAfterItsTarget(ElementPatterns e, Lexicon.Phrase phrase, Clause clause, int ps, int pe, int targetEnd, String lower,
            ContextChecks checks, double stated, List<Candidate> out) {
        Matcher r = RESULT_AFTER_TARGET.matcher(lower).region(targetEnd, Math.min(lower.length(), targetEnd + 40)).useTransparentBounds(true);
        if (!r.lookingAt() || vetoed(e, lower, ps, r.end(), ps, pe) || forbidden(checks, e, phrase, lower, clause, ps, pe, ps, pe)
                || checks.isPlanned(clause, r.start("num"), r.end(), e.entry().planWordsAllowed())) {
            return;
        }
        VietnameseNumbers.parsePercent(r.group("num")).filter(v -> v.signum() >= 0 && v.compareTo(BigDecimal.valueOf(100)) <= 0)
                .ifPresent(v -> out.add(new Candidate(e.entry().element(), v, ps, r.end(), round(stated), phrase.id() + "/result")));
    }

    /** "từ 30% năm 2017 lên trên 99,5%": the figure after the phrase starts a change; its end is read instead (see {@link Thresholds}). */
    private boolean changeEnd(ElementPatterns e, Lexicon.Phrase phrase, Clause clause, int ps, int pe, int fs, String lower,
            ContextChecks checks, double stated, List<Candidate> out) {
        int to = Thresholds.changeEnd(lower, clause.start(), clause.end(), fs);
        if (to < 0) {
            return false;
        }
        Matcher own = e.after().matcher(lower).region(to, clause.end()).useTransparentBounds(true);
        if (!own.lookingAt() || !own.group("gap").isEmpty() || e.type() == ValueType.COUNT && group(own, "unit") == null) {
            return true;
        }
        Matcher year = YEAR_AFTER.matcher(lower).region(own.end(), Math.min(clause.end(), own.end() + 24));
        if (year.lookingAt() && checks.header().period() != null && !insidePeriod(Integer.parseInt(year.group(1)), checks.header())) {
            return true;
        }
        add(e, phrase, clause, ps, pe, to, own.end(), own, lower, checks, stated, out, true);
        return true;
    }

    private static Optional<BigDecimal> value(ValueType type, Matcher m) {
        return switch (type) {
            case COUNT -> {
                String words = group(m, "words");
                if (words != null) {
                    yield NumberWords.parse(words);
                }
                if (group(m, "snum") != null) {
                    yield VietnameseNumbers.parseMoney(group(m, "snum"), group(m, "smult")).filter(v -> v.stripTrailingZeros().scale() <= 0);
                }
                String num = group(m, "num") != null ? group(m, "num") : group(m, "num2");
                yield VietnameseNumbers.parse(num).filter(v -> v.stripTrailingZeros().scale() <= 0 && v.signum() >= 0);
            }
            case PERCENT -> VietnameseNumbers.parsePercent(group(m, "num"))
                    .filter(v -> v.signum() >= 0 && v.compareTo(BigDecimal.valueOf(100)) <= 0);
            case MONEY_VND -> VietnameseNumbers.parseMoney(group(m, "num"), group(m, "mult"));
            case LEVEL, BOOLEAN -> Optional.empty();
        };
    }

    /** A qualifier that changes the meaning next to the phrase or between it and the figure. */
    private static boolean forbidden(ContextChecks checks, ElementPatterns e, Lexicon.Phrase phrase, String lower, Clause clause, int ps, int pe, int fs, int fe) {
        return forbidden(checks, e, phrase, lower, clause, ps, pe, fs, fe, false);
    }

    /** A fraction's numerator is a count even in "tỷ lệ hồ sơ thanh toán trực tuyến là 265.588/450.684 hồ sơ". */
    private static boolean forbidden(ContextChecks checks, ElementPatterns e, Lexicon.Phrase phrase, String lower, Clause clause, int ps, int pe, int fs, int fe, boolean fraction) {
        Pattern forbid = e.entry().forbid();
        if (forbid == null) {
            return false;
        }
        int from = extend(lower, Math.min(ps, fs), clause.start(), -1);
        int to = extend(lower, Math.max(pe, fe), clause.end(), 1);
        int otherItem = e.type() == ValueType.PERCENT && fs > pe ? nextItemStart(lower, pe, fs) : -1;
        boolean sharedWithEarlierItem = e.type() == ValueType.PERCENT && fe <= ps && JOINED_ITEM.matcher(lower).region(fe, ps).find()
                && !DIGIT.matcher(lower).region(pe, clause.end()).find();
        Matcher m = forbid.matcher(lower).region(from, to);
        while (m.find()) {
            boolean insidePhrase = m.start() >= ps && m.end() <= pe
                    && (ownWordOf(phrase, m.group()) || IMPLEMENTS.matcher(lower).region(ps, m.start()).find());
            boolean inAnotherItem = otherItem >= 0 && m.start() >= otherItem && m.end() <= fs
                    || sharedWithEarlierItem && m.end() <= fs;
            if (!insidePhrase && !inAnotherItem && !(fraction && SHARE_WORD.matcher(m.group()).matches()) && !checks.namesOwnTier(m.group())
                    && !withoutItsMeaning(e, lower, clause, m.start(), m.end())) {
                return true;
            }
        }
        return forbiddenByTheTopic(forbid, lower, clause, Math.min(ps, fs), checks);
    }

    /** "Về chứng thực bản sao điện tử, …, tổng số hồ sơ 17.921": a sentence that opens with its topic ("Về …,") is about that topic. */
    private static final Pattern TOPIC_OPENER = Pattern.compile("\\s*(?:[-–+•]\\s?)?về [^,;.:]{3,100},");

    /** The same for a hand-written rule's match: the topic the sentence opens with holds one of the element's forbidden qualifiers. */
    boolean forbiddenByTheTopic(String element, String lower, Clause clause, int from, ContextChecks checks) {
        for (ElementPatterns e : elements) {
            if (e.entry().element().equals(element)) {
                return e.entry().forbid() != null && forbiddenByTheTopic(e.entry().forbid(), lower, clause, from, checks);
            }
        }
        return false;
    }

    private static boolean forbiddenByTheTopic(Pattern forbid, String lower, Clause clause, int from, ContextChecks checks) {
        Matcher topic = TOPIC_OPENER.matcher(lower).region(clause.sentenceStart(), Math.min(lower.length(), clause.sentenceStart() + 110));
        if (!topic.lookingAt() || topic.end() > from) {
            return false;
        }
        Matcher m = forbid.matcher(lower).region(topic.start(), topic.end());
        while (m.find()) {
            if (!checks.namesOwnTier(m.group())) {
                return true;
            }
        }
        return false;
    }

    /** A forbidden word inside a phrase's match is the phrase's own only when the phrase is written with it, not let in by a gap. */
    private static boolean ownWordOf(Lexicon.Phrase phrase, String word) {
        return phrase == null || phrase.text().replace(",", "").contains(word.replace(",", "").replaceAll("\\s+", " "))
                || !phrase.text().contains("*");
    }

    /**
     * "đã tiếp nhận 6.302 hồ sơ (trong đó 2.171 hồ sơ kỳ trước chuyển sang, 4.131 hồ sơ tiếp nhận mới)": the statement that carries
     * the element's exact qualifier (lexicon {@code preferredQualifiers}: "mới" for dossiers received in the period) wins over a
     * total that includes what was carried over.
     */
    private static boolean statesTheExactSense(ElementPatterns e, String lower, Clause clause, int from, int to) {
        Pattern preferred = e.entry().preferredQualifiers();
        return preferred != null && preferred.matcher(lower)
                .region(extend(lower, from, clause.start(), -1), extend(lower, to, clause.end(), 1)).find();
    }

    /** "mức độ 3, 4" holds the forbidden "mức độ 3" but means every online dossier, not one level (lexicon {@code notForbidden}). */
    private static boolean withoutItsMeaning(ElementPatterns e, String lower, Clause clause, int from, int to) {
        Pattern notForbidden = e.entry().notForbidden();
        if (notForbidden == null) {
            return false;
        }
        Matcher m = notForbidden.matcher(lower).region(Math.max(clause.start(), from - 30), Math.min(clause.end(), to + 30));
        while (m.find()) {
            if (m.start() <= from && to <= m.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Tỷ lệ số hóa hồ sơ đầu vào và số hóa kết quả đạt 100%": a share stated once for items joined by "và" is each item's
     * share, so a qualifier inside the other item does not change the meaning of this one (a count stated so would be a sum);
     * likewise "văn bản được ký số đạt 100% và trao đổi hoàn toàn dưới dạng điện tử": the item after "và" shares the figure.
     */
    private static int nextItemStart(String lower, int pe, int fs) {
        Matcher and = JOINED_ITEM.matcher(lower).region(pe, fs);
        return and.find() ? and.end() : -1;
    }

    /**
     * Up to 25 characters further, stopping at punctuation; going forward also at a table cell boundary ("Dịch vụ công trực tuyến
     * toàn trình | 87 | tích hợp trên Cổng …": a notes column does not qualify the figure's own cell; session 10).
     */
    private static int extend(String lower, int at, int limit, int direction) {
        int i = at;
        for (int n = 0; n < 25; n++) {
            int next = direction > 0 ? i : i - 1;
            if (direction > 0 ? i >= limit : i <= limit) {
                break;
            }
            if (STOP.matcher(String.valueOf(lower.charAt(next))).matches() || startsAnotherFigure(lower, next)
                    || lower.startsWith(" và ", direction > 0 ? next : next - 3) || direction > 0 && lower.charAt(next) == '|') {
                break;
            }
            i += direction;
        }
        return i;
    }

    /** A digit of another figure ends a qualifier's reach ("112 dịch vụ công mức độ 3 và 167 dịch vụ công mức độ 4"); a level's digit does not. */
    private static boolean startsAnotherFigure(String lower, int at) {
        if (!Character.isDigit(lower.charAt(at))) {
            return false;
        }
        int start = at;
        while (start > 0 && (Character.isDigit(lower.charAt(start - 1)) || lower.charAt(start - 1) == '.' || lower.charAt(start - 1) == ',')) {
            start--;
        }
        String before = lower.substring(Math.max(0, start - 7), start);
        return !(before.endsWith("độ ") || before.endsWith("mức ") || YEAR_WORD.matcher(before).find());
    }

    private boolean excluded(ElementPatterns e, Clause clause, ContextChecks checks, int from, int to, boolean numeric) {
        if (!e.entry().planWordsOk() && checks.isPlanned(clause, from, to, e.entry().planWordsAllowed())) {
            return true;
        }
        boolean provincesTier = provinceTierOfASplit.contains(e.entry().element()) && checks.isTheProvincesTierOfASplit(clause, from, to);
        if (clause.communeSection() || checks.isAboutCommunesOnly(clause, from, to)
                || (provincesTier ? checks.isAboutTheCountryOrOthers(clause, from, to) : checks.isAboutOtherBodies(clause, from, to))) {
            return true;
        }
        if (e.entry().ownIssuance() && checks.isIssuedByOthersBefore(clause, from)) {
            return true;
        }
        return numeric && (clause.cites(from) || !provincesTier && checks.isProvinceWide(clause, from, to));
    }

    /**
     * "100% xã, phường, thị trấn được phủ sóng 4G", "1.482 tổ công nghệ số cộng đồng cấp thôn với gần 13.000 thành viên": a figure of
     * the territory (lexicon {@code territorial}) is measured over or made of its communes and villages, so naming them does not make
     * it their figure; other territories, one village and other sources still do. A sentence that also names the unit's own tier
     * ("01 Tổ cấp huyện …, 22 tổ cấp xã …") splits it by tier, and the tiers below are parts as for any element.
     */
    private boolean excludedInScope(ElementPatterns e, Clause clause, ContextChecks checks, int from, int to) {
        if (clause.communeSection() && checks.header().level() == UnitLevel.DEPARTMENT) {
            return true; // a department has no territory: a section about the province's or the communes' is another scope
        }
        if (madeOfLowerTiers.contains(e.entry().element()) && ownsLowerTiers(checks.header().level())
                && !checks.namesTheUnitsOwnTier(clause)) {
            return excludedButLowerTiers(e, clause, checks, from, to);
        }
        if (!territorial.contains(e.entry().element()) || checks.namesTheUnitsOwnTier(clause)) {
            return excluded(e, clause, checks, from, to, true);
        }
        if (!e.entry().planWordsOk() && checks.isPlanned(clause, from, to, e.entry().planWordsAllowed())) {
            return true;
        }
        return checks.isAboutAnotherTerritory(clause, from, to) || clause.cites(from) || checks.isProvinceWide(clause, from, to);
    }

    /** A province's, a district's or a commune's report, or one whose level is unknown: each has tiers (communes, villages) below it. */
    private static boolean ownsLowerTiers(UnitLevel level) {
        return level == UnitLevel.PROVINCE || level == UnitLevel.DISTRICT || level == UnitLevel.COMMUNE || level == UnitLevel.UNKNOWN || level == null;
    }

    /** A yes/no fact: a territorial one ("Toàn bộ 129 xã, phường đã vận hành hệ thống họp trực tuyến") may be said of the communes. */
    private boolean excludedFact(ElementPatterns e, Clause clause, ContextChecks checks, int ps, int pe) {
        if (!territorial.contains(e.entry().element()) || checks.namesTheUnitsOwnTier(clause)) {
            return excluded(e, clause, checks, ps, pe, false);
        }
        return !e.entry().planWordsOk() && checks.isPlanned(clause, ps, pe, e.entry().planWordsAllowed())
                || checks.isAboutAnotherTerritoryThanAllItsDistricts(clause, ps, pe) || isAShareOfOtherThings(e, checks.lower(), clause, ps);
    }

    private static final Pattern LEADING_SHARE = Pattern.compile(PERCENT);

    /**
     * "100% trường học trên địa bàn có phòng họp trực tuyến": a territorial yes/no fact said of a share of things the element's
     * {@code percentOf} does not list (schools, households, businesses) is theirs, not the unit's.
     */
    private boolean isAShareOfOtherThings(ElementPatterns e, String lower, Clause clause, int ps) {
        Matcher share = LEADING_SHARE.matcher(lower).region(clause.start(), ps);
        int end = -1;
        while (share.find()) {
            end = share.end();
        }
        return end >= 0 && countsSomethingElse(e, lower, end, ps);
    }

    /**
     * "tỉnh đã thành lập gần 450 Tổ công nghệ số cộng đồng cấp xã và khóm ấp với gần 3.000 thành viên": in a province's report, an
     * element whose things exist only at the lower tiers (lexicon {@code madeOfLowerTiers}: the community tech teams) is the
     * province's own figure when a lower tier qualifies it, unless the sentence names the province's own tier to split by tier.
     */
    private static boolean excludedButLowerTiers(ElementPatterns e, Clause clause, ContextChecks checks, int from, int to) {
        if (!e.entry().planWordsOk() && checks.isPlanned(clause, from, to, e.entry().planWordsAllowed())) {
            return true;
        }
        if (checks.hasItsLowerTiersAsSubject(clause, from)) {
            return checks.isAboutTheCountryOrOthers(clause, from, to) || clause.cites(from) || checks.isOneOfTheTeamCountsByTier(clause, from, to);
        }
        return checks.isAboutOtherBodies(clause, from, to) || clause.cites(from) || checks.isProvinceWide(clause, from, to)
                || checks.isOneOfTheTeamCountsByTier(clause, from, to);
    }

    /** "Kế hoạch ... chuyển đổi số năm 2025" in a report on 2024: the year in a plan's title is the year the plan is for. */
    private static boolean namesAnotherYear(String lower, int phraseEnd, ContextChecks checks) {
        Matcher year = TITLE_YEAR.matcher(lower).region(phraseEnd, Math.min(lower.length(), phraseEnd + 12));
        Matcher named = TITLE_YEAR_AFTER_A_NAME.matcher(lower).region(phraseEnd, Math.min(lower.length(), phraseEnd + 60));
        return year.lookingAt() && (checks.isOutsidePeriod(year.group(1)) || checks.isAfterTheReviewedYear(year.group(1)))
                || named.lookingAt() && (checks.isOutsidePeriod(named.group(1)) || checks.isAfterTheReviewedYear(named.group(1)));
    }

    /** "Kế hoạch … Chuyển đổi số tỉnh Trà Vinh năm 2025": the title's year may follow the place it names. */
    private static final Pattern TITLE_YEAR_AFTER_A_NAME = Pattern.compile("[^;,.\\d]{0,40}?(?<!\\p{L})năm\\s*((?:19|20)\\d\\d)(?!\\d)");

    /**
     * The scope, plan and source checks and the forbidden words of the element's own phrases, for a figure at [fs, fe) that
     * another reader (the clause model) proposes with its statement [from, to).
     */
    boolean excludesAnotherReadersFigure(String element, Clause clause, ContextChecks checks, int from, int to, int fs, int fe) {
        for (ElementPatterns e : elements) {
            if (e.entry().element().equals(element)) {
                return clause.planSection() || excludedInScope(e, clause, checks, from, to)
                        || forbidden(checks, e, null, checks.lower(), clause, from, from, fs, Math.max(fe, to));
            }
        }
        return true;
    }

    /** A statement dated only outside the report's period ("Kế hoạch ... năm 2025" in a 2023 report). */
    private static boolean onlyOtherYears(String lower, Clause clause, ReportHeader header) {
        if (header.period() == null) {
            return false;
        }
        Matcher y = YEAR.matcher(lower.substring(clause.start(), clause.end()));
        boolean outside = false;
        while (y.find()) {
            int year = Integer.parseInt(y.group(1));
            if (year >= header.periodStartYear() && year <= header.periodEndYear()) {
                return false;
            }
            outside = true;
        }
        return outside;
    }

    /**
     * The period's own figure wins when a fact is stated twice: cumulative or other-year statements weigh less.
     * The year that governs a figure is the last one written before it in its clause ("Năm 2022 tiếp nhận 900
     * hồ sơ, năm 2023 tiếp nhận 1.200 hồ sơ"), else any year of the clause.
     */
    double periodWeight(String lower, Clause clause, ReportHeader header, int at) {
        String sentence = lower.substring(clause.sentenceStart(), clause.sentenceEnd());
        double w = 0;
        if (cumulativeWords != null && cumulativeWords.matcher(lower).region(clause.start(), clause.end()).find()) {
            w -= CUMULATIVE_PENALTY;
        }
        if (periodWords != null && periodWords.matcher(sentence).find()) {
            w += PERIOD_BONUS;
        }
        if (header.period() == null) {
            return w;
        }
        if (WHOLE_YEARS.matcher(header.period()).matches()
                && FIRST_MONTHS.matcher(lower).region(clause.start(), Math.max(clause.start(), Math.min(at, clause.end()))).find()) {
            w -= OTHER_YEAR_PENALTY;
        }
        int governing = -1;
        Matcher before = YEAR.matcher(lower).region(clause.start(), Math.max(clause.start(), Math.min(at, clause.end())));
        while (before.find()) {
            governing = Integer.parseInt(before.group(1));
        }
        if (governing > 0) {
            return w + (insidePeriod(governing, header) ? PERIOD_BONUS : -OTHER_YEAR_PENALTY);
        }
        Matcher y = YEAR.matcher(lower).region(clause.start(), clause.end());
        boolean inside = false;
        boolean outside = false;
        while (y.find()) {
            if (insidePeriod(Integer.parseInt(y.group(1)), header)) {
                inside = true;
            } else {
                outside = true;
            }
        }
        if (outside && !inside) {
            w -= OTHER_YEAR_PENALTY;
        } else if (inside) {
            w += PERIOD_BONUS;
        }
        return w;
    }

    /** The last year written before the figure in its clause lies outside the report's period ("năm 2022 là 5.900"),
     * or the sentence singles out a part of the period ("Riêng quý III, ... 25,2 ngàn hồ sơ"), a body of the unit ("riêng xã A")
     * or the units merged into it before the merger ("ba xã cũ"): the figure is not the unit's for its period. */
    static boolean statedForAnotherPeriodOrPart(String lower, Clause clause, ReportHeader header, int at) {
        if (SUB_PERIOD.matcher(lower).region(clause.sentenceStart(), Math.max(clause.sentenceStart(), at)).find()
                || YEAR_AND_MONTHS.matcher(lower).region(clause.sentenceStart(), Math.max(clause.sentenceStart(), at)).find()) {
            return true;
        }
        if (OtherMembers.singledOutByRieng(lower, clause, at, header.level()) || FormerUnits.before(lower, clause.sentenceStart(), at)) {
            return true;
        }
        if (header.period() == null) {
            return false;
        }
        int upTo = Math.max(clause.start(), Math.min(at, clause.end()));
        if (WHOLE_YEARS.matcher(header.period()).matches() && QUARTER.matcher(lower).region(clause.start(), upTo).find()) {
            return true;
        }
        if (PartsOfTheYear.namesAnotherPart(lower, clause.sentenceStart(), upTo, header)) {
            return true;
        }
        int governing = -1;
        Matcher before = YEAR.matcher(lower).region(clause.start(), upTo);
        while (before.find()) {
            governing = Integer.parseInt(before.group(1));
        }
        return governing > 0 && !insidePeriod(governing, header) || spanFromBeforeThePeriod(lower, clause, header, upTo);
    }

    /**
     * "Giai đoạn 2021-2024, tỷ lệ hồ sơ trực tuyến bình quân đạt 55%", "Từ năm 2021 đến nay, … 5.600 giao dịch" in a 2024 report:
     * a span that starts before the report's period gives a multi-year figure, not the period's.
     */
    private static boolean spanFromBeforeThePeriod(String lower, Clause clause, ReportHeader header, int upTo) {
        Matcher span = SPAN_START.matcher(lower).region(clause.sentenceStart(), Math.max(clause.sentenceStart(), upTo));
        while (span.find()) {
            if (Integer.parseInt(span.group(1)) < header.periodStartYear() && !periodYearAfter(lower, span.end(), upTo, header)) {
                return true;
            }
        }
        return false;
    }

    /** "Lũy kế từ năm 2020 đến nay … 12 lớp; riêng trong năm 2023 tổ chức 4 lớp": a year of the period written after the span governs. */
    private static boolean periodYearAfter(String lower, int spanEnd, int upTo, ReportHeader header) {
        Matcher y = YEAR.matcher(lower).region(Math.min(spanEnd + 6, upTo), upTo);
        while (y.find()) {
            if (insidePeriod(Integer.parseInt(y.group(1)), header)) {
                return true;
            }
        }
        return false;
    }

    private static boolean insidePeriod(int year, ReportHeader header) {
        return year >= header.periodStartYear() && year <= header.periodEndYear();
    }

    /** A statement (a rule's match or a phrase with its figure) naming someone the element is not about ("người dân" for staff trained). */
    boolean vetoes(String element, String lower, int start, int end) {
        if (lacksWhatItNeeds(element, lower, start, end, 0, lower.length()) || SHARE_OF_AN_EARLIER_ITEM.matcher(lower).region(start, end).lookingAt()) {
            return true;
        }
        for (ElementPatterns e : elements) {
            if (e.entry().element().equals(element)) {
                return vetoed(e, lower, start, end);
            }
        }
        return false;
    }

    /**
     * "tỷ lệ phủ sóng di động đạt 98,5%" does not say what is covered, "bao phủ Internet ở huyện đạt 80%" neither: the statement
     * (phrase and figure, with the words around them up to punctuation) must hold one of the element's lexicon {@code statementNeeds}.
     */
    private boolean lacksWhatItNeeds(String element, String lower, int from, int to, int clauseStart, int clauseEnd) {
        Pattern needs = statementNeeds.get(element);
        return needs != null && !needs.matcher(lower).region(extend(lower, from, clauseStart, -1), extend(lower, to, clauseEnd, 1)).find();
    }

    /**
     * "Ban Chỉ đạo chuyển đổi số gồm 19 thành viên, ..., thành lập 125 tổ công nghệ số cộng đồng ..., với 375 thành viên": the counted
     * noun belongs to the body named last before the figure in its sentence, so another body (lexicon {@code otherOwners}) named
     * after the element's own subject (its {@code sentenceNeeds}) owns the figure.
     */
    private boolean ownedByAnother(ElementPatterns e, String lower, Clause clause, int fs, int pe) {
        return ownedByAnother(e, lower, clause.sentenceStart(), fs, Math.max(fs, pe));
    }

    /** @param ownEnd where the element's own subject may still be named (a rule's match: its end) */
    private boolean ownedByAnother(ElementPatterns e, String lower, int from, int fs, int ownEnd) {
        Pattern others = otherOwners.get(e.entry().element());
        if (others == null || fs <= from) {
            return false;
        }
        Matcher other = others.matcher(lower).region(from, fs);
        int lastEnd = -1;
        while (other.find()) {
            lastEnd = other.end();
        }
        Pattern own = e.entry().sentenceNeeds();
        return lastEnd >= 0 && (own == null || !own.matcher(lower).region(lastEnd, ownEnd).find());
    }

    /** A rule's match that states a part of the element's whole ("trước hạn 86,5%" of the on-time share), see {@link PartsOfAWhole}. */
    boolean statesAPart(String element, String lower, int start, int end, Clause clause) {
        for (ElementPatterns e : elements) {
            if (e.entry().element().equals(element)) {
                return PartsOfAWhole.isPart(e.entry(), lower, start, extend(lower, end, clause.end(), 1), clause.sentenceStart(), clause.sentenceEnd())
                        || isAPartOfItsWhole(e, lower, end, clause)
                        || e.type() == ValueType.PERCENT && end < clause.end() && AT_MANY_BODIES_AFTER.matcher(lower).region(end, clause.end()).lookingAt()
                        || Thresholds.holdsABound(lower, start, end, clause.start(), clause.end());
            }
        }
        return false;
    }

    /**
     * "UBND thành phố tiếp nhận 2.100 hồ sơ, đạt 32,58%": a count that a share follows is a part of some whole, so it is never
     * the whole itself (dossiers received, procedures in all).
     */
    private boolean isAPartOfItsWhole(ElementPatterns e, String lower, int figureEnd, Clause clause) {
        if (e.type() != ValueType.COUNT || !wholes.contains(e.entry().element()) || figureEnd >= clause.end()) {
            return false;
        }
        Matcher share = SHARE_RIGHT_AFTER.matcher(lower).region(figureEnd, clause.end()).useTransparentBounds(true);
        return share.lookingAt() && !share.group("share").startsWith("100");
    }

    /** A rule's match and the words right after it, up to punctuation ("18 Tổ | chỉ đạo công nghệ số"), or another owner in it. */
    private boolean vetoed(ElementPatterns e, String lower, int start, int end) {
        return vetoed(e, lower, start, extend(lower, end, lower.length(), 1), start, start) || ownedByAnother(e, lower, start, end, end)
                || isAJoinedPart(e, lower, Math.max(0, start - 80), Math.min(lower.length(), end + 80), start, end);
    }

    /**
     * "thành lập được 75/75 tổ công nghệ số cộng đồng tại xã, phường, thị trấn và 525 tổ tại ấp, khu vực": counts of the element's
     * unit joined by "và" or a comma, with no other figure between, are parts of a total the text does not state (lexicon
     * {@code partsJoined}); so is a count joined after another counted item of the unit ("Tổ … xã gồm có 03 thành viên (…) và 08 tổ … thôn"),
     * not one after the unit's kind alone ("16/16 xã thành lập tổ công nghệ số cộng đồng, 129 tổ …").
     * The first item of a split by named tiers stays the unit's own ("01 Tổ cấp huyện với 13 thành viên, 22 tổ cấp xã"), but not when
     * it names a tier below the unit ("10 tổ … cấp xã, 100 tổ cấp thôn" in a district's report: two parts, no total).
     */
    private boolean isAJoinedPart(ElementPatterns e, String lower, int from, int to, int fs, int statementEnd) {
        return isAJoinedPart(e, lower, from, to, fs, statementEnd, null);
    }

    /** @param level the report's level, or null when it is not known here */
    private boolean isAJoinedPart(ElementPatterns e, String lower, int from, int to, int fs, int statementEnd, UnitLevel level) {
        if (!partsJoined.contains(e.entry().element()) || e.entry().unit() == null) {
            return false;
        }
        String unit = "(?:" + e.entry().unit().pattern() + ")(?!\\p{L})(?! dân phố| chức)";
        Pattern next = Pattern.compile("^[^\\d;.]{0,80}?(?:,|(?<!\\p{L})và) (?:gần |hơn |trên )?\\d[\\d.]*(?:/\\d[\\d.]*)? " + unit);
        Pattern previous = Pattern.compile("(?:(?<![\\d.,/])\\d[\\d.]*(?:/\\d[\\d.]*)? " + unit + "[^\\d;.]{0,80}?|(?<!\\p{L})" + unit
                + "[^\\d;.]{0,80}?\\d[^;.]{0,120}?)(?:,|(?<!\\p{L})và) (?:gần |hơn |trên )?$");
        int figureEnd = fs;
        while (figureEnd < lower.length() && (Character.isDigit(lower.charAt(figureEnd)) || ".,/".indexOf(lower.charAt(figureEnd)) >= 0
                && figureEnd + 1 < lower.length() && Character.isDigit(lower.charAt(figureEnd + 1)))) {
            figureEnd++;
        }
        int after = Math.max(figureEnd, Math.min(statementEnd, to));
        Matcher joined = next.matcher(lower.substring(Math.min(after, to), to));
        return joined.find() && !namesTheFirstItemsOwnTier(lower.substring(figureEnd, Math.min(after, to) + joined.end()), level)
                || previous.matcher(lower.substring(from, Math.max(from, fs))).find();
    }

    /**
     * "mạng cáp quang … đến 100% tổ dân phố, tỷ lệ dân số được phủ sóng … đạt 100%": a share named by "tỷ lệ" after a comma is a new
     * item with its own figure, so a percent before it belongs to the item before.
     */
    private static final Pattern NEW_SHARE_AFTER = Pattern.compile("[,;] ?(?:và )?t[ỷỉ] lệ(?!\\p{L})");
    private static final Pattern SHARE_OF_AN_EARLIER_ITEM = Pattern.compile("\\d{1,3}(?:[.,]\\d+)? ?(?:%|phần trăm)[^;%]*?[,;] ?(?:và )?t[ỷỉ] lệ(?!\\p{L})");

    /** The first tier named in a split is the unit's own, or any tier when the report's level is not known. */
    private static boolean namesTheFirstItemsOwnTier(String between, UnitLevel level) {
        Matcher tier = NAMED_TIER.matcher(between);
        if (!tier.find()) {
            return false;
        }
        String named = tier.group();
        return switch (level == null ? UnitLevel.UNKNOWN : level) {
            case PROVINCE -> named.endsWith("tỉnh");
            case DISTRICT -> named.matches("cấp (?:huyện|quận|thị xã|thành phố)");
            case COMMUNE -> named.matches("cấp (?:xã|phường|thị trấn)");
            default -> true;
        };
    }

    /** "01 Tổ cấp huyện và 22 tổ cấp xã": the first item of a split by named tiers is the unit's own tier (RULES 003), not a part. */
    private static final Pattern NAMED_TIER = Pattern.compile("(?<!\\p{L})cấp (?:tỉnh|huyện|quận|thị xã|thành phố|xã|phường|thị trấn)(?!\\p{L})");

    /** A veto word in the statement, outside the matched phrase itself. */
    private static boolean vetoed(ElementPatterns e, String lower, int start, int end, int ps, int pe) {
        if (e.entry().vetoes() == null) {
            return false;
        }
        Matcher m = e.entry().vetoes().matcher(lower).region(start, end);
        while (m.find()) {
            if (m.start() < ps || m.end() > pe) {
                return true;
            }
        }
        return false;
    }

    /** "tiếp nhận đối với 73 TTHC": a count followed by a noun that is not one of the element's units counts something else. */
    private boolean followedByAnotherUnit(ElementPatterns e, String lower, int figureEnd, int limit) {
        if (e.entry().unit() == null || countedNouns == null) {
            return false;
        }
        String after = lower.substring(figureEnd, Math.min(limit, figureEnd + 40));
        if (after.isEmpty() || after.charAt(0) != ' ') {
            return false;
        }
        String noun = after.stripLeading();
        return countedNouns.matcher(noun).lookingAt() && !e.entry().unit().matcher(noun).lookingAt();
    }

    /**
     * "Đảm bảo 100% văn bản điện tử gửi, nhận giữa các cơ quan … được ký số": what the clause goes on to say of the noun a leading
     * percent counts, up to the next figure, may make the share another element's (lexicon {@code predicateVetoes}).
     */
    private boolean saidOfItLater(ElementPatterns e, String lower, int pe, Clause clause) {
        Pattern vetoes = predicateVetoes.get(e.entry().element());
        if (vetoes == null || pe >= clause.end()) {
            return false;
        }
        int end = pe;
        while (end < clause.end() && !Character.isDigit(lower.charAt(end)) && lower.charAt(end) != ';') {
            end++;
        }
        return vetoes.matcher(lower).region(pe, end).find();
    }

    /** "98% văn bản ..." counts documents, "100% cơ quan ..." agencies: the noun after a percent must be what the element counts. */
    private boolean countsSomethingElse(ElementPatterns e, String lower, int figureEnd, int limit) {
        if (e.entry().percentOf() == null || countedNouns == null) {
            return false;
        }
        String after = lower.substring(figureEnd, Math.min(limit, figureEnd + 40)).stripLeading();
        Matcher noun = countedNouns.matcher(after);
        return noun.lookingAt() && !e.entry().percentOf().matcher(after).lookingAt();
    }

    /**
     * "Tỷ lệ tiếp nhận văn bản điện tử qua phần mềm quản lý văn bản ... đạt 95,7%": the share named before the phrase counts
     * documents, so it is not a share of staff using the software.
     */
    private boolean shareOfSomethingElse(ElementPatterns e, String lower, Clause clause, int ps) {
        if (e.entry().percentOf() == null || countedNouns == null) {
            return false;
        }
        Matcher share = SHARE_BEFORE.matcher(lower).region(clause.start(), ps);
        int after = -1;
        while (share.find()) {
            after = share.end();
        }
        if (after < 0) {
            return false;
        }
        Matcher noun = countedNouns.matcher(lower).region(after, ps);
        while (noun.find()) {
            if (noun.start() == after || !Character.isLetter(lower.charAt(noun.start() - 1))) {
                return !e.entry().percentOf().matcher(lower).region(noun.start(), ps).lookingAt();
            }
        }
        return false;
    }

    private static double round(double confidence) {
        return Math.min(0.95, Math.round(confidence * 100) / 100.0);
    }

    private static String group(Matcher m, String name) {
        try {
            return m.group(name);
        } catch (IllegalArgumentException noSuchGroup) {
            return null;
        }
    }

    static String lowerCase(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
