package vn.dti.report.extraction;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A statistics table whose top row names what each column counts and whose rows below hold the figures
 * ("Tổng số hồ sơ | Hồ sơ trực tuyến | Tỷ lệ (%)" over "1.234 | 1.000 | 81"), cells joined by " | " as .docx and
 * Markdown tables are read. Each figure of the unit's own row becomes a statement "heading: figure" that the rules
 * and the lexicon read as if the report had written it out; the statement's place is the figure's cell.
 * <p>
 * The unit's own row is the only row of figures, the row of a year inside the report's period (the latest year when
 * the period is unknown), or the total row ("Tổng cộng", "Toàn tỉnh"). A table of other units' rows without a total
 * gives nothing: their figures are not the unit's. Tables whose labels stand in a column ("Văn bản đi | 1.000") are
 * read where they stand (see {@link TableColumns}).
 */
final class HeadedTables {

    /** A statement made of a column heading and a figure, and where the figure's cell is in the cleaned text. */
    record CellStatement(String statement, int start, int end) {
    }

    private static final Pattern FIGURE = Pattern.compile("\\d");
    private static final Pattern CELL_FIGURE = Pattern.compile(
            "(?:hơn |trên |gần |khoảng |đạt )?\\d{1,3}(?:[.,]\\d{3})*(?:,\\d+)?(?: ?%)?|(?:hơn |trên |gần |khoảng |đạt )?\\d+(?:,\\d+)?(?: ?%)?");
    private static final Pattern SERIAL_HEADING = Pattern.compile("stt|tt|số tt|số thứ tự");
    private static final Pattern NOTE_HEADING = Pattern.compile("ghi chú|đánh giá|nguồn|căn cứ|ghi chu");
    private static final Pattern TOTAL_ROW = Pattern.compile("^(?:tổng cộng|tổng số|tổng|cộng|toàn tỉnh|toàn huyện|toàn thị xã|toàn thành phố|toàn xã|toàn phường|toàn ngành|chung|toàn cơ quan)\\b");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(20[0-4]\\d)(?!\\d)");
    private static final Pattern MONTHS_SPAN = Pattern.compile("(?<!\\d)(?:3|6|9|03|06|09) tháng");
    private static final Pattern PERCENT_HEADING = Pattern.compile("\\(%\\)|tỷ lệ|tỉ lệ|phần trăm");
    private static final Pattern BARE_SHARE_HEADING = Pattern.compile("(?:tỷ lệ|tỉ lệ)\\s*(?:\\(%\\)|%)?|\\(?%\\)?");
    private static final Pattern LEADING_COUNT_WORD = Pattern.compile("^(?:tổng số|số lượng|số)\\s+");
    private static final Pattern SEPARATOR_ROW = Pattern.compile("[|\\s:\\-–]*");
    private static final Pattern OWN_DEPARTMENT_ROW = Pattern.compile("^(?:\\d+\\s+)?(?:khối )?(?:cơ quan|văn phòng) sở\\b");
    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");
    private static final Pattern UNIT_HEADING = Pattern.compile("đvt|đơn vị tính|đơn vị|đv tính");
    private static final Pattern UNIT_CELL = Pattern.compile("%|[\\p{L}]+(?: [\\p{L}]+){0,2}");
    private static final Pattern UNIT_BRACKET = Pattern.compile("\\s*\\((%|triệu đồng|tỷ đồng|nghìn đồng|đồng)\\)\\s*$");
    /** A report has a few statistics tables; reading each statement costs a few milliseconds, so an annex of hundreds is cut. */
    static final int MAX_STATEMENTS = 150;

    private HeadedTables() {
    }

    /** Every figure of the unit's own row of every headed table, as a statement to read. */
    static List<CellStatement> statements(NormalizedText text, ReportHeader header) {
        List<CellStatement> out = new ArrayList<>(IndicatorLines.resultsInLaterSentence(text.lower()));
        for (List<Row> table : tables(text)) {
            out.addAll(statementsOf(laidOutWithSpaces(text, table) ? withWrappedLinesJoined(table) : table, header));
            if (out.size() >= MAX_STATEMENTS) {
                return out.subList(0, MAX_STATEMENTS);
            }
        }
        return out;
    }

