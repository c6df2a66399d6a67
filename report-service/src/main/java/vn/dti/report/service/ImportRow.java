package vn.dti.report.service;

import com.fasterxml.jackson.databind.JsonNode;

/** One value of a bulk import: which unit, period and element, the value, and its row for error messages. */
public record ImportRow(int row, String unit, String period, String element, JsonNode value) {
}
