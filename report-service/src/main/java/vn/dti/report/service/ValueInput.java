package vn.dti.report.service;

import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One value a client sends: {@code {"element":"dvc.online_full","value":5}}. The value may be a
 * JSON number or boolean, a string in Vietnamese number format ("26.157", "64,39%"), or null to
 * remove it.
 */
public record ValueInput(String element, JsonNode value, UUID evidenceId) {
}
