package vn.dti.report.extraction;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which cell of a table row ("Văn bản đi | 1.000 | 1.234", cells joined by " | " as .docx tables and
 * Markdown tables are read) holds the report's own figure, judged by the table's first row: the column of
 * a year inside the report's period ("Năm 2022 | Năm 2023"), or the achieved column rather than the planned
 * one ("Kế hoạch | Thực hiện").
 */
final class TableColumns {

    /** Read the figure where it stands. */
    static final int AS_IS = 0;
    /** The figure stands in another year's or the plan's column, and no better column exists. */
    static final int SKIP = -1;

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(20[0-4]\\d)(?!\\d)");
    private static final Pattern ACHIEVED = Pattern.compile("thực hiện|kết quả|đạt được|thực tế|số liệu");
    private static final Pattern PLANNED = Pattern.compile("kế hoạch|chỉ tiêu|mục tiêu|dự kiến|kỳ vọng");
    private static final Pattern PERCENT_CELL = Pattern.compile("\\s*(?:hơn |trên |gần |khoảng |đạt )?(?<figure>(?<num>\\d{1,3}(?:[.,]\\d+)?) ?%)\\s*$");
    private static final Pattern COUNT_CELL = Pattern.compile("\\s*(?:hơn |trên |gần |khoảng |đạt )?(?<figure>(?<num>\\d{1,3}(?:\\.\\d{3})+|\\d+))(?: [\\p{L} ]{1,20})?\\s*$");
    private static final Pattern SEPARATOR_ROW = Pattern.compile("[|\\s:\\-–]*");
    private static final Pattern FIGURE_ONLY = Pattern.compile("\\d{1,3}(?:[.,]\\d{3})*(?:,\\d+)?\\s*%?|\\d+(?:,\\d+)?\\s*%?");

    private TableColumns() {
    }

    /**
     * @param lower the lower-case text
     * @param figureStart where the figure found after a phrase starts, inside a row
     * @return {@link #AS_IS}, {@link #SKIP}, or the offset where the preferred cell of the row starts
     */
    static int cellToRead(String lower, int figureStart, ReportHeader header) {
        int lineStart = lower.lastIndexOf('\n', figureStart - 1) + 1;
        int lineEnd = lower.indexOf('\n', figureStart);
        lineEnd = lineEnd < 0 ? lower.length() : lineEnd;
        if (count(lower, lineStart, lineEnd) < 2) {
            return AS_IS;
        }
        String headerRow = firstRow(lower, lineStart);
        if (headerRow == null) {
            return AS_IS;
        }
        String[] headings = headerRow.split("\\|", -1);
        int figureCell = count(lower, lineStart, figureStart);
        int preferred = preferredColumn(headings, header);
        if (preferred < 0 || preferred == figureCell) {
            return figureCell < headings.length && notOwnColumn(headings, figureCell, header) ? SKIP : AS_IS;
        }
        int at = lineStart;
        for (int i = 0; i < preferred; i++) {
            at = lower.indexOf('|', at);
            if (at < 0 || at >= lineEnd) {
                return SKIP;
            }
            at++;
        }
        return at;
    }

    /** The figure of the element's type that the cell starting at {@code cellStart} holds, with where the figure ends. */
    static Optional<Map.Entry<BigDecimal, Integer>> cellValue(String lower, int cellStart, ValueType type) {
        int end = cellStart;
        while (end < lower.length() && lower.charAt(end) != '|' && lower.charAt(end) != '\n') {
            end++;
        }
        Pattern figure = switch (type) {
            case PERCENT -> PERCENT_CELL;
            case COUNT -> COUNT_CELL;
            default -> null;
        };
        if (figure == null) {
            return Optional.empty();
        }
        Matcher m = figure.matcher(lower).region(cellStart, end);
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        Optional<BigDecimal> value = type == ValueType.PERCENT ? VietnameseNumbers.parsePercent(m.group("num")) : VietnameseNumbers.parse(m.group("num"));
        return value.map(v -> Map.entry(v, m.end("figure")));
    }

    /** The top row of the block of table lines above the row (a Markdown separator row is passed over). */
    private static String firstRow(String lower, int rowStart) {
        String top = null;
        int topStart = -1;
        int prevEnd = rowStart - 1;
        while (prevEnd > 0) {
            int prevStart = lower.lastIndexOf('\n', prevEnd - 1) + 1;
            String prev = lower.substring(prevStart, prevEnd);
            if (prev.indexOf('|') < 0) {
                break;
            }
            if (!SEPARATOR_ROW.matcher(prev).matches()) {
                top = prev;
                topStart = prevStart;
            }
            prevEnd = prevStart - 1;
        }
        return top == null ? null : withHeadingRowsBelow(lower, top, topStart, rowStart);
    }

