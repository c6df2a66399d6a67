package vn.dti.report.extraction;

import java.util.ArrayList;
import java.util.List;

import vn.dti.report.extraction.PdfRulings.Segment;

/**
 * A table drawn with borders on a PDF page: its row and column boundaries, and the text of each cell as the page's words
 * fall into it. A row is written as a .docx table row is ({@link DocumentText}): cells joined by " | ", a cell merged over
 * several columns followed by empty ones, so that a cell whose words wrapped over several lines is still one cell.
 */
final class PdfTable {

    /** Borders this close (points) are the same line. */
    private static final float SAME_LINE = 2f;
    private static final int MIN_COLUMNS = 2;
    /** Beyond this many border lines a page is a drawing (a chart, a map), not a form; its tables are left to the line reading. */
    private static final int MAX_SEGMENTS = 3000;

    private final List<Float> rows;
    private final List<Float> columns;
    private final List<Segment> verticals;
    private final StringBuilder[][] cells;

    private PdfTable(List<Float> rows, List<Float> columns, List<Segment> verticals) {
        this.rows = rows;
        this.columns = columns;
        this.verticals = verticals;
        this.cells = new StringBuilder[rows.size() - 1][columns.size() - 1];
    }

    /** The tables the page's borders draw: groups of crossing lines with at least two rows and two columns. */
    static List<PdfTable> of(List<Segment> segments) {
        if (segments.size() > MAX_SEGMENTS) {
            return List.of();
        }
        int n = segments.size();
        int[] group = new int[n];
        for (int i = 0; i < n; i++) {
            group[i] = i;
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (touch(segments.get(i), segments.get(j))) {
                    group[root(group, i)] = root(group, j);
                }
            }
        }
        List<PdfTable> tables = new ArrayList<>();
        for (int g = 0; g < n; g++) {
            if (root(group, g) != g) {
                continue;
            }
            List<Segment> members = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (root(group, i) == g) {
                    members.add(segments.get(i));
                }
            }
            List<Float> rows = positions(members, true);
            List<Float> columns = positions(members, false);
            if (rows.size() >= 2 && columns.size() > MIN_COLUMNS) {
                tables.add(new PdfTable(rows, columns, members.stream().filter(s -> !s.horizontal()).toList()));
            }
        }
        tables.sort((a, b) -> Float.compare(a.rows.get(0), b.rows.get(0)));
        return tables;
    }

    /**
     * A row that a page break cut in two: the next page opens with a row of as many cells whose first (its number) is empty,
     * or whose only words go on with the label in lower case ("tuyến | | |").
     * Its cells are appended to those of the last row before the break, in {@code text}; the page's remaining text is returned.
     */
    static String restOfRowCutByPage(StringBuilder text, String page) {
        int end = text.length() - 1;
        int lineEnd = page.indexOf('\n');
        String firstRow = lineEnd < 0 ? page : page.substring(0, lineEnd);
        if (end < 0 || text.charAt(end) != '\n' || !firstRow.contains(" |")) {
            return page;
        }
        int start = text.lastIndexOf("\n", end - 1) + 1;
        List<String> before = cells(text.substring(start, end));
        List<String> after = cells(firstRow);
        if (before.size() < MIN_COLUMNS || before.size() != after.size() || !(after.get(0).isEmpty() || continuesALabel(after))) {
            return page;
        }
        List<String> joined = new ArrayList<>();
        for (int i = 0; i < before.size(); i++) {
            joined.add((before.get(i) + " " + after.get(i)).strip());
        }
        text.replace(start, end, String.join(" | ", joined));
        return lineEnd < 0 ? "" : page.substring(lineEnd + 1);
    }

    /**
     * The rows that open a page and go on with the table the page before ended with, widened to its number of cells: a column
     * that is empty all down the second page (the notes) finds no words there, so its rows came out a cell short.
     */
    static String rowsGoingOnWidened(StringBuilder text, String page) {
        int end = text.length() - 1;
        if (end < 0 || text.charAt(end) != '\n') {
            return page;
        }
        String lastRow = text.substring(text.lastIndexOf("\n", end - 1) + 1, end);
        int width = lastRow.contains(" |") ? cells(lastRow).size() : 0;
        List<String> lines = new ArrayList<>(List.of(page.split("\n", -1)));
        for (int i = 0; i < lines.size() && width > MIN_COLUMNS; i++) {
            String line = lines.get(i);
            int cells = line.contains(" |") ? cells(line).size() : 0;
            if (cells < MIN_COLUMNS || cells >= width) {
                break;
            }
            lines.set(i, line.stripTrailing() + " |".repeat(width - cells));
        }
        return String.join("\n", lines);
    }

    private static boolean continuesALabel(List<String> row) {
        return !row.get(0).isEmpty() && Character.isLowerCase(row.get(0).codePointAt(0))
                && row.stream().skip(1).allMatch(String::isEmpty);
    }

    private static List<String> cells(String row) {
        return List.of((" " + row + " ").split("\\s\\|(?=\\s)", -1)).stream().map(String::strip).toList();
    }

    /** The row and column of the cell at this point (the column where a merged cell starts), or null outside the table. */
    int[] cellAt(float x, float y) {
        if (y <= rows.get(0) || y >= rows.get(rows.size() - 1) || x <= columns.get(0) || x >= columns.get(columns.size() - 1)) {
            return null;
        }
        int row = interval(rows, y);
        return new int[] {row, cellStart(row, interval(columns, x))};
    }

    void add(int[] at, String words) {
        if (words.isBlank()) {
            return;
        }
        StringBuilder cell = cells[at[0]][at[1]];
        if (cell == null) {
            cells[at[0]][at[1]] = new StringBuilder(words.strip());
        } else {
            cell.append(' ').append(words.strip());
        }
    }

    /** The rows that hold words, one line each. */
    String text() {
        StringBuilder out = new StringBuilder();
        for (StringBuilder[] row : cells) {
            List<String> texts = new ArrayList<>();
            boolean words = false;
            for (StringBuilder cell : row) {
                texts.add(cell == null ? "" : cell.toString());
                words |= cell != null;
            }
            if (words) {
                out.append(String.join(" | ", texts)).append('\n');
            }
        }
        return out.toString();
    }

    /** The first column of the cell that holds {@code column} in this row: an inner border missing here merges the two. */
    private int cellStart(int row, int column) {
        float middle = (rows.get(row) + rows.get(row + 1)) / 2;
        int start = column;
        while (start > 0 && !hasBorder(columns.get(start), middle)) {
            start--;
        }
        return start;
    }

    private boolean hasBorder(float x, float y) {
        return verticals.stream().anyMatch(v -> Math.abs(v.position() - x) <= SAME_LINE && v.from() - SAME_LINE <= y && y <= v.to() + SAME_LINE);
    }

    private static int interval(List<Float> bounds, float value) {
        int i = 0;
        while (i + 2 < bounds.size() && value > bounds.get(i + 1)) {
            i++;
        }
        return i;
    }

    private static List<Float> positions(List<Segment> members, boolean horizontal) {
        List<Float> sorted = members.stream().filter(s -> s.horizontal() == horizontal).map(Segment::position).sorted().toList();
        List<Float> distinct = new ArrayList<>();
        for (Float p : sorted) {
            if (distinct.isEmpty() || p - distinct.get(distinct.size() - 1) > SAME_LINE) {
                distinct.add(p);
            }
        }
        return distinct;
    }

    private static boolean touch(Segment a, Segment b) {
        if (a.horizontal() == b.horizontal()) {
            return Math.abs(a.position() - b.position()) <= SAME_LINE && a.from() <= b.to() + SAME_LINE && b.from() <= a.to() + SAME_LINE;
        }
        Segment h = a.horizontal() ? a : b;
        Segment v = a.horizontal() ? b : a;
        return h.from() - SAME_LINE <= v.position() && v.position() <= h.to() + SAME_LINE
                && v.from() - SAME_LINE <= h.position() && h.position() <= v.to() + SAME_LINE;
    }

    private static int root(int[] group, int i) {
        while (group[i] != i) {
            group[i] = group[group[i]];
            i = group[i];
        }
        return i;
    }
}
