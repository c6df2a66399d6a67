package vn.dti.report.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.dti.platform.problem.Problem;
import vn.dti.report.events.ReportEvents;
import vn.dti.report.repository.OrgUnit;
import vn.dti.report.repository.Report;
import vn.dti.report.repository.ReportAdjustment;
import vn.dti.report.repository.ReportSection;
import vn.dti.report.repository.ReportStatus;
import vn.dti.report.repository.ReportValue;
import vn.dti.report.repository.ReportVersion;
import vn.dti.platform.problem.Problem.FieldError;
import vn.dti.platform.problem.ProblemException;
import vn.dti.report.security.CallerScope;

/**
 * The lifecycle DRAFT → SUBMITTED → RETURNED (editable again) or ACCEPTED → LOCKED; an accepted
 * report is amended as a new version that goes through review again. Each transition is audited
 * and announced through the outbox in the same transaction.
 */
@ApplicationScoped
public class ReportWorkflow {

    @Inject
    CallerScope caller;

    @Inject
    ReportAccess access;

    @Inject
    ReportContent content;

    @Inject
    Catalog catalog;

    @Inject
    AuditTrail audit;

    @Inject
    ReportEvents events;

    @Transactional
    public ReportView submit(UUID id) {
        Report report = access.forEditing(id);
        requireStatus(report, "submit", ReportStatus.DRAFT, ReportStatus.RETURNED);
        List<ReportValue> values = content.values(report.id, report.version);
        if (values.stream().anyMatch(v -> v.proposed)) {
            throw ProblemException.conflict("Report " + id + " still has proposed values: confirm or remove them before submitting");
        }
        Instant now = Instant.now();
        moveTo(report, ReportStatus.SUBMITTED, "SUBMITTED", null);
        report.submittedAt = now;
        if (report.firstSubmittedAt == null) {
            report.firstSubmittedAt = now;
        }
        currentVersion(report).submittedAt = now;
        events.submitted(report, unitOf(report), values, catalog.elements());
        return flushed(report);
    }

    @Transactional
    public ReportView review(UUID id, ReviewDecision decision) {
        Report report = access.forReview(id);
        requireStatus(report, "review", ReportStatus.SUBMITTED);
        report.reviewedAt = Instant.now();
        report.reviewedBy = caller.userName();
        report.reviewComment = decision.comment();
        ReportVersion version = currentVersion(report);
        version.reviewedAt = report.reviewedAt;
        version.reviewedBy = report.reviewedBy;
        version.comment = decision.comment();
        if (decision.decision() == ReviewDecision.Decision.RETURN) {
            return returned(report, decision);
        }
        return accepted(report, decision.adjustmentsOrNone());
    }

    /** Opens version n+1 of an accepted report as a draft; version n stays readable and in force until then. */
    @Transactional
    public ReportView amend(UUID id, String reason) {
        Report report = access.forEditing(id);
        requireStatus(report, "amend", ReportStatus.ACCEPTED);
        int previous = report.version;
        report.version = previous + 1;
        copyContent(report.id, previous, report.version);
        ReportVersion next = new ReportVersion();
        next.reportId = report.id;
        next.version = report.version;
        next.status = ReportStatus.DRAFT;
        next.openedAt = Instant.now();
        next.openedBy = caller.userName();
        next.persist();
        report.submittedAt = null;
        report.reviewedAt = null;
        report.reviewedBy = null;
        report.reviewComment = null;
        moveTo(report, ReportStatus.DRAFT, "AMENDED", reason);
        events.amended(report, unitOf(report), reason);
        return flushed(report);
    }

