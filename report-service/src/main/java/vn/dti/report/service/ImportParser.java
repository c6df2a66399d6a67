package vn.dti.report.service;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import vn.dti.platform.problem.ProblemException;
import vn.dti.platform.rest.TextRules;

/**
 * Reads bulk-import bodies: JSON {@code {"period":"2023","dataValues":[{"unit","element","value","period"?}]}}
 * or CSV with the header {@code unit,period,element,value} (comma or semicolon separated, quotes allowed).
 */
public final class ImportParser {

    private ImportParser() {
    }

    public static List<ImportRow> fromJson(JsonNode body) {
        if (body == null || !body.path("dataValues").isArray()) {
            throw ProblemException.invalid("dataValues", "is required: a list of {unit, element, value}");
        }
        String defaultPeriod = body.path("period").isTextual() ? body.path("period").asText() : null;
        List<ImportRow> rows = new ArrayList<>();
        int row = 0;
        for (JsonNode item : body.path("dataValues")) {
            row++;
            String period = item.path("period").isTextual() ? item.path("period").asText() : defaultPeriod;
            String prefix = "dataValues[" + (row - 1) + "].";
            rows.add(new ImportRow(row, checked(prefix + "unit", text(item, "unit")), checked(prefix + "period", period),
                    checked(prefix + "element", text(item, "element")), item.get("value")));
        }
        return rows;
    }

    public static List<ImportRow> fromCsv(String csv) {
        String[] lines = csv.replace("\r\n", "\n").split("\n");
        if (lines.length == 0 || lines[0].isBlank()) {
            throw ProblemException.invalid("file", "is empty");
        }
        char separator = lines[0].contains(";") && !lines[0].contains(",") ? ';' : ',';
        List<String> header = split(lines[0].replace("\uFEFF", ""), separator).stream().map(h -> h.strip().toLowerCase()).toList();
        int unit = column(header, "unit");
        int period = column(header, "period");
        int element = column(header, "element");
        int value = column(header, "value");
        List<ImportRow> rows = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            List<String> cells = split(lines[i], separator);
            String prefix = "line " + (i + 1) + ": ";
            rows.add(new ImportRow(i, checked(prefix + "unit", cell(cells, unit)), checked(prefix + "period", cell(cells, period)),
                    checked(prefix + "element", cell(cells, element)), cellValue(checked(prefix + "value", cell(cells, value)))));
        }
        return rows;
    }

    /** Codes are single-line text without control characters; anything else cannot name a unit or element. */
    private static String checked(String field, String value) {
        String rule = TextRules.problemOfParameter(value);
        if (rule != null) {
            throw ProblemException.malformed(field, rule);
        }
        return value;
    }

    private static int column(List<String> header, String name) {
        int index = header.indexOf(name);
        if (index < 0) {
            throw ProblemException.invalid("file", "the CSV header must name the columns unit, period, element, value");
        }
        return index;
    }

    private static String text(JsonNode item, String field) {
        JsonNode node = item.get(field);
        return node == null || node.isNull() ? null : node.asText();
    }

    private static String cell(List<String> cells, int index) {
        return index < cells.size() && !cells.get(index).isBlank() ? cells.get(index).strip() : null;
    }

    /** CSV cells are text: "true"/"false" become booleans, the rest stays text for the number reader. */
    private static JsonNode cellValue(String cell) {
        if (cell == null) {
            return JsonNodeFactory.instance.nullNode();
        }
        if (cell.equalsIgnoreCase("true") || cell.equalsIgnoreCase("false")) {
            return JsonNodeFactory.instance.booleanNode(Boolean.parseBoolean(cell.toLowerCase()));
        }
        return JsonNodeFactory.instance.textNode(cell);
    }

    static List<String> split(String line, char separator) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"' && quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == separator && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
