package vn.dti.report.extraction;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
    private static final Pattern OPENS_AN_ITEM = Pattern.compile("^\\s*(?:[-+•–*]|\\d+(?:\\.\\d+)*[.)]|[a-zđ][.)]|[IVX]+[.)])\\s");

    private record Line(List<String> blocks, List<Boolean> cellGaps, int cells, float end, float y, float height, boolean paragraphEnds,
            float firstWord, float space, PdfTable table) {

        /** Where a table drawn with borders stands in the page's flow; it counts as a row, so no line wraps into it. */
        static Line of(PdfTable table, float y) {
            return new Line(List.of(""), List.of(false), Integer.MAX_VALUE, 0, y, 0, true, 0, 0, table);
        }

        String text(boolean asHeading) {
            if (table != null) {
                return table.text().stripTrailing() + "\n";
            }
            StringBuilder s = new StringBuilder(blocks.get(0).stripTrailing());
            for (int i = 1; i < blocks.size(); i++) {
                s.append(asHeading || cellGaps.get(i) ? " | " : " ").append(blocks.get(i).strip());
            }
            return s.toString();
        }
    }

    private final List<String> blocks = new ArrayList<>();
    private final List<Float> gaps = new ArrayList<>();
    private final List<Boolean> wide = new ArrayList<>();
    private final List<Line> lines = new ArrayList<>();
    private float lastBlockEnd;
    private float lineY;
    private float lineHeight;
    private float firstWord;
    private float space;
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
        float gap = 0;
        boolean isWide = false;
        if (!positions.isEmpty()) {
            TextPosition first = positions.get(0);
            if (blocks.isEmpty()) {
                lineY = first.getYDirAdj();
                lineHeight = Math.max(lineHeight, first.getHeightDir());
                firstWord = firstWordWidth(positions);
                space = first.getWidthOfSpace();
            }
            gap = first.getXDirAdj() - lastBlockEnd;
            isWide = !blocks.isEmpty() && gap > Math.max(MIN_WIDE_GAP_POINTS, WIDE_GAP_SPACES * first.getWidthOfSpace());
            TextPosition last = positions.get(positions.size() - 1);
            lastBlockEnd = last.getXDirAdj() + last.getWidthDirAdj();
        }
        blocks.add(text);
        gaps.add(gap);
        wide.add(isWide);
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
                lines.add(Line.of(table, centreY(positions.get(0))));
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
        if (blocks.isEmpty()) {
            if (paragraphEnds && !lines.isEmpty()) {
                Line last = lines.remove(lines.size() - 1);
                lines.add(new Line(last.blocks(), last.cellGaps(), last.cells(), last.end(), last.y(), last.height(), true,
                        last.firstWord(), last.space(), last.table()));
            }
            return;
        }
        boolean row = isARow();
        List<Boolean> cellGaps = new ArrayList<>();
        for (Boolean w : wide) {
            cellGaps.add(row && w);
        }
        int cells = row ? (int) cellGaps.stream().filter(Boolean::booleanValue).count() + 1 : 0;
        lines.add(new Line(List.copyOf(blocks), cellGaps, cells, lastBlockEnd, lineY, lineHeight, paragraphEnds, firstWord, space, null));
        lineHeight = 0;
        blocks.clear();
        gaps.clear();
        wide.clear();
    }

    private boolean isARow() {
        float narrowest = Float.MAX_VALUE;
        float widest = 0;
        int wideGaps = 0;
        boolean narrowGap = false;
        for (int i = 1; i < blocks.size(); i++) {
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
