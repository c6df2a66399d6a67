package vn.dti.indicator.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import vn.dti.indicator.scoring.UnitLevel;

/** The report of {@code ReportSubmitted} and {@code ReportAccepted} (docs/events.md). */
public record ReportPayload(UUID reportId, int version, String unitCode, String unitName, UnitLevel unitLevel,
        String unitGroup, String province, String period, Instant at, String by, List<Value> values) {

    /** {@code value} is a JSON number or boolean. */
    public record Value(String element, String valueType, JsonNode value, boolean adjusted, JsonNode originalValue,
            String adjustmentReason) {
    }
}
