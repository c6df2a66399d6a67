package vn.dti.indicator.events;

import java.util.UUID;

/** Payload of {@code ReportAmended}: a new version of an accepted report is being prepared. */
public record ReportAmended(UUID reportId, int version, int previousVersion, String unitCode, String province,
        String period, String reason, String by) {
}
