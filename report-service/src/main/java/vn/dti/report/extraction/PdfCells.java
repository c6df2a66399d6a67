package vn.dti.report.extraction;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A PDF's text laid out as a .docx is read: the cells of a table row joined by " | " ("1 | 5.210 | 4.100 | 78,7"), and the lines
 * of a paragraph that the page width wrapped joined into one line ("… do Bộ" + "Công an cung cấp …").
 * <p>
 * A line whose words stand in three or more blocks separated by wide gaps of unequal width is a table row (a justified line of
 * prose also has wide gaps, but all of one width); the line right above a row is its heading row when it has as many blocks as
 * the row has cells. A line that reaches the right margin continues on the next line, unless the next one is a row, opens a list
 * item or PDFBox saw a new paragraph there.
 */
final class PdfCells extends PDFTextStripper {

    /** A gap this many space widths wide (and at least {@link #MIN_WIDE_GAP_POINTS}) is wide. */
    private static final float WIDE_GAP_SPACES = 3f;
    private static final float MIN_WIDE_GAP_POINTS = 8f;
    /** Wide gaps whose widest is at most this many times the narrowest are a justified line's. */
    private static final float EVEN_GAPS_RATIO = 1.5f;
    private static final int MIN_CELLS = 3;
    /** A line ending within this many points of the page's right margin was wrapped. */
    private static final float MARGIN_SLACK_POINTS = 12f;
    /** The next line of a paragraph starts within this many line heights below. */
    private static final float NEXT_LINE_SPACING = 2.2f;
    /**
     * Words whose baselines differ by more than their glyph height stand on different lines (the two columns of a letterhead,
     * set in two sizes, differ by less).
     */
    private static final float SAME_BASELINE = 1f;
    /** A gap this share of a space wide between two glyphs is a space (PDFBox's own measure). */
    private static final float SPACE_SHARE = 0.5f;
    private static final Pattern OPENS_AN_ITEM = Pattern.compile("^\\s*(?:[-+•–*]|\\d+(?:\\.\\d+)*[.)]|[a-zđ][.)]|[IVX]+[.)])\\s");

    record Line(List<String> blocks, List<Boolean> cellGaps, int cells, float end, float y, float height, boolean paragraphEnds,
            float firstWord, float space, List<Word> words, Supplier<String> table) {

        /** Where a table stands in the page's flow; it counts as a row, so no line wraps into it. */
        static Line of(Supplier<String> table, float y) {
            return new Line(List.of(""), List.of(false), Integer.MAX_VALUE, 0, y, 0, true, 0, 0, List.of(), table);
        }

        String text(boolean asHeading) {
            if (table != null) {
                return table.get().stripTrailing() + "\n";
            }
            StringBuilder s = new StringBuilder(blocks.get(0).stripTrailing());
            for (int i = 1; i < blocks.size(); i++) {
                s.append(asHeading || cellGaps.get(i) ? " | " : " ").append(blocks.get(i).strip());
            }
            return s.toString();
        }
    }

    /**
     * A run of text as PDFBox gives it: where it starts and ends on its line, its baseline and glyph height, and its pieces
     * (the run cut where its glyphs stand at least {@link PdfColumns#COLUMN_GAP} apart: PDFBox gives "Tổng số hồ sơ 31.452" as
     * one run when the label and the figure stand in two columns of a table without borders).
     */
    record Word(String text, float x0, float x1, float y, float height, float space, float firstWord, List<Word> pieces) {

        static Word piece(String text, float x0, float x1) {
            return new Word(text, x0, x1, 0, 0, 0, 0, List.of());
        }

        List<Word> piecesOrSelf() {
            return pieces.isEmpty() ? List.of(this) : pieces;
        }
    }

    private final List<Word> words = new ArrayList<>();
    private final List<Line> lines = new ArrayList<>();
    private List<PdfTable> tables = List.of();
    private final List<PdfTable> placed = new ArrayList<>();

