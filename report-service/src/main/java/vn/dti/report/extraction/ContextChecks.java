package vn.dti.report.extraction;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a matched figure is the unit's own achieved value: not a plan or target, not negated,
 * not about the communes or the whole province, not a document issued by someone else.
 * All checks read the lower-case cleaned text.
 */
final class ContextChecks {

    private static final Pattern PLAN_WORDS = Pattern.compile("(?<!\\p{L})(?:dự kiến|kế hoạch|phấn đấu|mục tiêu|chỉ tiêu|(?<!hồ sơ )đề xuất"
            + "|kiến nghị|định hướng|sẽ|phải đạt|cần đạt|dự toán|thời gian tới|năm tới|lộ trình)(?!\\p{L})");
    private static final Pattern ACHIEVED = Pattern.compile("(?<!\\p{L})(?:đã|đạt được|kết quả|hoàn thành)(?!\\p{L})");
    private static final Pattern NEGATION = Pattern.compile("(?<!\\p{L})(?:chưa|không)(?!\\p{L})(?! chỉ| những| ngừng| ngại)");
    private static final Pattern NEGATION_AFTER = Pattern.compile("^[^;,.]{0,15}?(?<!\\p{L})(?:chưa|không)(?!\\p{L})");
    private static final Pattern COMMUNE_LEVEL = Pattern.compile("cấp (?:xã|thôn|phường)|tổ dân phố");
    private static final Pattern OWN_LEVEL = Pattern.compile("cấp (?:huyện|tỉnh|sở|quận|thị xã|thành phố)");
    /** In a province's report, the district and commune tiers are parts: "cấp huyện đạt 45%". */
    private static final Pattern LOWER_TIERS_OF_PROVINCE = Pattern.compile("cấp (?:xã|thôn|phường|huyện|quận)|tổ dân phố");
    private static final Pattern PROVINCE_TIER = Pattern.compile("cấp (?:tỉnh|sở)|toàn tỉnh|trên địa bàn tỉnh");
    private static final Pattern COMMUNES = Pattern.compile("cấp (?:xã|thôn|phường)|(?:tại|của|ở|cho) (?:các |mỗi )?(?:xã|phường|thị trấn)(?!\\p{L})"
            + "|các xã|xã, (?:thị trấn|phường)|tổ dân phố|ubnd xã");
    private static final Pattern NOT_ONLY_COMMUNES = Pattern.compile("huyện|quận|thị xã|(?<!\\p{L})sở(?!\\p{L})|cơ quan|đơn vị");
    /** Figures of the whole country or of other bodies: "cả nước", "các Bộ, ngành", "các tỉnh, thành phố". */
    private static final Pattern OTHER_BODIES = Pattern.compile("(?<!\\p{L})(?:" + ContextChecks.NOT_A_RANKING + "cả nước|toàn quốc|trên phạm vi cả nước|các bộ,? ngành"
            + "|bộ,? ngành trung ương|các tỉnh,? thành phố|các địa phương trong cả nước|bình quân chung|trung bình chung"
            + "|" + ContextChecks.OTHER_TIERS + ")(?!\\p{L})");
    /** "thuộc tốp khá cả nước với 8.701 giao dịch", "đứng thứ 2 cả nước": the unit ranked in the country, not the country's figure. */
    static final String NOT_A_RANKING = "(?<!(?:tốp|top|dẫn đầu|đứng đầu|thứ \\d{1,2}) (?:\\p{L}{1,6} )?)";
    /**
     * "Cổng Dịch vụ công quốc gia đã cung cấp 3.805 DVC trực tuyến ...; hơn 4,78 triệu hồ sơ trực tuyến", "Theo Bộ Thông tin và
     * Truyền thông, ...": a sentence whose subject is the national portal or a ministry states national figures; the portal
     * as a place ("thanh toán trên Cổng DVC quốc gia") does not.
     */
    private static final Pattern NATIONAL_SUBJECT = Pattern.compile("(?<!(?:trên|qua|tại|từ|lên|vào|với|của|thông qua|tích hợp|kết nối) )"
            + "(?<!\\p{L})(?:cổng (?:dịch vụ công|dvc) quốc gia|cổng dvcqg)(?!\\p{L})"
            + "|^[\\s\\-+•]*theo (?:số liệu |thống kê |báo cáo )?(?:của )?(?:bộ(?! phận)|văn phòng chính phủ)(?!\\p{L})");
    /**
     * "các Sở, ban, ngành tiếp nhận 8.500 hồ sơ", "các huyện, thị xã, thành phố ...", "khối bộ, ngành": a group of bodies that is
     * never the reporting unit itself (a part of a province's figure, or other units); "các sở, ngành, địa phương" and "100% các
     * sở, ban, ngành" are all of them.
     */
    static final String OTHER_TIERS = "(?<!% |phần trăm |tất cả |toàn bộ )(?:các |khối (?:các )?)(?:sở,? (?:ban,? )?ngành|bộ,? ngành)(?!,? (?:và )?(?:các )?(?:địa phương|huyện|ubnd|cấp huyện))"
            + "|(?<!ubnd |ủy ban nhân dân )các (?:huyện,? (?:thị xã|thành phố)|quận,? huyện)";
    /** "18 huyện, thị xã, thành phố xây dựng xong kế hoạch": a statement about many other units. */
    private static final Pattern MANY_UNITS = Pattern.compile("(?<![\\d.,/])\\d+(?:/\\d+)? (?:huyện|quận|thị xã|tỉnh|sở|địa phương)(?!\\p{L})");
    /** "Thôn 3 ...", "hạ tầng số của thôn": a single village or residential group, never the reporting unit itself. */
    private static final Pattern VILLAGE = Pattern.compile("(?<!\\p{L})(?:(?:của|tại|ở) (?:thôn|ấp|buôn|tổ dân phố|khu phố)(?!\\p{L})"
            + "|(?:thôn|ấp|buôn|tổ dân phố|khu phố) (?:số )?\\d+(?![\\d%]|[.,/]\\d))");
    private static final Pattern PROVINCE_WIDE = Pattern.compile("của tỉnh|toàn tỉnh|trên địa bàn tỉnh|trên phạm vi (?:toàn )?tỉnh|cả tỉnh");
    /** "Toàn tỉnh hiện có ..." opening the clause makes the province the subject. */
    private static final Pattern PROVINCE_SUBJECT = Pattern.compile("toàn tỉnh|trên địa bàn tỉnh|trên phạm vi (?:toàn )?tỉnh|cả tỉnh");
    /** In a commune's report, "toàn huyện ..." is the district's figure. */
    private static final Pattern DISTRICT_SUBJECT = Pattern.compile("toàn huyện|trên địa bàn huyện|cả huyện|(?<!\\p{L})huyện (?:hiện )?có");
    /** "nền tảng ... của tỉnh" names the province's shared platform, not a province-wide figure. */
    private static final Pattern SHARED_PLATFORM = Pattern.compile("(?:nền tảng|hệ thống|cổng|trục|mạng|phần mềm|kho)[^,;]{0,40}$");
    private static final Pattern OTHER_ISSUER = Pattern.compile("ubnd tỉnh|ủy ban nhân dân tỉnh|chủ tịch ubnd|tỉnh ủy|hđnd tỉnh"
            + "|của tỉnh|thủ tướng|chính phủ|bộ thông tin|bộ tt&tt|sở thông tin và truyền thông|sở tt&tt|ban thường vụ|trung ương");

