package vn.dti.report.extraction;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cleaned view of a report that the rules read, with a map from every cleaned character back to
 * the original text so that quotes are always exact substrings of the input.
 * <p>
 * Cleaning drops Markdown emphasis ({@code **05**} → 05), footnote marks and soft hyphens, collapses
 * spaces, composes decomposed Vietnamese letters, reads the look-alike eth that converted fonts put for Đ ("CNSCÐ") as Đ,
 * and joins a line break that falls inside a
 * sentence. {@link #lower()} is the same text in lower case with the old tone placement
 * ("hoá", "uỷ") rewritten to the new one ("hóa", "ủy"), character for character.
 */
final class NormalizedText {

    private static final Pattern DIGIT_GROUPS_AT_END = Pattern.compile("(?<![\\d.,])\\d{1,3}(?:\\.\\d{3})*$");
    private static final String TONED_I = "iíìỉĩị";
    private static final String TONED_Y = "yýỳỷỹỵ";
    private static final Pattern COMMA_GROUPED = Pattern.compile("(?<![\\d.,])\\d{1,3}(?:,\\d{3}){2,}(?![\\d,])");
    private static final Pattern FIGURE_AHEAD = Pattern.compile("[ \\u00A0\\u202F\\u2009](?!\\d{3}(?!\\d))\\d");
    private static final Pattern LIST_ITEM = Pattern.compile("^(?:[-+•]|\\d+(?:\\.\\d+)*[.)]|[a-zđ][.)]|[IVX]+[.)])\\s");
    /** A table row's unit cell that says its figures are percentages. */
    private static final Pattern PERCENT_UNIT_CELL = Pattern.compile("\\(?%\\)?");
    private static final Pattern BARE_FIGURE_CELL = Pattern.compile("\\d{1,3}(?:[.,]\\d+)?");
    private static final String DROPPED = "*¹²³⁴⁵⁶⁷⁸⁹⁰\u00AD\u200B\u200C\u200D\uFEFF\r";
    private static final Map<String, String> OLD_TONE_PLACEMENT = Map.ofEntries(
            Map.entry("oá", "óa"), Map.entry("oà", "òa"), Map.entry("oả", "ỏa"), Map.entry("oã", "õa"),
            Map.entry("oạ", "ọa"), Map.entry("oé", "óe"), Map.entry("oè", "òe"), Map.entry("oẻ", "ỏe"),
            Map.entry("oẽ", "õe"), Map.entry("oẹ", "ọe"), Map.entry("uý", "úy"), Map.entry("uỳ", "ùy"),
            Map.entry("uỷ", "ủy"), Map.entry("uỹ", "ũy"), Map.entry("uỵ", "ụy"));

    private final String original;
    private final String text;
    private final String lower;
    private final int[] originalStart;
    private final int[] originalEnd;

    private NormalizedText(String original, String text, int[] originalStart, int[] originalEnd) {
        this.original = original;
        this.text = text;
        this.lower = lowerWithNewTonePlacement(text);
        this.originalStart = originalStart;
        this.originalEnd = originalEnd;
    }

    static NormalizedText of(String original) {
        Builder b = new Builder(original);
        b.clean();
        b.markPercentRows();
        char[] chars = b.out.toString().toCharArray();
        readCommaGroupsAsThousands(chars);
        joinBrokenLines(chars);
        IndicatorLines.joinResultsOnNextLine(chars);
        return new NormalizedText(original, new String(chars), b.starts(), b.ends());
    }

    String original() {
        return original;
    }

    /** The cleaned text, case preserved. */
    String text() {
        return text;
    }

    /** The cleaned text in lower case, same length and offsets as {@link #text()}. */
    String lower() {
        return lower;
    }

    int length() {
        return text.length();
    }

    /** Offset in the original text where the cleaned character at {@code cleanIndex} starts. */
    int originalStart(int cleanIndex) {
        return originalStart[cleanIndex];
    }

    /** Offset in the original text just after the cleaned range that ends (exclusive) at {@code cleanEnd}. */
    int originalEnd(int cleanEnd) {
        return originalEnd[cleanEnd - 1];
    }

    /** "1,234,567" (two or more groups after commas, never a decimal) is written the Vietnamese way, "1.234.567". */
    private static void readCommaGroupsAsThousands(char[] chars) {
        Matcher m = COMMA_GROUPED.matcher(new String(chars));
        while (m.find()) {
            for (int k = m.start(); k < m.end(); k++) {
                if (chars[k] == ',') {
                    chars[k] = '.';
                }
            }
        }
    }

    /** A line break inside a sentence (page break, hard wrap) becomes a space. */
    private static void joinBrokenLines(char[] chars) {
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] == '\n' && continuesSentence(chars, i)) {
                chars[i] = ' ';
            }
        }
    }

    private static boolean continuesSentence(char[] chars, int newline) {
        int prev = newline - 1;
        while (prev >= 0 && chars[prev] == ' ') {
            prev--;
        }
        int next = newline + 1;
        while (next < chars.length && (chars[next] == ' ' || chars[next] == '\n')) {
            next++;
        }
        if (prev < 0 || next >= chars.length) {
            return false;
        }
        char before = chars[prev];
        char after = chars[next];
        if (".;:!?".indexOf(before) >= 0) {
            return false;
        }
        String nextLine = new String(chars, next, Math.min(12, chars.length - next));
        if (LIST_ITEM.matcher(nextLine).find() || isTableRow(chars, prev, -1) || isTableRow(chars, next, 1)) {
            return false;
        }
        if (Character.isDigit(after) && isAListHeading(chars, prev)) {
            return false;
        }
        return before == ',' || Character.isLowerCase(after)
                || (Character.isDigit(after) && Character.isLetterOrDigit(before) && !isCapitalsLine(chars, prev));
    }

    /** "UBND TỈNH HẢI DƯƠNG" over "100% số xã …": a letterhead or heading in capitals is not continued by a figure. */
    private static boolean isCapitalsLine(char[] chars, int end) {
        boolean letters = false;
        for (int i = end; i >= 0 && chars[i] != '\n'; i--) {
            if (Character.isLowerCase(chars[i])) {
                return false;
            }
            letters |= Character.isLetter(chars[i]);
        }
        return letters;
    }

    /**
     * "b) Chữ ký số, thư điện tử" over "100% lãnh đạo …": a short numbered or lettered line without a figure is the heading of the
     * paragraph under it, not a sentence that a figure on the next line continues.
     */
    private static boolean isAListHeading(char[] chars, int end) {
        int start = end;
        while (start > 0 && chars[start - 1] != '\n') {
            start--;
        }
        String line = new String(chars, start, end + 1 - start).strip();
        Matcher item = LIST_ITEM.matcher(line);
        if (line.length() >= 60 || !item.find()) {
            return false;
        }
        for (int i = item.end(); i < line.length(); i++) {
            if (Character.isDigit(line.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** A line with a cell separator ("Văn bản đi | 1.234", as .docx and Markdown tables are read) is a row of its own. */
    private static boolean isTableRow(char[] chars, int from, int direction) {
        for (int i = from; i >= 0 && i < chars.length && chars[i] != '\n'; i += direction) {
            if (chars[i] == '|') {
                return true;
            }
        }
        return false;
    }

    private static String lowerWithNewTonePlacement(String text) {
        char[] c = text.toLowerCase(Locale.ROOT).toCharArray();
        if (c.length != text.length()) {
            c = lowerCharByChar(text);
        }
        for (int i = 0; i + 1 < c.length; i++) {
            if (c[i] != 'o' && c[i] != 'u') {
                continue;
            }
            String pair = OLD_TONE_PLACEMENT.get(new String(c, i, 2));
            boolean openSyllable = i + 2 >= c.length || !Character.isLetter(c[i + 2]);
            boolean afterQ = i > 0 && c[i - 1] == 'q'; // "quý": the u belongs to the consonant
            if (pair != null && openSyllable && !afterQ) {
                c[i] = pair.charAt(0);
                c[i + 1] = pair.charAt(1);
            }
        }
        spellFinalIAsY(c);
        return new String(c);
    }

    /**
     * "kí số", "tỉ lệ", "quản lí", "kĩ năng", "quí I", "qui định": the i that ends a syllable after k, l, m, t or qu is
     * also written y, as the lexicon writes it ("ký", "tỷ", "lý", "kỹ", "quý", "quy").
     */
    private static void spellFinalIAsY(char[] c) {
        for (int i = 1; i < c.length; i++) {
            int toned = TONED_I.indexOf(c[i]);
            if (toned < 0 || i + 1 < c.length && Character.isLetter(c[i + 1])) {
                continue;
            }
            boolean afterConsonant = toned > 0 && "klmt".indexOf(c[i - 1]) >= 0 && startsSyllable(c, i - 1);
            boolean afterQu = c[i - 1] == 'u' && i >= 2 && c[i - 2] == 'q' && startsSyllable(c, i - 2);
            if (afterConsonant || afterQu) {
                c[i] = TONED_Y.charAt(toned);
            }
        }
    }

    private static boolean startsSyllable(char[] c, int at) {
        return at == 0 || !Character.isLetter(c[at - 1]);
    }

    private static char[] lowerCharByChar(String text) {
        char[] c = text.toCharArray();
        for (int i = 0; i < c.length; i++) {
            c[i] = Character.toLowerCase(c[i]);
        }
        return c;
    }

    /** Builds the cleaned text and the offset map in one pass over the original. */
    private static final class Builder {
        private final String in;
        private final StringBuilder out = new StringBuilder();
        private final java.util.Map<Integer, SpacedColumns.Row> spacedRows;
        private int[] start;
        private int[] end;

        Builder(String in) {
            this.in = in;
            this.start = new int[in.length() + 1];
            this.end = new int[in.length() + 1];
            this.spacedRows = SpacedColumns.rows(in);
        }

        void clean() {
            int i = 0;
            while (i < in.length()) {
                char c = in.charAt(i);
                SpacedColumns.Row spaced = i == 0 || in.charAt(i - 1) == '\n' ? spacedRows.get(i) : null;
                if (spaced != null) {
                    i = spacedRow(spaced, i);
                } else if (DROPPED.indexOf(c) >= 0 || isMarkdownEscape(i)) {
                    i++;
                } else if (c == '\n') {
                    i = newline(i);
                } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                    i = space(i);
                } else {
                    i = character(i);
                }
            }
        }

        /**
         * A row of a table laid out with spaces ({@link SpacedColumns}), written as a Markdown row of the table's full width:
         * "| Văn bản đến | 13.905 | 14.652 |", an empty cell for each column the row skips. The separators map to the gaps.
         */
        private int spacedRow(SpacedColumns.Row row, int lineStart) {
            int lineEnd = in.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? in.length() : lineEnd;
            int k = 0;
            int previousEnd = lineStart;
            for (int column = 0; column < row.width(); column++) {
                int next = k < row.cells().size() ? row.cells().get(k)[0] : lineEnd;
                if (column > 0) {
                    emit(' ', previousEnd, next);
                }
                emit('|', previousEnd, next);
                emit(' ', previousEnd, next);
                if (k < row.cells().size() && row.columns()[k] == column) {
                    int[] cell = row.cells().get(k);
                    cleanCell(cell[0], cell[1]);
                    previousEnd = cell[1];
                    k++;
                }
            }
            emit(' ', previousEnd, lineEnd);
            emit('|', previousEnd, lineEnd);
            return lineEnd;
        }

        private void cleanCell(int from, int to) {
            int i = from;
            while (i < to) {
                char c = in.charAt(i);
                if (DROPPED.indexOf(c) >= 0 || isMarkdownEscape(i)) {
                    i++;
                } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                    i = space(i);
                } else {
                    i = character(i);
                }
            }
        }

        private boolean isMarkdownEscape(int i) {
            return in.charAt(i) == '\\' && i + 1 < in.length() && "\\`*_{}[]()#+-.!|<>".indexOf(in.charAt(i + 1)) >= 0;
        }

        private int newline(int i) {
            trimTrailingSpace();
            if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
                emit('\n', i, i + 1);
            }
            return i + 1;
        }

        private int space(int i) {
            int j = i;
            while (j < in.length() && in.charAt(j) != '\n'
                    && (Character.isWhitespace(in.charAt(j)) || Character.isSpaceChar(in.charAt(j)))) {
                j++;
            }
            char last = out.length() == 0 ? '\n' : out.charAt(out.length() - 1);
            if (last != '\n' && last != ' ' && tabCells(i, j) > 0 && isTabRow(i)) {
                for (int t = tabCells(i, j); t > 0; t--) {
                    emit(' ', i, j);
                    emit('|', i, j);
                }
                if (j < in.length() && in.charAt(j) != '\n') {
                    emit(' ', i, j);
                }
            } else if (last != '\n' && last != ' ') {
                emit(isThousandsSeparator(i, j) ? '.' : ' ', i, j);
            }
            return j;
        }

        private int tabCells(int from, int to) {
            int tabs = 0;
            for (int k = from; k < to; k++) {
                if (in.charAt(k) == '\t') {
                    tabs++;
                }
            }
            return tabs;
        }

        /**
         * A row copied out of a spreadsheet or a Word table ("Văn bản đến\t1.473\t1.298"): its tabs part cells, read as " | "
         * like the cells of a .docx table. A line is such a row when two tabs stand between its words, or one does and so on a
         * line next to it (a prose line indented by a tab is not).
         */
        private boolean isTabRow(int at) {
            int lineStart = in.lastIndexOf('\n', at - 1) + 1;
            int lineEnd = in.indexOf('\n', at);
            lineEnd = lineEnd < 0 ? in.length() : lineEnd;
            int inner = innerTabs(lineStart, lineEnd);
            if (inner >= 2) {
                return true;
            }
            int prevStart = lineStart == 0 ? -1 : in.lastIndexOf('\n', lineStart - 2) + 1;
            int nextEnd = lineEnd >= in.length() ? -1 : in.indexOf('\n', lineEnd + 1);
            nextEnd = nextEnd < 0 && lineEnd < in.length() ? in.length() : nextEnd;
            return inner == 1 && (prevStart >= 0 && innerTabs(prevStart, lineStart - 1) >= 1 || nextEnd >= 0 && innerTabs(lineEnd + 1, nextEnd) >= 1);
        }

        /** Tab runs with text on both sides, inside the line [from, to). */
        private int innerTabs(int from, int to) {
            int runs = 0;
            boolean text = false;
            boolean pending = false;
            for (int k = from; k < to; k++) {
                char c = in.charAt(k);
                if (c == '\t') {
                    pending = text;
                } else if (!Character.isWhitespace(c)) {
                    if (pending) {
                        runs++;
                        pending = false;
                    }
                    text = true;
                }
            }
            return runs;
        }

        /**
         * "12 345 hồ sơ", "1 234 567" (a space, a no-break or a thin space between groups of three digits) is one number, read
         * as "12.345". With an ordinary space, a further figure right after ("120 350 98", a flattened table) keeps them apart.
         */
        private boolean isThousandsSeparator(int i, int j) {
            if (j != i + 1 || j + 3 > in.length() || !isDigits(j, j + 3) || j + 3 < in.length() && Character.isDigit(in.charAt(j + 3))) {
                return false;
            }
            Matcher before = DIGIT_GROUPS_AT_END.matcher(out).region(Math.max(0, out.length() - 32), out.length()).useTransparentBounds(true);
            if (!before.find()) {
                return false;
            }
            return in.charAt(i) != ' ' || !FIGURE_AHEAD.matcher(in).region(j + 3, Math.min(in.length(), j + 8)).lookingAt();
        }

        private boolean isDigits(int from, int to) {
            for (int k = from; k < to; k++) {
                if (!Character.isDigit(in.charAt(k))) {
                    return false;
                }
            }
            return true;
        }

        private int character(int i) {
            int j = i + 1;
            while (j < in.length() && Character.getType(in.charAt(j)) == Character.NON_SPACING_MARK) {
                j++;
            }
            String group = j - i > 1 ? Normalizer.normalize(in.substring(i, j), Normalizer.Form.NFC) : in.substring(i, j);
            for (char g : group.toCharArray()) {
                emit(unifyPunctuation(g), i, j);
            }
            return j;
        }

        private static char unifyPunctuation(char c) {
            return switch (c) {
                case '\u201C', '\u201D', '\u201E', '\u00AB', '\u00BB' -> '"';
                case '\u2018', '\u2019' -> '\'';
                case '\u2013', '\u2014', '\u2212' -> '-';
                case '\u00D0' -> '\u0110';
                case '\u00F0' -> '\u0111';
                default -> c;
            };
        }

        private void trimTrailingSpace() {
            while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
                out.setLength(out.length() - 1);
            }
        }

        private void emit(char c, int from, int to) {
            int k = out.length();
            if (k >= start.length) {
                start = Arrays.copyOf(start, k * 2 + 1);
                end = Arrays.copyOf(end, k * 2 + 1);
            }
            out.append(c);
            start[k] = from;
            end[k] = to;
        }

        /**
         * "Tỷ lệ hồ sơ trực tuyến | % | 50 | 62,5": in a table row whose unit cell is "%", the bare figures after it are
         * percentages, so a "%" is read after each (it maps to the figure's last character, so quotes stay exact) and the unit
         * cell itself is read blank (a lone "%" between an indicator and its figure would part them).
         */
        void markPercentRows() {
            StringBuilder marked = new StringBuilder();
            int[] newStart = new int[out.length() * 2 + 1];
            int[] newEnd = new int[out.length() * 2 + 1];
            int lineStart = 0;
            while (lineStart < out.length()) {
                int lineEnd = out.indexOf("\n", lineStart);
                lineEnd = lineEnd < 0 ? out.length() : lineEnd + 1;
                List<int[]> unitCells = new ArrayList<>();
                List<int[]> percentCells = percentCells(lineStart, lineEnd, unitCells);
                for (int k = lineStart; k < lineEnd; k++) {
                    boolean unitMark = inside(unitCells, k);
                    copy(marked, newStart, newEnd, unitMark ? ' ' : out.charAt(k), start[k], end[k]);
                    for (int[] cell : percentCells) {
                        if (k == cell[1] - 1) {
                            copy(marked, newStart, newEnd, '%', end[k], end[k]);
                        }
                    }
                }
                lineStart = lineEnd;
            }
            if (!marked.toString().equals(out.toString())) {
                out.setLength(0);
                out.append(marked);
                start = newStart;
                end = newEnd;
            }
        }

        /** The [start, end) of each bare figure cell after a "%" unit cell in the row, none for a line that is no row. */
        private List<int[]> percentCells(int lineStart, int lineEnd, List<int[]> unitCells) {
            String line = out.substring(lineStart, lineEnd);
            if (line.chars().filter(c -> c == '|').count() < 2) {
                return List.of();
            }
            List<int[]> cells = new ArrayList<>();
            boolean afterUnit = false;
            int cellStart = 0;
            for (int k = 0; k <= line.length(); k++) {
                if (k == line.length() || line.charAt(k) == '|' || line.charAt(k) == '\n') {
                    String cell = line.substring(cellStart, k).strip();
                    int lead = line.substring(cellStart, k).indexOf(cell);
                    if (afterUnit && !cell.isEmpty() && BARE_FIGURE_CELL.matcher(cell).matches()) {
                        cells.add(new int[] { lineStart + cellStart + lead, lineStart + cellStart + lead + cell.length() });
                    }
                    if (!afterUnit && PERCENT_UNIT_CELL.matcher(cell).matches()) {
                        afterUnit = true;
                        unitCells.add(new int[] { lineStart + cellStart + lead, lineStart + cellStart + lead + cell.length() });
                    }
                    cellStart = k + 1;
                }
            }
            return cells;
        }

        private static boolean inside(List<int[]> cells, int at) {
            for (int[] cell : cells) {
                if (cell[0] <= at && at < cell[1]) {
                    return true;
                }
            }
            return false;
        }

        private static void copy(StringBuilder to, int[] starts, int[] ends, char c, int from, int until) {
            starts[to.length()] = from;
            ends[to.length()] = until;
            to.append(c);
        }

        int[] starts() {
            return Arrays.copyOf(start, out.length());
        }

        int[] ends() {
            return Arrays.copyOf(end, out.length());
        }
    }
}