    /**
     * "Kết quả" over "6 tháng năm 2023 | 6 tháng năm 2024": the rows under the top row whose label cell is blank and that hold
     * no figure (years aside) continue its headings, cell by cell; a blank cell over a named one continues the heading on its
     * left (a merged cell).
     */
    private static String withHeadingRowsBelow(String lower, String top, int topStart, int rowStart) {
        String[] headings = top.split("\\|", -1);
        String[] tops = headings.clone();
        int at = lower.indexOf('\n', topStart) + 1;
        while (at > 0 && at < rowStart) {
            int end = lower.indexOf('\n', at);
            end = end < 0 ? lower.length() : end;
            String line = lower.substring(at, end);
            at = end + 1;
            if (SEPARATOR_ROW.matcher(line).matches()) {
                continue;
            }
            String[] cells = line.split("\\|", -1);
            int label = line.strip().startsWith("|") ? 1 : 0;
            if (cells.length != headings.length || cells.length <= label || !cells[label].isBlank()) {
                break;
            }
            boolean figures = false;
            for (String cell : cells) {
                figures |= FIGURE_ONLY.matcher(cell.strip()).matches() && !YEAR.matcher(cell.strip()).matches();
            }
            if (figures) {
                break;
            }
            for (int i = 0; i < cells.length; i++) {
                if (cells[i].isBlank()) {
                    continue;
                }
                if (tops[i].isBlank() && i > 0) {
                    headings[i] = tops[i - 1];
                }
                headings[i] = headings[i] + " " + cells[i].strip();
            }
        }
        return String.join("|", headings);
    }

    static int preferredColumn(String[] allHeadings, ReportHeader header) {
        String[] headings = ComparisonColumns.withoutComparisons(allHeadings, header);
        int ownPart = PartsOfTheYear.columnOfThePeriod(headings, header);
        if (ownPart >= 0) {
            return ownPart;
        }
        if (header.period() == null) {
            int latest = latestYearColumn(headings);
            if (latest >= 0) {
                return latest;
            }
        }
        int yearColumns = 0;
        int own = -1;
        for (int i = 0; i < headings.length; i++) {
            Boolean inside = yearInside(headings[i], header);
            if (inside != null) {
                yearColumns++;
                if (inside && !PLANNED.matcher(headings[i]).find()) {
                    own = i;
                }
            }
        }
        if (yearColumns >= 2) {
            return own;
        }
        int achieved = -1;
        boolean planned = false;
        for (int i = 0; i < headings.length; i++) {
            boolean plan = PLANNED.matcher(headings[i]).find();
            planned |= plan;
            if (achieved < 0 && !plan && ACHIEVED.matcher(headings[i]).find()) {
                achieved = i;
            }
        }
        return planned ? achieved : -1;
    }

    /** With the period unknown, "Năm 2022 | Năm 2023": the latest year's column (not a plan's), when two or more name a year. */
    private static int latestYearColumn(String[] headings) {
        int latest = -1;
        int latestYear = 0;
        int yearColumns = 0;
        for (int i = 0; i < headings.length; i++) {
            Matcher y = YEAR.matcher(headings[i]);
            if (y.find()) {
                yearColumns++;
                int year = Integer.parseInt(y.group(1));
                if (year > latestYear && !PLANNED.matcher(headings[i]).find()) {
                    latest = i;
                    latestYear = year;
                }
            }
        }
        return yearColumns >= 2 ? latest : -1;
    }

    /** A column of another year, the plan's column, or a comparison's ({@link ComparisonColumns}), in a table that has such headings. */
    static boolean notOwnColumn(String[] headings, int column, ReportHeader header) {
        if (ComparisonColumns.isComparison(headings[column], header)) {
            return true;
        }
        Boolean inside = yearInside(headings[column], header);
        return Boolean.FALSE.equals(inside) || PLANNED.matcher(headings[column]).find() && !ACHIEVED.matcher(headings[column]).find();
    }

    /** null when the heading names no year (or the period is unknown). */
    private static Boolean yearInside(String heading, ReportHeader header) {
        if (header.period() == null) {
            return null;
        }
        Matcher y = YEAR.matcher(heading);
        Boolean inside = null;
        while (y.find()) {
            int year = Integer.parseInt(y.group(1));
            boolean in = year >= header.periodStartYear() && year <= header.periodEndYear();
            inside = Boolean.TRUE.equals(inside) || in;
        }
        return inside;
    }

    private static int count(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == '|') {
                n++;
            }
        }
        return n;
    }
}