    PdfCells() {
        setSortByPosition(true);
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        tables = PdfTable.of(PdfRulings.of(page));
        placed.clear();
        super.startPage(page);
    }

    @Override
    protected void writeWordSeparator() {
        // The gap before the next block is judged when the whole line is known.
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
        if (intoATable(text, positions)) {
            return;
        }
        if (positions.isEmpty()) {
            Word last = words.isEmpty() ? new Word("", 0, 0, 0, 0, 0, 0, List.of()) : words.get(words.size() - 1);
            words.add(new Word(text, last.x1(), last.x1(), last.y(), last.height(), last.space(), 0, List.of()));
            return;
        }
        List<List<TextPosition>> runs = byBaseline(positions);
        for (List<TextPosition> run : runs) {
            TextPosition first = run.get(0);
            TextPosition last = run.get(run.size() - 1);
            words.add(new Word(runs.size() == 1 ? text : glyphs(run), first.getXDirAdj(), last.getXDirAdj() + last.getWidthDirAdj(),
                    first.getYDirAdj(), first.getHeightDir(), first.getWidthOfSpace(), firstWordWidth(run), pieces(run)));
        }
    }

    /** The run's glyphs in stretches of one baseline each: PDFBox may give a table cell's next line in the same run. */
    private static List<List<TextPosition>> byBaseline(List<TextPosition> positions) {
        List<List<TextPosition>> runs = new ArrayList<>();
        List<TextPosition> run = new ArrayList<>();
        float height = (float) positions.stream().mapToDouble(TextPosition::getHeightDir).max().orElse(0);
        for (TextPosition p : positions) {
            if (!run.isEmpty() && isALetterOrDigit(p) && Math.abs(p.getYDirAdj() - run.get(0).getYDirAdj()) > SAME_BASELINE * height) {
                runs.add(run);
                run = new ArrayList<>();
            }
            run.add(p);
        }
        runs.add(run);
        return runs;
    }

    private static boolean isALetterOrDigit(TextPosition p) {
        String glyph = p.getUnicode();
        return !glyph.isEmpty() && Character.isLetterOrDigit(glyph.codePointAt(0));
    }

    /** The glyphs' text, with a space where PDFBox would have put one (a gap between two glyphs that are not spaces). */
    private static String glyphs(List<TextPosition> positions) {
        StringBuilder glyphs = new StringBuilder();
        TextPosition before = null;
        for (TextPosition p : positions) {
            boolean gap = before != null && p.getXDirAdj() - (before.getXDirAdj() + before.getWidthDirAdj()) > SPACE_SHARE * before.getWidthOfSpace();
            if (gap && !p.getUnicode().isBlank() && !before.getUnicode().isBlank()) {
                glyphs.append(' ');
            }
            glyphs.append(p.getUnicode());
            before = p;
        }
        return Normalizer.normalize(glyphs.toString(), Normalizer.Form.NFC).strip();
    }

    private static List<Word> pieces(List<TextPosition> positions) {
        List<Integer> cuts = new ArrayList<>();
        for (int k = 1; k < positions.size(); k++) {
            TextPosition before = positions.get(k - 1);
            if (positions.get(k).getXDirAdj() - (before.getXDirAdj() + before.getWidthDirAdj()) >= PdfColumns.COLUMN_GAP) {
                cuts.add(k);
            }
        }
        if (cuts.isEmpty()) {
            return List.of();
        }
        cuts.add(positions.size());
        List<Word> pieces = new ArrayList<>();
        int from = 0;
        for (int cut : cuts) {
            TextPosition last = positions.get(cut - 1);
            pieces.add(Word.piece(glyphs(positions.subList(from, cut)), positions.get(from).getXDirAdj(),
                    last.getXDirAdj() + last.getWidthDirAdj()));
            from = cut;
        }
        return pieces;
    }

