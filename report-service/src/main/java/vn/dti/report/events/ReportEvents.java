package vn.dti.report.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.dti.report.repository.DataElement;
import vn.dti.report.repository.OrgUnit;
import vn.dti.report.repository.Report;
import vn.dti.report.repository.ReportAdjustment;
import vn.dti.report.repository.ReportValue;
import vn.dti.report.repository.UnitLevel;
import vn.dti.report.repository.ValueSource;
import vn.dti.report.repository.ValueType;
import vn.dti.platform.period.Period;

/** Builds the report events of docs/events.md and records them in the outbox. */
@ApplicationScoped
public class ReportEvents {

    public static final String SUBMITTED = "ReportSubmitted";
    public static final String ACCEPTED = "ReportAccepted";
    public static final String RETURNED = "ReportReturned";
    public static final String AMENDED = "ReportAmended";

    @Inject
    Outbox outbox;

    /** {@code adjustmentReason}: why the reviewer set the value, kept while the value stays the reviewer's. */
    public record ValueItem(String element, ValueType valueType, Object value, boolean adjusted, Object originalValue,
            String adjustmentReason) {
    }

    public record ReportPayload(UUID reportId, int version, String unitCode, String unitName, UnitLevel unitLevel,
            String unitGroup, String province, String period, Period.Kind periodKind, LocalDate periodStart,
            LocalDate periodEnd, UUID campaignId, Instant at, String by, List<ValueItem> values) {
    }

    public record Returned(UUID reportId, int version, String unitCode, String province, String period, String comment,
            String by, String unitGroup) {
    }

    public record Amended(UUID reportId, int version, int previousVersion, String unitCode, String province,
            String period, String reason, String by, String unitGroup) {
    }

    /**
     * The Kafka key of a report event: the unit's province and peer group, so the events of one
     * group stay in order on one partition and the instances of indicator-service share groups.
     * A unit without a group keeps its own code.
     */
    public static String keyOf(Report report, OrgUnit unit) {
        if (unit == null || unit.group == null || unit.group.isBlank()) {
            return report.unitCode;
        }
        return unit.provinceCode + ":" + unit.group;
    }

    public void submitted(Report report, OrgUnit unit, List<ReportValue> values, Map<String, DataElement> catalog) {
        record(SUBMITTED, report, unit, payload(report, unit, values, List.of(), catalog, report.submittedAt, report.updatedBy));
    }

    public void accepted(Report report, OrgUnit unit, List<ReportValue> values, List<ReportAdjustment> adjustments,
            Map<String, DataElement> catalog) {
        List<ReportAdjustment> everyVersion = ReportAdjustment.list("reportId = ?1 and version <= ?2",
                io.quarkus.panache.common.Sort.by("id"), report.id, report.version);
        record(ACCEPTED, report, unit, payload(report, unit, values, everyVersion.isEmpty() ? adjustments : everyVersion, catalog,
                report.reviewedAt, report.reviewedBy));
    }

    /**
     * The payload {@code ReportAccepted} carried for an accepted {@code version} of a report (which
     * may since have been amended), as the reconciliation of another service reads it.
     */
    public static ReportPayload acceptedPayload(Report report, int version, java.time.Instant reviewedAt, String reviewedBy,
            OrgUnit unit, List<ReportValue> values, Map<String, DataElement> catalog) {
        List<ReportAdjustment> everyVersion = ReportAdjustment.list("reportId = ?1 and version <= ?2",
                io.quarkus.panache.common.Sort.by("id"), report.id, version);
        return payload(report, version, unit, values, everyVersion, catalog, reviewedAt, reviewedBy);
    }

    public void returned(Report report, OrgUnit unit) {
        record(RETURNED, report, unit, new Returned(report.id, report.version, report.unitCode, report.provinceCode,
                report.period, report.reviewComment, report.reviewedBy, unit == null ? null : unit.group));
    }

    public void amended(Report report, OrgUnit unit, String reason) {
        record(AMENDED, report, unit, new Amended(report.id, report.version, report.version - 1, report.unitCode,
                report.provinceCode, report.period, reason, report.updatedBy, unit == null ? null : unit.group));
    }

    private void record(String type, Report report, OrgUnit unit, Object payload) {
        outbox.record(Outbox.REPORT_EVENTS, type, keyOf(report, unit), payload);
    }

    private static ReportPayload payload(Report report, OrgUnit unit, List<ReportValue> values,
            List<ReportAdjustment> adjustments, Map<String, DataElement> catalog, Instant at, String by) {
        return payload(report, report.version, unit, values, adjustments, catalog, at, by);
    }

    private static ReportPayload payload(Report report, int version, OrgUnit unit, List<ReportValue> values,
            List<ReportAdjustment> adjustments, Map<String, DataElement> catalog, Instant at, String by) {
        Period period = Period.parse(report.period);
        Map<String, String> originals = adjustments.stream()
                .collect(Collectors.toMap(a -> a.element, a -> a.oldValue == null ? "" : a.oldValue, (first, later) -> first));
        Map<String, String> reasons = adjustments.stream()
                .collect(Collectors.toMap(a -> a.element, a -> a.reason == null ? "" : a.reason, (first, later) -> later));
        Set<String> adjusted = originals.keySet();
        List<ValueItem> items = values.stream()
                .filter(value -> !value.proposed)
                .map(value -> {
                    boolean byReviewer = value.source == ValueSource.ADJUSTMENT && adjusted.contains(value.element);
                    return new ValueItem(value.element, catalog.get(value.element).valueType, value.value(), byReviewer,
                            byReviewer ? originalOf(originals.get(value.element)) : null,
                            byReviewer ? reasons.get(value.element) : null);
                })
                .toList();
        return new ReportPayload(report.id, version, report.unitCode, unit.name, unit.level, unit.group,
                report.provinceCode, report.period, period.kind(), period.start(), period.end(), report.campaignId, at,
                by, items);
    }

    private static Object originalOf(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        if (text.equals("true") || text.equals("false")) {
            return Boolean.valueOf(text);
        }
        return new BigDecimal(text);
    }
}