    private static final Pattern ISSUED_BEFORE = Pattern.compile("(?:đã|vừa)? ?(?:ban hành|xây dựng và ban hành)(?: các| những)? $");
    private static final Pattern DOCUMENT_NUMBER_AFTER = Pattern.compile(" (?:số )?\\d+/");

    private final String lower;
    private final ReportHeader header;
    private final String unitLower;

    ContextChecks(String lower, ReportHeader header) {
        this.lower = lower;
        this.header = header;
        this.unitLower = header.unitName() == null ? "" : header.unitName().toLowerCase(Locale.ROOT);
    }

    String lower() {
        return lower;
    }

    ReportHeader header() {
        return header;
    }

    /** A plan or target: a plan word earlier in the sentence that no "đã"/"đạt được" follows. */
    boolean isPlanned(Clause clause, int matchStart, int matchEnd) {
        return isPlanned(clause, matchStart, matchEnd, null);
    }

    /** @param allowed plan words that belong to the element's own wording ("chỉ tiêu" for plan targets met), or null */
    boolean isPlanned(Clause clause, int matchStart, int matchEnd, Pattern allowed) {
        String before = lower.substring(statementStart(clause, matchStart), matchStart);
        Matcher plan = PLAN_WORDS.matcher(before);
        int lastPlan = -1;
        while (plan.find()) {
            if (!isIssuedPlanDocument(before, plan.start(), plan.end()) && !isAllowed(plan.group(), allowed)) {
                lastPlan = plan.end();
            }
        }
        boolean plannedBefore = lastPlan >= 0 && !ACHIEVED.matcher(before.substring(lastPlan)).find();
        if (plannedBefore) {
            return true;
        }
        Matcher inside = PLAN_WORDS.matcher(lower.substring(matchStart, matchEnd));
        while (inside.find()) {
            if (!isAllowed(inside.group(), allowed)) {
                return true;
            }
        }
        return PlanParagraph.continuesATarget(lower, clause, allowed);
    }

    private static boolean isAllowed(String planWord, Pattern allowed) {
        return allowed != null && allowed.matcher(planWord).matches();
    }

    /** A table row ("1 | Tỷ lệ ... | 80% | 72,5%") is a statement of its own: the heading row above it is not its sentence. */
    private int statementStart(Clause clause, int matchStart) {
        int lineStart = lower.lastIndexOf('\n', matchStart - 1) + 1;
        if (lineStart <= clause.sentenceStart()) {
            return clause.sentenceStart();
        }
        int lineEnd = lower.indexOf('\n', matchStart);
        String line = lower.substring(lineStart, lineEnd < 0 ? lower.length() : lineEnd);
        return line.indexOf('|') >= 0 ? lineStart : clause.sentenceStart();
    }