    /**
     * A word inside a table drawn with borders goes to its cell (glyph by glyph if it spans two cells); the table takes its
     * place in the flow at its first word.
     */
    private boolean intoATable(String text, List<TextPosition> positions) {
        if (tables.isEmpty() || positions.isEmpty()) {
            return false;
        }
        for (PdfTable table : tables) {
            int[] first = table.cellAt(centreX(positions.get(0)), centreY(positions.get(0)));
            if (first == null) {
                continue;
            }
            if (!placed.contains(table)) {
                placed.add(table);
                lines.add(Line.of(table::text, centreY(positions.get(0))));
            }
            int[] last = table.cellAt(centreX(positions.get(positions.size() - 1)), centreY(positions.get(positions.size() - 1)));
            if (Arrays.equals(first, last)) {
                table.add(first, text);
            } else {
                addGlyphByGlyph(table, positions);
            }
            return true;
        }
        return false;
    }

    private static void addGlyphByGlyph(PdfTable table, List<TextPosition> positions) {
        StringBuilder run = new StringBuilder();
        int[] cell = null;
        for (TextPosition p : positions) {
            int[] at = table.cellAt(centreX(p), centreY(p));
            if (at == null) {
                continue;
            }
            if (cell != null && !Arrays.equals(at, cell)) {
                table.add(cell, run.toString());
                run.setLength(0);
            }
            cell = at;
            run.append(p.getUnicode());
        }
        if (cell != null) {
            table.add(cell, run.toString());
        }
    }

    private static float centreX(TextPosition p) {
        return p.getXDirAdj() + p.getWidthDirAdj() / 2;
    }

    private static float centreY(TextPosition p) {
        return p.getYDirAdj() - p.getHeightDir() / 2;
    }

    @Override
    protected void writeLineSeparator() {
        endLine(false);
    }

    @Override
    protected void writeParagraphEnd() throws IOException {
        endLine(true);
        super.writeParagraphEnd();
    }

    @Override
    protected void writePageEnd() throws IOException {
        endLine(true);
        writeString(pageText());
        lines.clear();
        super.writePageEnd();
    }

    private void endLine(boolean paragraphEnds) {
        if (words.isEmpty()) {
            if (paragraphEnds && !lines.isEmpty()) {
                Line last = lines.remove(lines.size() - 1);
                lines.add(new Line(last.blocks(), last.cellGaps(), last.cells(), last.end(), last.y(), last.height(), true,
                        last.firstWord(), last.space(), last.words(), last.table()));
            }
            return;
        }
        List<List<Word>> baselines = wordsByBaseline(words);
        for (int i = 0; i < baselines.size(); i++) {
            lines.add(line(baselines.get(i), paragraphEnds && i == baselines.size() - 1));
        }
        words.clear();
    }

    /**
     * The words of one PDFBox line split by their baselines: a tall glyph (a capital with two Vietnamese marks) makes PDFBox
     * take the next line of a table cell for part of this one.
     */
    private static List<List<Word>> wordsByBaseline(List<Word> line) {
        List<List<Word>> baselines = new ArrayList<>();
        for (Word word : line) {
            List<Word> same = baselines.stream()
                    .filter(b -> Math.abs(b.get(0).y() - word.y()) <= SAME_BASELINE * Math.max(b.get(0).height(), word.height()))
                    .findFirst().orElse(null);
            if (same == null) {
                baselines.add(new ArrayList<>(List.of(word)));
            } else {
                same.add(word);
            }
        }
        baselines.sort((a, b) -> Float.compare(a.get(0).y(), b.get(0).y()));
        return baselines;
    }

