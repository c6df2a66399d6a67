package vn.dti.report.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import vn.dti.report.extraction.PdfCells.Line;
import vn.dti.report.extraction.PdfCells.Word;

/**
 * A table printed without borders, read from how its words line up: its columns are the strips of the page that no word of
 * its rows crosses, and a line whose words all stay inside the columns is the next line of the cells above it (a label that
 * wrapped inside its column: "Tỷ lệ hồ sơ trực | 70,3 | 81,3" + "tuyến (%)"). Rows are written as a .docx table's are: cells
 * joined by " | ", one line a row.
 * <p>
 * Two rows holding a figure in a cell after the first are needed, so that a letterhead or a signature block set in two
 * columns stays as it was read.
 */
final class PdfColumns {

    /** Two words this far apart (points) on one line may stand in two columns. */
    static final float COLUMN_GAP = 10f;
    /** A strip at least this wide (points) that no word of the rows crosses separates two columns. */
    private static final float MIN_RIVER = 5f;
    /** The next row starts within this many glyph heights below; the next line of a cell within {@link #NEXT_LINE}. */
    private static final float NEXT_ROW = 3.6f;
    private static final float NEXT_LINE = 2.2f;
    private static final int MAX_LINES_OF_A_CELL = 12;
    private static final int MIN_ROWS_WITH_FIGURES = 2;
    /** A caption or a heading opening a page is not the rest of a row cut by the page break. */
    private static final Pattern CAPTION = Pattern.compile("(?:Bảng|Biểu|Phụ lục|Hình|Mẫu|Table)\\b|[IVX]+\\.|\\d+(?:\\.\\d+)*\\.\\s");
    /** A table whose lines stand this much farther apart somewhere than elsewhere sets its rows apart with space. */
    private static final float ROWS_APART = 1.3f;

    private PdfColumns() {
    }