    /** "đã ban hành kế hoạch ...", "Kế hoạch số 40/KH-UBND": a plan document named as a fact, not a target. */
    private static boolean isIssuedPlanDocument(String s, int start, int end) {
        if (!s.startsWith("kế hoạch", start)) {
            return false;
        }
        return ISSUED_BEFORE.matcher(s.substring(Math.max(0, start - 25), start)).find()
                || DOCUMENT_NUMBER_AFTER.matcher(s.substring(end, Math.min(s.length(), end + 12))).lookingAt();
    }

    boolean isNegated(Clause clause, int matchStart, int matchEnd) {
        int from = Math.max(clause.start(), matchStart - 25);
        String around = lower.substring(from, matchEnd);
        String after = lower.substring(matchEnd, Math.min(clause.end(), matchEnd + 30));
        return NEGATION.matcher(around).find() || NEGATION_AFTER.matcher(after).find();
    }

    /** Only about communes: "một phần cấp xã là 47", "tại các xã, thị trấn ... 65.16%". */
    boolean isAboutCommunesOnly(Clause clause, int matchStart, int matchEnd) {
        if (header.level() == UnitLevel.COMMUNE) {
            return false;
        }
        String match = lower.substring(matchStart, matchEnd);
        boolean provinceTier = header.level() == UnitLevel.PROVINCE;
        Pattern lowerTiers = provinceTier ? LOWER_TIERS_OF_PROVINCE : COMMUNE_LEVEL;
        Pattern ownTier = provinceTier ? PROVINCE_TIER : OWN_LEVEL;
        if (lowerTiers.matcher(match).find()) {
            return !ownTier.matcher(match).find();
        }
        if (ownTier.matcher(match).find()) {
            return false;
        }
        String context = lower.substring(clause.start(), matchEnd);
        return COMMUNES.matcher(context).find() && !NOT_ONLY_COMMUNES.matcher(context).find();
    }

    /** The country, the ministries or many other units are the subject of the clause. */
    boolean isAboutOtherBodies(Clause clause, int matchStart, int matchEnd) {
        String upToMatch = lower.substring(clause.start(), matchEnd);
        return OTHER_BODIES.matcher(upToMatch).find() || MANY_UNITS.matcher(upToMatch).find() || isAboutAVillage(clause, matchEnd)
                || TierScope.isAboutAnotherTier(lower, clause, matchStart, header)
                || NATIONAL_SUBJECT.matcher(lower).region(clause.sentenceStart(), Math.max(clause.sentenceStart(), matchStart)).find();
    }

    /** "Thôn 3 ...; tỷ lệ hài lòng đạt 99%": the sentence is about one village, even for figures of the territory. */
    boolean isAboutAVillage(Clause clause, int matchEnd) {
        return VILLAGE.matcher(lower.substring(clause.sentenceStart(), matchEnd)).find();
    }

    /** "941 thủ tục hành chính ... toàn trình của tỉnh Bình Định": a figure of a wider territory than the unit. */
    boolean isProvinceWide(Clause clause, int matchStart, int matchEnd) {
        String before = lower.substring(clause.start(), matchStart);
        if (OTHER_BODIES.matcher(before).find() || OTHER_BODIES.matcher(lower.substring(matchStart, matchEnd)).find()) {
            return true;
        }
        if (header.level() == UnitLevel.PROVINCE) {
            return false;
        }
        if (PROVINCE_SUBJECT.matcher(before).find()
                || header.level() == UnitLevel.COMMUNE && DISTRICT_SUBJECT.matcher(before).find()) {
            return true;
        }
        int end = matchEnd;
        int limit = Math.min(clause.end(), matchEnd + 30);
        while (end < limit && lower.charAt(end) != ',') {
            end++;
        }
        Matcher m = PROVINCE_WIDE.matcher(lower.substring(matchStart, end));
        while (m.find()) {
            if (!SHARED_PLATFORM.matcher(lower.substring(matchStart, matchStart + m.start())).find()) {
                return true;
            }
        }
        return false;
    }

    /** Issued by the province, the government or another agency rather than by the unit. */
    boolean isIssuedByOthers(Clause clause) {
        Matcher m = OTHER_ISSUER.matcher(lower.substring(clause.start(), clause.end()));
        while (m.find()) {
            if (!unitLower.contains(m.group())) {
                return true;
            }
        }
        return false;
    }

    /** A plan for a year outside the report's period ("... năm 2025" in a 2023 report). */
    boolean isOutsidePeriod(String year) {
        if (year == null || header.period() == null) {
            return false;
        }
        int y = Integer.parseInt(year);
        return y < header.periodStartYear() || y > header.periodEndYear();
    }
}