    /** A table whose rows are lines without cell separators in the original ({@link SpacedColumns}). */
    private static boolean laidOutWithSpaces(NormalizedText text, List<Row> table) {
        Row first = table.get(0);
        if (first.starts().isEmpty()) {
            return false;
        }
        String original = text.original();
        int at = Math.min(original.length(), text.originalStart(first.starts().get(0)));
        int lineStart = original.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
        int lineEnd = original.indexOf('\n', at);
        String line = original.substring(lineStart, lineEnd < 0 ? original.length() : lineEnd);
        return line.indexOf('|') < 0 && line.indexOf('\t') < 0;
    }

    /**
     * A table set with spaces writes a heading or a label that does not fit its column on the next line: the rows under the top
     * row with a blank first cell and no figure (years aside: "Năm 2023") continue the headings, and a row with one cell alone
     * ("       trực tuyến" under "Tỷ lệ hồ sơ TTHC tiếp nhận") continues that cell of the row above.
     */
    private static List<Row> withWrappedLinesJoined(List<Row> table) {
        List<Row> out = new ArrayList<>();
        out.add(table.get(0));
        boolean headings = true;
        for (Row r : table.subList(1, table.size())) {
            Row above = out.get(out.size() - 1);
            boolean figures = r.cells().stream().anyMatch(c -> CELL_FIGURE.matcher(c).matches() && !YEAR.matcher(c).matches());
            List<Integer> named = new ArrayList<>();
            for (int i = 0; i < r.size(); i++) {
                if (!r.cells().get(i).isBlank()) {
                    named.add(i);
                }
            }
            if (r.size() != above.size() || named.isEmpty()) {
                headings = false;
                out.add(r);
            } else if (headings && !figures && r.cells().get(0).isBlank()) {
                List<String> cells = new ArrayList<>(above.cells());
                for (int i : named) {
                    String onTop = table.get(0).cells().get(i);
                    String base = onTop.isBlank() && i > 0 ? table.get(0).cells().get(i - 1) : cells.get(i);
                    cells.set(i, (base + " " + r.cells().get(i)).strip());
                }
                out.set(out.size() - 1, new Row(cells, above.starts(), above.ends()));
            } else if (!headings && !figures && named.size() == 1 && named.get(0) > 0 && out.size() > 1) {
                int i = named.get(0);
                List<String> cells = new ArrayList<>(above.cells());
                cells.set(i, (cells.get(i) + " " + r.cells().get(i)).strip());
                out.set(out.size() - 1, new Row(cells, above.starts(), above.ends()));
            } else {
                headings = false;
                out.add(r);
            }
        }
        return out;
    }

    private record Row(List<String> cells, List<Integer> starts, List<Integer> ends) {

        int size() {
            return cells.size();
        }

        boolean holdsFigures() {
            return cells.stream().skip(1).anyMatch(c -> FIGURE.matcher(c).find());
        }

        /** Figures other than the years, parts of years and spans that headings name ("Kế hoạch năm 2024", "Năm 2023", "Tháng 9/2025", "6 tháng năm 2024"). */
        boolean holdsFiguresBesidesYears() {
            return cells.stream().skip(1)
                    .anyMatch(c -> FIGURE.matcher(MONTHS_SPAN.matcher(YEAR.matcher(PartsOfTheYear.withoutPartsOfYears(c)).replaceAll("")).replaceAll("")).find());
        }
    }