    /** The page's lines with each table printed without borders replaced by its rows. */
    static List<Line> tablesRead(List<Line> lines) {
        List<Line> read = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            Table table = tableAt(lines, i);
            if (table == null) {
                read.add(lines.get(i));
                i++;
                continue;
            }
            read.subList(read.size() - (i - table.first()), read.size()).clear();
            String rows = rows(lines, table.first(), table.end(), table.rivers());
            read.add(Line.of(() -> rows, lines.get(i).y()));
            i = table.end();
        }
        return read;
    }

    /** The lines [first, end) of a table and the middles of the strips between its columns. */
    private record Table(int first, int end, List<Float> rivers) {
    }

    /** The table whose first row is line {@code start} (its first lines may be the rest of a row cut by the page), or null. */
    private static Table tableAt(List<Line> lines, int start) {
        if (!isARow(lines.get(start))) {
            return null;
        }
        int lastRow = start;
        int end = start + 1;
        while (end < lines.size() && lines.get(end).table() == null) {
            Line line = lines.get(end);
            Line above = lines.get(end - 1);
            float below = line.y() - above.y();
            float height = Math.max(1f, Math.max(line.height(), above.height()));
            if (isARow(line) && below <= NEXT_ROW * height) {
                lastRow = end;
            } else if (isARow(line) || below > NEXT_LINE * height || end - lastRow >= MAX_LINES_OF_A_CELL) {
                break;
            }
            end++;
        }
        int[] span = {start, end};
        List<float[]> strips = strips(lines, span, true);
        if (strips.isEmpty()) {
            return null;
        }
        span[1] = firstCrossing(lines, start, end, strips);
        span[0] = cellLinesOnTopOfThePage(lines, start, strips);
        List<Float> rivers = rivers(lines, span);
        if (rivers.isEmpty()) {
            return null;
        }
        int figures = rowsWithFigures(lines, span, rivers);
        boolean cutByAPage = figures > 0 && (span[0] == 0 || rowCount(lines, span) > 1 && onlyPageNumbersAfter(lines, span[1]));
        return figures >= MIN_ROWS_WITH_FIGURES || cutByAPage ? new Table(span[0], span[1], rivers) : null;
    }

    private static boolean isARow(Line line) {
        if (line.table() != null) {
            return false;
        }
        List<Word> words = pieces(line);
        for (int i = 1; i < words.size(); i++) {
            if (words.get(i).x0() - words.get(i - 1).x1() >= COLUMN_GAP) {
                return true;
            }
        }
        return false;
    }

    /** The middles of the strips between the columns of the table's lines. */
    private static List<Float> rivers(List<Line> lines, int[] span) {
        return strips(lines, span, false).stream().map(s -> (s[0] + s[1]) / 2).toList();
    }

    /**
     * The strips between columns: no word of a row (and, unless {@code rowsOnly}, of a cell's next lines) stands in them, and
     * some row has a wide gap there.
     */
    private static List<float[]> strips(List<Line> lines, int[] span, boolean rowsOnly) {
        List<float[]> covered = new ArrayList<>();
        List<float[]> gaps = new ArrayList<>();
        for (int i = span[0]; i < span[1]; i++) {
            Line line = lines.get(i);
            boolean row = isARow(line);
            if (!row && rowsOnly) {
                continue;
            }
            List<Word> words = pieces(line);
            for (int w = 0; w < words.size(); w++) {
                covered.add(new float[] {words.get(w).x0(), words.get(w).x1()});
                if (row && w > 0 && words.get(w).x0() - words.get(w - 1).x1() >= COLUMN_GAP) {
                    gaps.add(new float[] {words.get(w - 1).x1(), words.get(w).x0()});
                }
            }
        }
        covered.sort((a, b) -> Float.compare(a[0], b[0]));
        List<float[]> strips = new ArrayList<>();
        float reach = covered.isEmpty() ? 0 : covered.get(0)[1];
        for (float[] c : covered) {
            float middle = (reach + c[0]) / 2;
            if (c[0] - reach >= MIN_RIVER && gaps.stream().anyMatch(g -> g[0] <= middle && middle <= g[1])) {
                strips.add(new float[] {reach, c[0]});
            }
            reach = Math.max(reach, c[1]);
        }
        return strips;
    }

    /** The table ends before the first line with a word across a strip between columns: prose after the table. */
    private static int firstCrossing(List<Line> lines, int start, int end, List<float[]> strips) {
        for (int i = start; i < end; i++) {
            if (crosses(lines.get(i), strips)) {
                return i;
            }
        }
        return end;
    }

    private static boolean crosses(Line line, List<float[]> strips) {
        return line.table() != null
                || pieces(line).stream().anyMatch(w -> strips.stream().anyMatch(s -> w.x0() <= s[0] && s[1] <= w.x1()));
    }

    /** Lines that open the page inside one column are the rest of a row the page break cut, unless a caption comes first. */
    private static int cellLinesOnTopOfThePage(List<Line> lines, int start, List<float[]> strips) {
        if (start == 0 || start > MAX_LINES_OF_A_CELL - 1) {
            return start;
        }
        for (int i = 0; i < start; i++) {
            Line line = lines.get(i);
            if (isARow(line) || crosses(line, strips) || pieces(line).size() > 1 || i == 0 && CAPTION.matcher(line.text(false).strip()).lookingAt()) {
                return start;
            }
        }
        return 0;
    }

    private static int rowsWithFigures(List<Line> lines, int[] span, List<Float> rivers) {
        int rows = 0;
        for (int i = span[0]; i < span[1]; i++) {
            Line line = lines.get(i);
            boolean figure = pieces(line).stream().anyMatch(w -> w.x0() > rivers.get(0) && startsWithAFigure(w.text()));
            if (isARow(line) && figure) {
                rows++;
            }
        }
        return rows;
    }

    private static int rowCount(List<Line> lines, int[] span) {
        return (int) lines.subList(span[0], span[1]).stream().filter(PdfColumns::isARow).count();
    }

    private static boolean onlyPageNumbersAfter(List<Line> lines, int end) {
        return lines.subList(end, lines.size()).stream().allMatch(l -> l.table() == null && PageFurniture.isPageNumber(l.text(false)));
    }

    private static boolean startsWithAFigure(String word) {
        String s = word.strip();
        int first = s.startsWith("+") || s.startsWith("-") || s.startsWith("–") ? 1 : 0;
        return s.length() > first && Character.isDigit(s.charAt(first));
    }

    /** Each row with the next lines of its cells; the lines above the first row (a row cut by the page) make a row of their own. */
    private static String rows(List<Line> lines, int start, int end, List<Float> rivers) {
        List<StringBuilder[]> rows = new ArrayList<>();
        float spacing = Float.MAX_VALUE;
        float widest = 0;
        for (int i = start + 1; i < end; i++) {
            spacing = Math.min(spacing, lines.get(i).y() - lines.get(i - 1).y());
            widest = Math.max(widest, lines.get(i).y() - lines.get(i - 1).y());
        }
        boolean rowsSetApart = widest > ROWS_APART * spacing;
        for (int i = start; i < end; i++) {
            Line line = lines.get(i);
            boolean opensARow = i == start || (rowsSetApart ? line.y() - lines.get(i - 1).y() > ROWS_APART * spacing
                    : isARow(line) && !goesOnWithTheCellsAbove(line, rivers));
            if (opensARow) {
                StringBuilder[] cells = new StringBuilder[rivers.size() + 1];
                for (int c = 0; c < cells.length; c++) {
                    cells[c] = new StringBuilder();
                }
                rows.add(cells);
            }
            StringBuilder[] cells = rows.get(rows.size() - 1);
            for (Word word : pieces(line)) {
                StringBuilder cell = cells[column(word, rivers)];
                if (!word.text().isBlank()) {
                    cell.append(cell.isEmpty() ? "" : " ").append(word.text().strip());
                }
            }
        }
        StringBuilder text = new StringBuilder();
        for (StringBuilder[] row : rows) {
            List<String> cells = new ArrayList<>();
            for (StringBuilder cell : row) {
                cells.add(cell.toString());
            }
            text.append(String.join(" | ", cells)).append('\n');
        }
        return text.toString();
    }

    private static List<Word> pieces(Line line) {
        return line.words().stream().flatMap(w -> w.piecesOrSelf().stream()).toList();
    }

    /** Words only after the first column, none of them a figure: a heading's cells that wrapped. */
    private static boolean goesOnWithTheCellsAbove(Line line, List<Float> rivers) {
        return pieces(line).stream().allMatch(w -> column(w, rivers) > 0 && !startsWithAFigure(w.text()));
    }

    private static int column(Word word, List<Float> rivers) {
        float middle = (word.x0() + word.x1()) / 2;
        int column = 0;
        while (column < rivers.size() && middle > rivers.get(column)) {
            column++;
        }
        return column;
    }
}
