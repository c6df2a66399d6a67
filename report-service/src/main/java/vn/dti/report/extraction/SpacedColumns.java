package vn.dti.report.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A table laid out with runs of spaces, as a table copied out of a PDF or typed in a plain-text report reads:
 * <pre>
 *    Loại văn bản        Năm 2022      Năm 2023
 *    Văn bản đến         13.905        14.652
 * </pre>
 * A block of consecutive lines in which two or more lines have a gap of three or more spaces between words, and one of
 * them a figure after such a gap, is a table. Its columns are the runs of character positions its cells occupy on any of
 * its lines (a right-aligned figure overlaps the heading above it), so an empty cell is known by the column it skips, and
 * a line that only continues a wrapped label ("       trực tuyến", indented under the label) is a row with that label
 * cell alone. {@link NormalizedText} writes each row as a Markdown row of the table's full width ("| Văn bản đến | 13.905 |
 * 14.652 |"), so the table code reads it like a .docx or Markdown table.
 */
final class SpacedColumns {

    /** A row to rewrite: its cells (absolute offsets) and the column of each, in a table {@code width} columns wide. */
    record Row(List<int[]> cells, int[] columns, int width) {
    }

    private static final int GAP = 3;
    private static final Pattern FIGURE_CELL = Pattern.compile(
            "(?:hơn |trên |gần |khoảng )?\\d{1,3}(?:[.,]\\d{3})*(?:,\\d+)?(?: ?%)?(?: \\p{L}+(?: \\p{L}+)?)?|\\d+(?:,\\d+)?(?: ?%)?");

    private SpacedColumns() {
    }

    /** The rows of every space-aligned table of {@code in}, by the offset where each row's line starts. */
    static Map<Integer, Row> rows(String in) {
        Map<Integer, Row> out = new HashMap<>();
        if (in.indexOf("   ") < 0) {
            return out;
        }
        List<int[]> lines = new ArrayList<>();
        int s = 0;
        while (s <= in.length()) {
            int e = in.indexOf('\n', s);
            e = e < 0 ? in.length() : e;
            lines.add(new int[] {s, e});
            s = e + 1;
        }
        int i = 0;
        while (i < lines.size()) {
            List<int[]> cells = cells(in, lines.get(i)[0], lines.get(i)[1]);
            if (cells == null || cells.size() < 2) {
                i++;
                continue;
            }
            List<Integer> block = new ArrayList<>();
            List<List<int[]>> blockCells = new ArrayList<>();
            int j = i;
            while (j < lines.size()) {
                List<int[]> c = cells(in, lines.get(j)[0], lines.get(j)[1]);
                if (c == null || c.isEmpty() || c.size() == 1 && c.get(0)[0] - lines.get(j)[0] < GAP) {
                    break;
                }
                block.add(j);
                blockCells.add(c);
                j++;
            }
            while (!blockCells.isEmpty() && blockCells.get(blockCells.size() - 1).size() < 2) {
                block.remove(block.size() - 1);
                blockCells.remove(blockCells.size() - 1);
            }
            if (isATable(in, blockCells)) {
                addRows(lines, block, blockCells, out);
            }
            i = Math.max(j, i + 1);
        }
        return out;
    }

    /** Two or more lines with a gap, and a figure cell after a gap on one of them. */
    private static boolean isATable(String in, List<List<int[]>> blockCells) {
        long gapped = blockCells.stream().filter(c -> c.size() >= 2).count();
        if (gapped < 2) {
            return false;
        }
        for (List<int[]> c : blockCells) {
            for (int k = 1; k < c.size(); k++) {
                if (FIGURE_CELL.matcher(in.substring(c.get(k)[0], c.get(k)[1]).toLowerCase()).matches()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void addRows(List<int[]> lines, List<Integer> block, List<List<int[]>> blockCells, Map<Integer, Row> out) {
        List<int[]> spans = new ArrayList<>();
        for (int b = 0; b < block.size(); b++) {
            int lineStart = lines.get(block.get(b))[0];
            for (int[] c : blockCells.get(b)) {
                spans.add(new int[] {c[0] - lineStart, c[1] - lineStart});
            }
        }
        spans.sort((a, b) -> Integer.compare(a[0], b[0]));
        List<int[]> clusters = new ArrayList<>();
        for (int[] span : spans) {
            int[] last = clusters.isEmpty() ? null : clusters.get(clusters.size() - 1);
            if (last != null && span[0] < last[1]) {
                last[1] = Math.max(last[1], span[1]);
            } else {
                clusters.add(new int[] {span[0], span[1]});
            }
        }
        for (int b = 0; b < block.size(); b++) {
            int lineStart = lines.get(block.get(b))[0];
            List<int[]> c = blockCells.get(b);
            int[] columns = new int[c.size()];
            int previous = -1;
            for (int k = 0; k < c.size(); k++) {
                int at = c.get(k)[0] - lineStart;
                int column = 0;
                while (column + 1 < clusters.size() && clusters.get(column + 1)[0] <= at) {
                    column++;
                }
                if (column <= previous) {
                    return; // two cells of a line in one column: not a table after all
                }
                columns[k] = column;
                previous = column;
            }
            out.put(lineStart, new Row(c, columns, clusters.size()));
        }
    }

    /**
     * The cells of a line (absolute offsets), parted by runs of three or more spaces; null for a line with a tab or a cell
     * separator (read as such elsewhere), empty for a blank line.
     */
    private static List<int[]> cells(String in, int from, int to) {
        List<int[]> cells = new ArrayList<>();
        int k = from;
        while (k < to) {
            char c = in.charAt(k);
            if (c == '\t' || c == '|') {
                return null;
            }
            if (c == ' ' || c == '\r' || c == '\u00A0') {
                k++;
                continue;
            }
            int start = k;
            int end = k;
            while (k < to) {
                char d = in.charAt(k);
                if (d == '\t' || d == '|') {
                    return null;
                }
                if (d == ' ' || d == '\r' || d == '\u00A0') {
                    int run = k;
                    while (run < to && (in.charAt(run) == ' ' || in.charAt(run) == '\r' || in.charAt(run) == '\u00A0')) {
                        run++;
                    }
                    if (run - k >= GAP || run == to) {
                        k = run;
                        break;
                    }
                    k = run;
                    continue;
                }
                k++;
                end = k;
            }
            cells.add(new int[] {start, end});
        }
        return cells;
    }
}