    private static List<List<Row>> tables(NormalizedText text) {
        String lower = text.lower();
        List<List<Row>> tables = new ArrayList<>();
        List<Row> current = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= lower.length()) {
            int lineEnd = lower.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? lower.length() : lineEnd;
            String line = lower.substring(lineStart, lineEnd);
            if (line.indexOf('|') >= 0 && !SEPARATOR_ROW.matcher(line).matches()) {
                current.add(row(text, lineStart, lineEnd));
            } else if (line.indexOf('|') < 0 && !current.isEmpty()) {
                tables.add(current);
                current = new ArrayList<>();
            }
            lineStart = lineEnd + 1;
        }
        if (!current.isEmpty()) {
            tables.add(current);
        }
        return tables;
    }

    private static Row row(NormalizedText text, int lineStart, int lineEnd) {
        String lower = text.lower();
        List<String> cells = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        int from = lineStart;
        String trimmed = lower.substring(lineStart, lineEnd).strip();
        boolean outerPipes = trimmed.startsWith("|");
        for (int bar = lower.indexOf('|', from); ; bar = lower.indexOf('|', from)) {
            int to = bar < 0 || bar > lineEnd ? lineEnd : bar;
            if (!(outerPipes && (from == lineStart || to == lineEnd) && lower.substring(from, to).isBlank())) {
                addCell(lower, from, to, cells, starts, ends);
            }
            if (to == lineEnd) {
                break;
            }
            from = to + 1;
        }
        return new Row(cells, starts, ends);
    }

    private static void addCell(String lower, int from, int to, List<String> cells, List<Integer> starts, List<Integer> ends) {
        int s = from;
        int e = to;
        while (s < e && Character.isWhitespace(lower.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(lower.charAt(e - 1))) {
            e--;
        }
        cells.add(lower.substring(s, e));
        starts.add(s);
        ends.add(e);
    }

    private static List<CellStatement> statementsOf(List<Row> table, ReportHeader header) {
        int headingRows = 0;
        while (headingRows < table.size() && !table.get(headingRows).holdsFigures()) {
            headingRows++;
        }
        if (headingRows == 0) {
            while (headingRows < table.size() && !table.get(headingRows).holdsFiguresBesidesYears()) {
                headingRows++;
            }
            if (headingRows > 0 && headingRows < table.size()) {
                List<Row> rows = table.subList(headingRows, table.size());
                int width = rows.get(0).size();
                List<String> named = rows.stream().allMatch(r -> r.size() == width) ? headings(table.subList(0, headingRows), width) : null;
                return named != null && labelColumn(named, rows) >= 0 ? labelledRows(named, rows, header) : List.of();
            }
            headingRows = 0;
        }
        if (headingRows == table.size()) {
            return List.of();
        }
        List<Row> data = table.subList(headingRows, table.size());
        int columns = data.get(0).size();
        if (data.stream().anyMatch(r -> r.size() != columns)) {
            return List.of();
        }
        if (headingRows == 0) {
            return labelledRows(Collections.nCopies(columns, ""), data, header);
        }
        List<String> headings = headings(table.subList(0, headingRows), columns);
        if (headings != null && labelsStandInAColumn(headings, data)) {
            return labelledRows(headings, data, header);
        }
        if (headings == null || namesYears(headings)) {
            return List.of();
        }
        Row own = ownRow(data, header);
        return own == null ? List.of() : statementsOf(own, headings, header);
    }

    /**
     * Each column's heading, the heading rows of the table's width joined top to bottom; null when none has its width. A
     * blank cell over a named one continues the heading on its left (a merged cell: "Số hồ sơ tiếp nhận" over "Trực tuyến |
     * Trực tiếp"), and a bare share heading ("Tỷ lệ (%)") is the share of the column on its left.
     */
    private static List<String> headings(List<Row> headingRows, int columns) {
        List<Row> full = headingRows.stream().filter(r -> r.size() == columns).toList();
        if (full.isEmpty()) {
            return null;
        }
        List<String> headings = new ArrayList<>(Collections.nCopies(columns, ""));
        for (int level = 0; level < full.size(); level++) {
            List<String> cells = full.get(level).cells();
            List<String> below = level + 1 < full.size() ? full.get(level + 1).cells() : null;
            for (int i = 0; i < columns; i++) {
                String cell = cells.get(i);
                if (cell.isBlank() && i > 0 && below != null && !below.get(i).isBlank()) {
                    cell = cells.get(i - 1);
                    cells = withCell(cells, i, cell);
                }
                headings.set(i, (headings.get(i) + " " + cell).strip());
            }
        }
        for (int i = 1; i < columns; i++) {
            headings.set(i, PartOfTheLeft.named(headings.get(i), headings.get(i - 1)));
            if (BARE_SHARE_HEADING.matcher(headings.get(i)).matches()) {
                headings.set(i, "tỷ lệ " + LEADING_COUNT_WORD.matcher(headings.get(i - 1)).replaceFirst("") + " (%)");
            }
        }
        return headings;
    }

    private static List<String> withCell(List<String> cells, int index, String value) {
        List<String> copy = new ArrayList<>(cells);
        copy.set(index, value);
        return copy;
    }

    /** "Năm 2022 | Năm 2023" over rows labelled in their first cells: a table {@link TableColumns} reads. */
    private static boolean namesYears(List<String> headings) {
        return headings.stream().filter(h -> YEAR.matcher(h).find()).count() >= 2;
    }

    /** A column of labels whose rows name different things ("Văn bản đi", "Văn bản đến"): figures stand beside their labels. */
    private static boolean labelsStandInAColumn(List<String> headings, List<Row> data) {
        if (data.size() < 2) {
            return false;
        }
        for (int i = 0; i < headings.size(); i++) {
            int column = i;
            if (!SERIAL_HEADING.matcher(headings.get(i)).matches()
                    && data.stream().allMatch(r -> !FIGURE.matcher(r.cells().get(column)).find() && !r.cells().get(column).isBlank())) {
                return data.stream().noneMatch(r -> isTotal(r.cells().get(column)) || YEAR.matcher(r.cells().get(column)).find());
            }
        }
        return false;
    }

    /**
     * An indicator table whose rows are labelled in a column ("| 2.5 | Tỷ lệ máy tính kết nối mạng | % | 100 | 98,5 |"):
     * each row becomes the statement "label: figure unit", the figure from the row's own column (the achieved or the
     * period's, see {@link TableColumns}; the only figure of the row when the headings name no such column) and the unit
     * from the unit column ("ĐVT": "%", "triệu đồng", "hồ sơ") or the label's bracket ("(%)", "(triệu đồng)"). A row whose
     * only figure stands in the plan's or another year's column, or that has two figures and no column to choose, gives
     * nothing.
     */
    private static List<CellStatement> labelledRows(List<String> headings, List<Row> data, ReportHeader header) {
        int label = labelColumn(headings, data);
        if (label < 0) {
            return List.of();
        }
        int unit = unitColumn(headings, data, label);
        String[] named = headings.toArray(String[]::new);
        int preferred = headings.stream().allMatch(String::isBlank) ? -1 : TableColumns.preferredColumn(named, header);
        List<CellStatement> out = new ArrayList<>();
        String previousName = "";
        for (Row r : data) {
            String ownName = PartOfTheLeft.named(r.cells().get(label), previousName);
            previousName = r.cells().get(label);
            int column = preferred;
            if (column < 0) {
                for (int i = 0; i < r.size(); i++) {
                    if (i == label || i == unit || SERIAL_HEADING.matcher(headings.get(i)).matches() || NOTE_HEADING.matcher(headings.get(i)).find()
                            || ComparisonColumns.isComparison(headings.get(i), header) || !CELL_FIGURE.matcher(r.cells().get(i)).matches()) {
                        continue;
                    }
                    if (column >= 0) {
                        column = -2;
                        break;
                    }
                    column = i;
                }
                if (column < 0 || TableColumns.notOwnColumn(named, column, header)) {
                    continue;
                }
            }
            String cell = column < r.size() ? r.cells().get(column) : "";
            if (!CELL_FIGURE.matcher(cell).matches() || YEAR.matcher(cell).matches()) {
                continue;
            }
            String name = ownName;
            String unitWord = unit >= 0 ? r.cells().get(unit) : "";
            Matcher bracket = UNIT_BRACKET.matcher(name);
            if (bracket.find()) {
                unitWord = unitWord.isBlank() ? bracket.group(1) : unitWord;
                name = name.substring(0, bracket.start()).strip();
            }
            String figure = cell;
            if (unitWord.equals("%")) {
                figure = cell.contains("%") ? cell : cell + "%";
            } else if (!unitWord.isBlank() && !FIGURE.matcher(unitWord).find() && unitWord.length() <= 20) {
                figure = cell + " " + unitWord;
            }
            out.add(new CellStatement(name + ": " + figure, r.starts().get(column), r.ends().get(column)));
        }
        return out;
    }

    /** The first column, not a serial number's, whose cells are all words (the row labels); -1 when none. */
    private static int labelColumn(List<String> headings, List<Row> data) {
        for (int i = 0; i < headings.size(); i++) {
            int column = i;
            if (!SERIAL_HEADING.matcher(headings.get(i)).matches() && data.stream().allMatch(r -> isLabel(r.cells().get(column)))) {
                return data.stream().anyMatch(r -> isBareTotal(r.cells().get(column)) || YEAR.matcher(r.cells().get(column)).find()) ? -1 : i;
            }
        }
        return -1;
    }

    /** Words, not a figure ("Tỷ lệ thôn có sóng 4G" is a label; "%" and "12" are not). */
    private static boolean isLabel(String cell) {
        return !cell.isBlank() && !CELL_FIGURE.matcher(cell).matches() && WORD.matcher(cell).find();
    }

    /** The unit column: headed "ĐVT" / "Đơn vị tính", or (without headings) a later column of short words or "%". */
    private static int unitColumn(List<String> headings, List<Row> data, int label) {
        for (int i = 0; i < headings.size(); i++) {
            if (UNIT_HEADING.matcher(headings.get(i)).matches()) {
                return i;
            }
        }
        if (!headings.stream().allMatch(String::isBlank)) {
            return -1;
        }
        for (int i = label + 1; i < headings.size(); i++) {
            int column = i;
            if (data.stream().allMatch(r -> UNIT_CELL.matcher(r.cells().get(column)).matches())) {
                return i;
            }
        }
        return -1;
    }

    private static Row ownRow(List<Row> data, ReportHeader header) {
        if (data.size() == 1) {
            return data.get(0);
        }
        if (header.level() == UnitLevel.DEPARTMENT) {
            Row own = departmentsOwnRow(data);
            if (own != null) {
                return own;
            }
        }
        for (Row r : data) {
            if (r.cells().stream().anyMatch(HeadedTables::isTotal)) {
                return r;
            }
        }
        return rowOfThePeriod(data, header);
    }

    /** "Tổng cộng", "Tổng số (toàn huyện)", "Toàn tỉnh": a total row's label, not an indicator's ("Tổng số TTHC"). */
    private static boolean isBareTotal(String cell) {
        Matcher m = TOTAL_ROW.matcher(cell);
        return m.find() && (!m.group().startsWith("tổng") || m.group().equals("tổng cộng") || cell.substring(m.end()).isBlank()
                || cell.substring(m.end()).strip().startsWith("("));
    }

    /** A department's own row in a table by blocks ("Cơ quan Sở | …", "Các trường trực thuộc | …", "Toàn ngành | …"). */
    private static Row departmentsOwnRow(List<Row> data) {
        Row own = null;
        for (Row r : data) {
            if (OWN_DEPARTMENT_ROW.matcher(rowLabel(r)).find()) {
                if (own != null) {
                    return null;
                }
                own = r;
            }
        }
        return own;
    }

    private static boolean isTotal(String cell) {
        return TOTAL_ROW.matcher(cell).find();
    }

    /** The row of the latest year inside the period; none when a row names no year or two rows name that year (quarters, months). */
    private static Row rowOfThePeriod(List<Row> data, ReportHeader header) {
        Row best = null;
        int bestYear = 0;
        boolean twice = false;
        for (Row r : data) {
            Matcher y = YEAR.matcher(rowLabel(r));
            if (!y.find()) {
                return null;
            }
            int year = Integer.parseInt(y.group(1));
            boolean inside = header.period() == null || year >= header.periodStartYear() && year <= header.periodEndYear();
            if (inside && year == bestYear) {
                twice = true;
            } else if (inside && year > bestYear) {
                best = r;
                bestYear = year;
                twice = false;
            }
        }
        return twice ? null : best;
    }

    /** The first two cells, where a row's label stands (after its serial number). */
    private static String rowLabel(Row r) {
        return r.size() < 2 ? r.cells().get(0) : r.cells().get(0) + " " + r.cells().get(1);
    }

    private static List<CellStatement> statementsOf(Row row, List<String> headings, ReportHeader header) {
        List<CellStatement> out = new ArrayList<>();
        for (int i = 0; i < headings.size(); i++) {
            String heading = headings.get(i);
            String cell = row.cells().get(i);
            if (heading.isBlank() || SERIAL_HEADING.matcher(heading).matches() || NOTE_HEADING.matcher(heading).find()
                    || ComparisonColumns.isComparison(heading, header) || !CELL_FIGURE.matcher(cell).matches() || YEAR.matcher(cell).matches()) {
                continue;
            }
            String figure = PERCENT_HEADING.matcher(heading).find() && !cell.contains("%") ? cell + "%" : cell;
            String statement = heading.replace("(%)", "").strip() + ": " + figure;
            out.add(new CellStatement(statement, row.starts().get(i), row.ends().get(i)));
        }
        return out;
    }
}
