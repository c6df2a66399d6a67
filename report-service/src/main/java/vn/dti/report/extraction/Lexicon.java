package vn.dti.report.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * How reports word each catalog element, as data ({@code extraction/lexicon.json}): phrasings,
 * unit nouns, meaning-changing qualifiers, zero statements. Elements the file does not know (added
 * by an administrator) fall back to their own Vietnamese name.
 */
public final class Lexicon {

    public static final String RESOURCE = "extraction/lexicon.json";
    /** '*' in a phrase: a gap inside the clause that holds no figure; "năm 2023" may stand in it. */
    static final String GAP = "(?:[^\\d;%]|(?<=năm )(?:19|20)\\d\\d(?![\\d%]|[.,/]\\d)){0,40}?";
    /** '**' in a phrase: a longer gap that may cross figures and dates ("Kế hoạch số 40/KH-UBND ngày 28/2/2022 về ..."). */
    static final String WIDE_GAP = "[^;%]{0,80}?";
    private static final String SEPARATOR = ",? ?";
    static final String LOOSE = "-loose";
    private static final String FILLER = "(?:đã|được|đang|đều|các|những|mới|tthc|thủ tục hành chính)";
    private static final String LOOSE_SEPARATOR = SEPARATOR + "(?:" + FILLER + " ){0,2}";

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Entry(List<String> phrases, List<String> unitPhrases, List<String> units, List<String> forbid, List<String> zero,
            String fractionOf, List<String> clauseForbid, boolean planWordsOk, List<String> planWordsAllowed, List<String> vetoes, List<String> percentOf, List<String> sentenceNeeds, List<String> totalOfFractions,
            boolean ownIssuance, List<String> partWords, List<String> wholeForms, List<String> notForbidden,
            List<String> preferredQualifiers) {
        public Entry {
            preferredQualifiers = preferredQualifiers == null ? List.of() : List.copyOf(preferredQualifiers);
            partWords = partWords == null ? List.of() : List.copyOf(partWords);
            wholeForms = wholeForms == null ? List.of() : List.copyOf(wholeForms);
            notForbidden = notForbidden == null ? List.of() : List.copyOf(notForbidden);
            totalOfFractions = totalOfFractions == null ? List.of() : List.copyOf(totalOfFractions);
            sentenceNeeds = sentenceNeeds == null ? List.of() : List.copyOf(sentenceNeeds);
            percentOf = percentOf == null ? List.of() : List.copyOf(percentOf);
            vetoes = vetoes == null ? List.of() : List.copyOf(vetoes);
            planWordsAllowed = planWordsAllowed == null ? List.of() : List.copyOf(planWordsAllowed);
            clauseForbid = clauseForbid == null ? List.of() : List.copyOf(clauseForbid);
            phrases = phrases == null ? List.of() : List.copyOf(phrases);
            unitPhrases = unitPhrases == null ? List.of() : List.copyOf(unitPhrases);
            units = units == null ? List.of() : List.copyOf(units);
            forbid = forbid == null ? List.of() : List.copyOf(forbid);
            zero = zero == null ? List.of() : List.copyOf(zero);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Data(Map<String, List<String>> abbreviations, List<String> labelWords, List<String> periodWords,
            List<String> cumulativeWords, List<String> countedNouns, Map<String, Entry> elements) {
    }

    /** One phrasing of one element, compiled; {@code id} names it in proposals ("lexicon:doc.outgoing#2"). */
    /**
     * @param text the phrase as written in the lexicon (lower case), to tell its own words from what a '*' gap let in
     * @param exact for a phrase whose {@code pattern} also lets filler words in, the pattern without them; else null
     */
    record Phrase(String id, Pattern pattern, boolean needsUnit, String text, Pattern exact) {

        /** The phrase as matched at [start, end): itself, or its loose form (another source id) when fillers were let in. */
        Phrase asMatched(String lower, int start, int end) {
            if (exact == null || exact.matcher(lower).region(start, end).matches()) {
                return this;
            }
            return new Phrase(id.replaceFirst(":", LOOSE + ":"), pattern, needsUnit, text, null);
        }

        boolean loose() {
            return id.contains(LOOSE + ":");
        }
    }

    /** An element's compiled entry. */
    record Compiled(String element, List<Phrase> phrases, Pattern unit, Pattern forbid, List<Phrase> zero, String fractionOf,
            boolean fallback, Pattern clauseForbid, boolean planWordsOk, Pattern planWordsAllowed, Pattern vetoes, Pattern percentOf, Pattern sentenceNeeds, Pattern totalOfFractions,
            boolean ownIssuance, Pattern partWords, Pattern wholeForms, Pattern notForbidden, Pattern preferredQualifiers) {
    }

    /**
     * What a statement must name and who else may own its counted noun, read from the same elements as {@link Entry}:
     * {@code statementNeeds} (words the statement itself must hold: what a coverage share covers, "xã", "thôn", "dân số"),
     * {@code otherOwners} (bodies that own the counted noun when named last before the figure: "Ban Chỉ đạo ... gồm 19 thành viên"),
     * {@code territorial} (a share of the territory, measured over its communes and villages: "100% xã, phường được phủ sóng 4G"),
     * {@code partsJoined} (counts of the element's unit joined by "và" or a comma are parts of a total the text does not state:
     * "75/75 tổ … tại xã, phường và 525 tổ tại ấp"), {@code madeOfLowerTiers} (things that exist only at the commune and village
     * tiers, so that a province's count of them names those tiers: "450 Tổ công nghệ số cộng đồng cấp xã và khóm ấp"),
     * {@code whole} (a total that a share right after its count never qualifies: "phát hành 4.600 văn bản điện tử đi, đạt 99,98%" is
     * a part of the documents sent; elements that other elements' fractions name as their whole are wholes too), {@code all}
     * (statements that every one of the territory's parts has the thing, a share of 100%: "tất cả các xã * sóng di động"),
     * {@code actedPhrases} (phrases that state the fact only when one of the {@code actors} is named before them in the clause: "UBND
     * huyện họp trực tuyến với các xã" is the district's own meeting, "số lượng cuộc họp trực tuyến ngày càng tăng" names no one),
     * {@code predicateVetoes} (what the rest of the clause may say of the noun a leading percent counts that makes the share
     * another element's: "100% văn bản điện tử gửi, nhận giữa … được ký số" is the signed share, not the electronic one).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Statement(List<String> statementNeeds, List<String> otherOwners, boolean territorial, boolean partsJoined,
            boolean madeOfLowerTiers, boolean whole, List<String> all, List<String> actedPhrases, List<String> actors,
            List<String> predicateVetoes) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record StatementData(Map<String, Statement> elements) {
    }

    /**
     * {@code provinceTierOfASplit}: a share the province's report states tier by tier ("87,74% hồ sơ công việc được xử lý trên môi
     * trường mạng đối với cấp tỉnh, 85,79% đối với cấp huyện …") is the province's own in the item of its own tier — the national
     * document indicators are set and reported per tier, and the provincial tier is the province's own agencies.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TierStatement(boolean provinceTierOfASplit) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TierData(Map<String, TierStatement> elements) {
    }

    /**
     * {@code territoryOnly}: the element measures a territory (its residents, households, businesses, network coverage or village
     * teams), so a department, centre or board, which has no territory of its own, never states it as its own.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TerritoryStatement(boolean territoryOnly) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TerritoryData(Map<String, TerritoryStatement> elements) {
    }

    private final Data data;
    private final StatementData statements;
    private final Map<String, TierStatement> tiers;
    private final Map<String, TerritoryStatement> territories;

    private Lexicon(Data data, StatementData statements, TierData tiers, TerritoryData territories) {
        this.data = data;
        this.statements = statements.elements() == null ? new StatementData(Map.of()) : statements;
        this.tiers = tiers.elements() == null ? Map.of() : tiers.elements();
        this.territories = territories.elements() == null ? Map.of() : territories.elements();
    }

    public static Lexicon fromClasspath() {
        try (InputStream in = Lexicon.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Lexicon resource " + RESOURCE + " is missing from the classpath");
            }
            return of(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    public static Lexicon of(InputStream json) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        com.fasterxml.jackson.databind.JsonNode tree = mapper.readTree(json);
        return new Lexicon(mapper.treeToValue(tree, Data.class), mapper.treeToValue(tree, StatementData.class),
                mapper.treeToValue(tree, TierData.class), mapper.treeToValue(tree, TerritoryData.class));
    }

    /** The element's {@code statementNeeds} as one pattern, or null. */
    Pattern statementNeeds(String element) {
        Statement s = statements.elements().get(element);
        return s == null ? null : alternation(s.statementNeeds());
    }

    /** Whether the element is a share of the territory ({@code territorial}), which its communes and villages make up. */
    boolean territorial(String element) {
        Statement s = statements.elements().get(element);
        return s != null && s.territorial();
    }

    /** Whether counts of the element joined by "và" are parts of an unstated total ({@code partsJoined}). */
    /** The element's statements of 100% ({@code all}), as phrases. */
    List<Phrase> allStatements(String element) {
        Statement s = statements.elements().get(element);
        return s == null || s.all() == null ? List.of() : phrases(element, s.all(), "lexicon-all:", false);
    }

    boolean isAWhole(String element) {
        Statement s = statements.elements().get(element);
        return s != null && s.whole();
    }

    boolean partsJoined(String element) {
        Statement s = statements.elements().get(element);
        return s != null && s.partsJoined();
    }

    /** Whether the element measures a territory, which a department has not ({@code territoryOnly}). */
    boolean territoryOnly(String element) {
        TerritoryStatement t = territories.get(element);
        return t != null && t.territoryOnly();
    }

    /** Whether a province's share split by tiers is its own in the item of the provincial tier ({@code provinceTierOfASplit}). */
    boolean provinceTierOfASplit(String element) {
        TierStatement t = tiers.get(element);
        return t != null && t.provinceTierOfASplit();
    }

    /** Whether the element's things exist only at the lower tiers ({@code madeOfLowerTiers}). */
    boolean madeOfLowerTiers(String element) {
        Statement s = statements.elements().get(element);
        return s != null && s.madeOfLowerTiers();
    }

    /** The element's {@code actedPhrases} as written (lower case); empty when it has none. */
    List<String> actedPhrases(String element) {
        Statement s = statements.elements().get(element);
        return s == null || s.actedPhrases() == null ? List.of() : s.actedPhrases().stream().map(t -> t.toLowerCase(Locale.ROOT)).toList();
    }

    /** The element's {@code actors} as one pattern, or null; "trụ sở" (premises: "tại trụ sở Bộ") names no Sở. */
    Pattern actors(String element) {
        Statement s = statements.elements().get(element);
        Pattern actors = s == null ? null : alternation(s.actors());
        return actors == null ? null : Pattern.compile("(?<!trụ )" + actors.pattern());
    }

    /** The element's {@code predicateVetoes} as one pattern, or null. */
    Pattern predicateVetoes(String element) {
        Statement s = statements.elements().get(element);
        return s == null || s.predicateVetoes() == null ? null : alternation(s.predicateVetoes());
    }

    /** The element's {@code otherOwners} as one pattern, or null. */
    Pattern otherOwners(String element) {
        Statement s = statements.elements().get(element);
        return s == null ? null : alternation(s.otherOwners());
    }

    Map<String, Entry> entries() {
        return data.elements() == null ? Map.of() : data.elements();
    }

    List<String> labelWords() {
        return data.labelWords() == null ? List.of() : data.labelWords();
    }

    List<String> periodWords() {
        return data.periodWords() == null ? List.of() : data.periodWords();
    }

    List<String> countedNouns() {
        return data.countedNouns() == null ? List.of() : data.countedNouns();
    }

    List<String> cumulativeWords() {
        return data.cumulativeWords() == null ? List.of() : data.cumulativeWords();
    }

    /** Every catalog element's compiled entry: its own, or one made from its name. */
    List<Compiled> compile(Catalog catalog) {
        List<Compiled> out = new ArrayList<>();
        for (CatalogElement e : catalog.elements()) {
            Entry entry = entries().get(e.code());
            boolean fallback = entry == null || entry.phrases().isEmpty();
            Entry used = fallback ? fromName(e) : entry;
            List<Phrase> phrases = new ArrayList<>(phrases(e.code(), used.phrases(), "lexicon:", false));
            phrases.addAll(phrases(e.code(), used.unitPhrases(), "lexicon-unit:", true));
            out.add(new Compiled(e.code(), phrases,
                    alternation(used.units()), alternation(used.forbid()), phrases(e.code(), used.zero(), "lexicon-zero:", false),
                    used.fractionOf(), fallback, alternation(used.clauseForbid()), used.planWordsOk(),
                    used.planWordsAllowed().isEmpty() ? null : Pattern.compile(String.join("|", used.planWordsAllowed().stream().map(Pattern::quote).toList())),
                    alternation(used.vetoes()), nounStart(used.percentOf()), alternation(used.sentenceNeeds()),
                    nounStart(used.totalOfFractions()), used.ownIssuance(), alternation(used.partWords()),
                    alternation(used.wholeForms()), alternation(used.notForbidden()), alternation(used.preferredQualifiers())));
        }
        return out;
    }

    /** "Số máy chủ ảo hóa trong kỳ" → the phrase "máy chủ ảo hóa". */
    static Entry fromName(CatalogElement e) {
        String name = e.nameVi().toLowerCase(Locale.ROOT)
                .replaceAll("\\s*\\([^)]*\\)\\s*", " ")
                .replaceAll("^(?:tổng số|số lượng|số|tỷ lệ|tỉ lệ|đã|có)\\s+", "")
                .replaceAll("\\s+(?:trong|của) kỳ\\s*$", "")
                .strip();
        return new Entry(List.of(name), List.of(), List.of(), List.of(), List.of(), null, List.of(), false, List.of(), List.of(), List.of(), List.of(), List.of(), false, List.of(), List.of(), List.of(), List.of());
    }

    private List<Phrase> phrases(String element, List<String> phrases, String prefix, boolean needsUnit) {
        List<Phrase> out = new ArrayList<>();
        for (int i = 0; i < phrases.size(); i++) {
            String exact = phrasePattern(phrases.get(i), false);
            String text = phrases.get(i).toLowerCase(Locale.ROOT);
            String loose = phrasePattern(phrases.get(i), true);
            String start = "(?<!\\p{L})" + notTheWordCoSo(text) + notJoinedToLevelThree(text);
            Pattern exactPattern = Pattern.compile(start + exact + "(?!\\p{L})");
            // One scan a phrase: the loose pattern finds both forms, the exact one tells them apart where it matched.
            out.add(loose.equals(exact) ? new Phrase(prefix + element + "#" + i, exactPattern, needsUnit, text, null)
                    : new Phrase(prefix + element + "#" + i, Pattern.compile(start + loose + "(?!\\p{L})"), needsUnit, text, exactPattern));
        }
        return out;
    }

    /**
     * "cấp cơ sở có 212 người", "cơ sở dữ liệu": "cơ sở" (the grassroots tier, a facility, a base) is one word, so a phrase that
     * opens with "sở" (a department: "sở có", "sở, ngành") does not start inside it.
     */
    private static String notTheWordCoSo(String phrase) {
        return phrase.startsWith("sở") && (phrase.length() == 2 || !Character.isLetter(phrase.charAt(2))) ? "(?<!cơ )" : "";
    }

    /** "dịch vụ công trực tuyến mức độ 3, mức độ 4 là 225": level 4 named together with level 3 is both levels, not level 4 alone. */
    private static String notJoinedToLevelThree(String phrase) {
        return phrase.startsWith("mức độ 4") ? "(?<!mức độ 3(?:,| và| hoặc| -| –) )" : "";
    }

    String phrasePattern(String phrase) {
        return phrasePattern(phrase, false);
    }

    /**
     * Literal words with flexible spaces and commas, '*' gaps, and every listed abbreviation of a full form. A loose pattern also
     * lets up to two filler words stand between the words of a phrase of three words or more ("tổng số hồ sơ đã tiếp nhận",
     * "hồ sơ TTHC tiếp nhận trực tuyến"): fillers never change what is counted.
     */
    String phrasePattern(String phrase, boolean loose) {
        String p = phrase.toLowerCase(Locale.ROOT).strip();
        StringBuilder out = new StringBuilder();
        for (String wide : p.split("\\*\\*", -1)) {
            List<String> parts = new ArrayList<>();
            for (String piece : wide.split("\\*", -1)) {
                if (!piece.isBlank()) {
                    parts.add(literal(piece.strip(), loose));
                }
            }
            if (!out.isEmpty()) {
                out.append(" ?").append(WIDE_GAP).append(" ?");
            }
            out.append(String.join(" ?" + GAP + " ?", parts));
        }
        return out.toString();
    }

    private String literal(String words, boolean loose) {
        List<String> tokens = tokens(words);
        List<Map.Entry<List<String>, List<String>>> abbreviations = abbreviationTokens();
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Map.Entry<List<String>, List<String>> hit = null;
            for (Map.Entry<List<String>, List<String>> a : abbreviations) {
                List<String> full = a.getKey();
                if (i + full.size() <= tokens.size() && tokens.subList(i, i + full.size()).equals(full)) {
                    hit = a;
                    break;
                }
            }
            if (hit == null) {
                out.add(Pattern.quote(tokens.get(i)));
                i++;
            } else {
                List<String> forms = new ArrayList<>(hit.getValue());
                forms.add(String.join(" ", hit.getKey()));
                forms.sort(Comparator.comparingInt(String::length).reversed());
                out.add("(?:" + String.join("|", forms.stream().map(Lexicon::quoteWords).toList()) + ")");
                i += hit.getKey().size();
            }
        }
        return String.join(loose && tokens.size() >= 3 ? LOOSE_SEPARATOR : SEPARATOR, out);
    }

    /** Full forms as token lists, longest first, each with its abbreviations. */
    private List<Map.Entry<List<String>, List<String>>> abbreviationTokens() {
        List<Map.Entry<List<String>, List<String>>> out = new ArrayList<>();
        if (data.abbreviations() != null) {
            data.abbreviations().forEach((full, abbr) -> out.add(Map.entry(tokens(full), abbr)));
        }
        out.sort(Comparator.comparingInt((Map.Entry<List<String>, List<String>> a) -> a.getKey().size()).reversed());
        return out;
    }

    private static List<String> tokens(String words) {
        List<String> out = new ArrayList<>();
        for (String t : words.toLowerCase(Locale.ROOT).replace(",", " ").strip().split("\\s+")) {
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    /** Words as in the cleaned text: single spaces, a comma between words optional ("cán bộ công chức"). */
    static String quoteWords(String words) {
        return String.join(SEPARATOR, tokens(words).stream().map(Pattern::quote).toList());
    }

    /** The nouns a percent may count for an element, at the start of the text after the figure ("các " allowed). */
    private static Pattern nounStart(List<String> nouns) {
        if (nouns == null || nouns.isEmpty()) {
            return null;
        }
        return Pattern.compile("(?:các |những |số )?(?:" + String.join("|", nouns.stream().map(Lexicon::quoteWords).toList()) + ")(?!\\p{L})");
    }

    /** A word that ends in a figure ends there: "mức độ 3 và 4" is not found in "mức độ 3 và 473 TTHC". */
    private static Pattern alternation(List<String> words) {
        if (words == null || words.isEmpty()) {
            return null;
        }
        List<String> sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        return Pattern.compile("(?:" + String.join("|", sorted.stream().map(w -> {
            String q = quoteWords(w);
            String end = Character.isDigit(w.charAt(w.length() - 1)) ? "(?![\\p{L}\\d])" : "(?!\\p{L})";
            return Character.isLetter(w.charAt(0)) ? "(?<!\\p{L})" + q + end : Pattern.quote(w);
        }).toList()) + ")");
    }
}