    private static Line line(List<Word> words, boolean paragraphEnds) {
        List<String> blocks = new ArrayList<>();
        List<Float> gaps = new ArrayList<>();
        List<Boolean> wide = new ArrayList<>();
        float height = 0;
        for (int i = 0; i < words.size(); i++) {
            Word word = words.get(i);
            float gap = i == 0 ? 0 : word.x0() - words.get(i - 1).x1();
            blocks.add(word.text());
            gaps.add(gap);
            wide.add(i > 0 && gap > Math.max(MIN_WIDE_GAP_POINTS, WIDE_GAP_SPACES * word.space()));
            height = Math.max(height, word.height());
        }
        boolean row = isARow(gaps, wide);
        List<Boolean> cellGaps = new ArrayList<>();
        for (Boolean w : wide) {
            cellGaps.add(row && w);
        }
        int cells = row ? (int) cellGaps.stream().filter(Boolean::booleanValue).count() + 1 : 0;
        Word first = words.get(0);
        return new Line(blocks, cellGaps, cells, words.get(words.size() - 1).x1(), first.y(), height, paragraphEnds,
                first.firstWord(), first.space(), List.copyOf(words), null);
    }

    private static boolean isARow(List<Float> gaps, List<Boolean> wide) {
        float narrowest = Float.MAX_VALUE;
        float widest = 0;
        int wideGaps = 0;
        boolean narrowGap = false;
        for (int i = 1; i < gaps.size(); i++) {
            if (wide.get(i)) {
                wideGaps++;
                narrowest = Math.min(narrowest, gaps.get(i));
                widest = Math.max(widest, gaps.get(i));
            } else {
                narrowGap = true;
            }
        }
        return wideGaps + 1 >= MIN_CELLS && (narrowGap || widest > EVEN_GAPS_RATIO * narrowest);
    }

    private String pageText() {
        List<Line> lines = PdfColumns.tablesRead(this.lines);
        float margin = (float) lines.stream().mapToDouble(Line::end).max().orElse(0);
        boolean[] heading = new boolean[lines.size()];
        for (int i = 0; i + 1 < lines.size(); i++) {
            Line line = lines.get(i);
            heading[i] = line.cells() == 0 && line.blocks().size() > 1 && line.blocks().size() == lines.get(i + 1).cells();
        }
        StringBuilder page = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            page.append(line.text(heading[i]));
            boolean wraps = i + 1 < lines.size() && !heading[i] && !heading[i + 1] && wraps(line, lines.get(i + 1), margin);
            boolean lastOfPage = i + 1 == lines.size();
            if (!wraps && (lastOfPage ? line.cells() == 0 && line.end() >= margin - MARGIN_SLACK_POINTS : reachesTheMargin(line, margin))) {
                page.append(PageFurniture.WRAPPED);
            }
            page.append(wraps ? ' ' : '\n');
        }
        return page.toString();
    }

    /**
     * The line reaches the right margin, or the next line's first word would not have fitted after it (a paragraph set ragged
     * right), and the next one, right below it, goes on with the same paragraph.
     */
    private static boolean wraps(Line line, Line next, float margin) {
        String nextText = next.text(false);
        boolean rightBelow = next.y() > line.y() && next.y() - line.y() <= NEXT_LINE_SPACING * Math.max(line.height(), 1f);
        boolean full = reachesTheMargin(line, margin)
                || !line.paragraphEnds() && line.cells() == 0 && line.end() + line.space() + next.firstWord() > margin;
        return full && next.cells() == 0 && rightBelow
                && !OPENS_AN_ITEM.matcher(nextText).find() && !PageFurniture.isPageNumber(nextText);
    }

    /** From the first glyph to the last one before a space (or the whole block). */
    private static float firstWordWidth(List<TextPosition> positions) {
        TextPosition first = positions.get(0);
        TextPosition last = first;
        for (TextPosition p : positions) {
            if (p.getUnicode().isBlank()) {
                break;
            }
            last = p;
        }
        return last.getXDirAdj() + last.getWidthDirAdj() - first.getXDirAdj();
    }

    private static boolean reachesTheMargin(Line line, float margin) {
        return !line.paragraphEnds() && line.cells() == 0 && line.end() >= margin - MARGIN_SLACK_POINTS;
    }
}