    /** Locks the accepted reports a closed campaign asked for: they can no longer be amended. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int lockAccepted(vn.dti.report.repository.Campaign campaign) {
        List<Report> accepted = Report.list("period = ?1 and status = ?2 and unitCode in "
                + "(select t.unitCode from CampaignTarget t where t.campaignId = ?3)",
                campaign.period, ReportStatus.ACCEPTED, campaign.id);
        for (Report report : accepted) {
            report.lockedAt = Instant.now();
            moveTo(report, ReportStatus.LOCKED, "LOCKED", "campaign closed");
        }
        return accepted.size();
    }

    private ReportView returned(Report report, ReviewDecision decision) {
        if (decision.comment() == null || decision.comment().isBlank()) {
            throw ProblemException.invalid("comment", "say what the unit must correct when returning a report");
        }
        if (!decision.adjustmentsOrNone().isEmpty()) {
            throw ProblemException.invalid("adjustments", "are applied only when accepting; a returned report is corrected by its unit");
        }
        moveTo(report, ReportStatus.RETURNED, "RETURNED", decision.comment());
        events.returned(report, unitOf(report));
        return flushed(report);
    }

    private ReportView accepted(Report report, List<ReviewDecision.Adjustment> adjustments) {
        applyAdjustments(report, adjustments);
        moveTo(report, ReportStatus.ACCEPTED, "ACCEPTED", report.reviewComment);
        events.accepted(report, unitOf(report), content.values(report.id, report.version),
                content.adjustments(report.id, report.version), catalog.elements());
        return flushed(report);
    }

    private void applyAdjustments(Report report, List<ReviewDecision.Adjustment> adjustments) {
        if (adjustments.isEmpty()) {
            return;
        }
        ValueValidator validator = catalog.validator();
        List<FieldError> errors = new ArrayList<>();
        Map<String, ValueValidator.Typed> parsed = new HashMap<>();
        for (ReviewDecision.Adjustment adjustment : adjustments) {
            validator.parse(adjustment.element(), adjustment.element(), adjustment.value(), errors)
                    .ifPresent(typed -> parsed.put(adjustment.element(), typed));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(422, "Dữ liệu không hợp lệ / Validation failed", "An adjustment breaks a rule", errors);
        }
        Map<String, ReportValue> stored = new HashMap<>();
        content.values(report.id, report.version).forEach(v -> stored.put(v.element, v));
        for (ReviewDecision.Adjustment adjustment : adjustments) {
            adjust(report, stored.get(adjustment.element()), adjustment, parsed.get(adjustment.element()));
        }
    }

    private void adjust(Report report, ReportValue current, ReviewDecision.Adjustment adjustment, ValueValidator.Typed typed) {
        if (typed.isRemoved()) {
            throw ProblemException.invalid(adjustment.element(), "an adjustment gives a value; ask the unit to remove one");
        }
        Object before = current == null ? null : current.value();
        ReportValue value = ReportValue.existingOrNew(current, report.id, report.version, adjustment.element());
        value.set(typed.number(), typed.bool(), vn.dti.report.repository.ValueSource.ADJUSTMENT, false, caller.userName());
        value.persist();
        ReportAdjustment record = new ReportAdjustment();
        record.reportId = report.id;
        record.version = report.version;
        record.element = adjustment.element();
        record.oldValue = before == null ? null : plain(before);
        record.newValue = plain(value.value());
        record.reason = adjustment.reason();
        record.adjustedBy = value.updatedBy;
        record.adjustedAt = value.updatedAt;
        record.persist();
        audit.change(AuditTrail.REPORT, report.id.toString(), "ADJUSTED", adjustment.element(), before, value.value(),
                adjustment.reason());
    }

    private void copyContent(UUID reportId, int from, int to) {
        content.values(reportId, from).forEach(value -> value.copyFor(to).persist());
        for (ReportSection section : content.sections(reportId, from)) {
            ReportSection copy = new ReportSection();
            copy.reportId = reportId;
            copy.version = to;
            copy.position = section.position;
            copy.title = section.title;
            copy.body = section.body;
            copy.persist();
        }
    }

    private void moveTo(Report report, ReportStatus status, String action, String reason) {
        audit.change(AuditTrail.REPORT, report.id.toString(), action, "status", report.status, status, reason);
        report.status = status;
        report.updatedAt = Instant.now();
        report.updatedBy = caller.userName();
        currentVersion(report).status = status;
    }

    private static void requireStatus(Report report, String action, ReportStatus... allowed) {
        for (ReportStatus status : allowed) {
            if (report.status == status) {
                return;
            }
        }
        throw ProblemException.conflict("Cannot " + action + " report " + report.id + " in status " + report.status
                + " (allowed from " + Arrays.toString(allowed) + ")");
    }

    private static ReportVersion currentVersion(Report report) {
        return ReportVersion.find("reportId = ?1 and version = ?2", report.id, report.version).firstResult();
    }

    private static OrgUnit unitOf(Report report) {
        return OrgUnit.findById(report.unitCode);
    }

    private ReportView flushed(Report report) {
        Report.flush();
        return content.view(report);
    }

    private static String plain(Object value) {
        return value instanceof java.math.BigDecimal number ? number.stripTrailingZeros().toPlainString() : String.valueOf(value);
    }
}
