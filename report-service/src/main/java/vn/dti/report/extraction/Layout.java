package vn.dti.report.extraction;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits the cleaned text into lines, sections, sentences and clauses. */
final class Layout {

    /** A sentence ends at . ! ? followed by a space and a capital, a digit, a bullet or a bracket. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=\\s+[\\p{Lu}\\d(+\\-\"])");
    /**
     * A longer "sentence" is a list or a text without full stops; it is read in pieces, so that the checks that look back over a
     * sentence or a clause cost the same for every figure (a 34 kB sentence took 109 s, the same text with full stops 1 s).
     */
    static final int MAX_SENTENCE_CHARS = 2000;
    private static final Pattern CITATION = Pattern.compile("^[\\s\\-+•]*(?:căn cứ|thực hiện (?:công văn|quyết định|kế hoạch|chỉ thị|nghị quyết))");

    private static final Pattern RESULT_AFTER_CITATION = Pattern.compile(",(?= (?:[^\\s,;.\\d]+ ){0,6}?(?:đã|đang|hiện có|có tới|có|đạt)(?!\\p{L}))");

    private Layout() {
    }

    private record Section(int level, boolean plan, boolean communes) {
    }

    /**
     * @param level the report's level: above the communes a heading naming the communes opens a section of their figures; at an
     *        unknown level only one naming many of them ("UBND các xã, thị trấn"), not one commune ("UBND XÃ PHÚ GIÁO", which may be
     *        the unit itself)
     */
    static List<Clause> clauses(NormalizedText text, int periodEndYear, UnitLevel level) {
        List<Clause> clauses = new ArrayList<>();
        Deque<Section> open = new ArrayDeque<>();
        String s = text.text();
        int lineStart = 0;
        String pendingPart = null;
        while (lineStart < s.length()) {
            int lineEnd = s.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = s.length();
            }
            String line = s.substring(lineStart, lineEnd);
            Heading heading = pendingPart != null ? new Heading(0, pendingPart + " " + line) : Heading.of(line);
            pendingPart = null;
            if (heading != null && heading.level() == 0 && Heading.isPartMarker(line)) {
                pendingPart = line; // "Phần thứ hai": the title follows on the next line
            } else if (heading != null) {
                enter(open, heading, periodEndYear, level);
            }
            addSentences(text, lineStart, lineEnd, open, clauses);
            lineStart = lineEnd + 1;
        }
        return clauses;
    }

    private static void enter(Deque<Section> open, Heading heading, int periodEndYear, UnitLevel level) {
        while (!open.isEmpty() && open.peek().level() >= heading.level()) {
            open.pop();
        }
        open.push(new Section(heading.level(), SectionKind.isPlan(heading.title(), periodEndYear),
                level == UnitLevel.DEPARTMENT && SectionKind.isProvincesTerritory(heading.title())
                        || (level.isAboveCommunes() ? SectionKind.isCommunes(heading.title())
                        : level == UnitLevel.UNKNOWN && SectionKind.isManyCommunes(heading.title()))));
    }

    private static void addSentences(NormalizedText text, int from, int to, Deque<Section> open, List<Clause> out) {
        boolean plan = open.stream().anyMatch(Section::plan);
        boolean communes = open.stream().anyMatch(Section::communes);
        Matcher end = SENTENCE_END.matcher(text.text()).region(from, to);
        int sentenceStart = from;
        while (sentenceStart < to) {
            int sentenceEnd = end.find() ? end.end() : to;
            while (sentenceEnd - sentenceStart > MAX_SENTENCE_CHARS) {
                int pieceEnd = pieceEnd(text.text(), sentenceStart);
                addClauses(text.text(), sentenceStart, pieceEnd, plan, communes, citationEnd(text.lower(), sentenceStart, pieceEnd), out);
                sentenceStart = pieceEnd;
            }
            addClauses(text.text(), sentenceStart, sentenceEnd, plan, communes, citationEnd(text.lower(), sentenceStart, sentenceEnd), out);
            sentenceStart = sentenceEnd;
        }
    }

    /** Where a piece of an over-long sentence ends: after its last ';' or ',' (else its last space) in the second half of the limit. */
    private static int pieceEnd(String s, int start) {
        int limit = start + MAX_SENTENCE_CHARS;
        for (String mark : new String[] {";", ",", " "}) {
            int at = s.lastIndexOf(mark, limit - 1);
            if (at >= start + MAX_SENTENCE_CHARS / 2) {
                return at + 1;
            }
        }
        return limit;
    }

    /**
     * "Thực hiện Kế hoạch số 05 …, giai đoạn 2021 – 2025, Sở đang tiếp nhận 123 thủ tục": the cited part ends at the comma after
     * which the unit states what it did or has; with no such comma the whole sentence is the citation.
     */
    private static int citationEnd(String lower, int sentenceStart, int sentenceEnd) {
        Matcher cited = CITATION.matcher(lower).region(sentenceStart, sentenceEnd);
        if (!cited.lookingAt()) {
            return sentenceStart;
        }
        Matcher result = RESULT_AFTER_CITATION.matcher(lower).region(cited.end(), sentenceEnd);
        return result.find() ? result.start() : sentenceEnd;
    }

    /** Clauses end at ';', except inside brackets that close in the same sentence ("962 dịch vụ (45 mức độ 3; 917 mức độ 4)"). */
    private static void addClauses(String s, int from, int to, boolean plan, boolean communes, int citation,
            List<Clause> out) {
        int clauseStart = from;
        int depth = 0;
        for (int i = from; i <= to; i++) {
            depth = i == to ? 0 : Math.max(0, depth + (s.charAt(i) == '(' ? 1 : s.charAt(i) == ')' ? -1 : 0));
            if (i == to || s.charAt(i) == ';' && (depth == 0 || s.indexOf(')', i) < 0 || s.indexOf(')', i) >= to)) {
                if (i > clauseStart) {
                    out.add(new Clause(clauseStart, i, from, to, plan, communes, citation,
                            contains(s, clauseStart, i, true), contains(s, clauseStart, i, false)));
                }
                clauseStart = i + 1;
            }
        }
    }

    /** Whether s[from, to) holds a digit (or, with {@code digit} false, a '%'). */
    private static boolean contains(String s, int from, int to, boolean digit) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (digit ? Character.isDigit(c) : c == '%') {
                return true;
            }
        }
        return false;
    }
}
