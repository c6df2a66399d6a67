package vn.dti.report.service;

import vn.dti.platform.period.Period;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnore;

import vn.dti.report.repository.Report;
import vn.dti.report.repository.ReportAdjustment;
import vn.dti.report.repository.ReportSection;
import vn.dti.report.repository.ReportStatus;
import vn.dti.report.repository.ReportValue;
import vn.dti.report.repository.ValueSource;

/** A report (one version of it) as clients see it. */
public record ReportView(UUID id, String unitCode, String period, String periodLabel, ReportStatus status, int version,
        UUID campaignId, List<ValueView> values, Narrative narrative, List<AdjustmentView> adjustments,
        Instant createdAt, String createdBy, Instant updatedAt, Instant submittedAt, Instant reviewedAt,
        String reviewedBy, String reviewComment, @JsonIgnore long revision) {

    public record ValueView(String element, Object value, ValueSource source, UUID evidenceId, String quote,
            BigDecimal confidence, boolean proposed, Instant updatedAt, String updatedBy, String extractionSource,
            boolean adjusted) {

        static ValueView of(ReportValue value) {
            return new ValueView(value.element, value.value(), value.source, value.evidenceId, value.quote,
                    value.confidence, value.proposed, value.updatedAt, value.updatedBy, value.extractionSource,
                    value.source == ValueSource.ADJUSTMENT);
        }
    }

    public record Narrative(List<Section> sections) {
    }

    public record Section(String title, String body) {

        static Section of(ReportSection section) {
            return new Section(section.title, section.body);
        }
    }

    public record AdjustmentView(String element, String oldValue, String newValue, String reason, String by, Instant at) {

        static AdjustmentView of(ReportAdjustment adjustment) {
            return new AdjustmentView(adjustment.element, adjustment.oldValue, adjustment.newValue, adjustment.reason,
                    adjustment.adjustedBy, adjustment.adjustedAt);
        }
    }

    /** A summary line for lists: no values or narrative. */
    public static ReportView summary(Report report) {
        return new ReportView(report.id, report.unitCode, report.period, Period.parse(report.period).labelVi(),
                report.status, report.version, report.campaignId, null, null, null, report.createdAt,
                report.createdBy, report.updatedAt, report.submittedAt, report.reviewedAt, report.reviewedBy,
                report.reviewComment, report.revision);
    }

    public static ReportView full(Report report, List<ReportValue> values, List<ReportSection> sections,
            List<ReportAdjustment> adjustments) {
        return new ReportView(report.id, report.unitCode, report.period, Period.parse(report.period).labelVi(),
                report.status, report.version, report.campaignId, values.stream().map(ValueView::of).toList(),
                new Narrative(sections.stream().map(Section::of).toList()),
                adjustments.stream().map(AdjustmentView::of).toList(), report.createdAt, report.createdBy,
                report.updatedAt, report.submittedAt, report.reviewedAt, report.reviewedBy, report.reviewComment,
                report.revision);
    }
}
