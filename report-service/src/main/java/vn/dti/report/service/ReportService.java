package vn.dti.report.service;

import vn.dti.platform.problem.Problem;
import vn.dti.platform.period.Period;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.dti.report.repository.Campaign;
import vn.dti.report.repository.CampaignTarget;
import vn.dti.report.repository.Evidence;
import vn.dti.report.repository.OrgUnit;
import vn.dti.report.repository.Report;
import vn.dti.report.repository.ReportSection;
import vn.dti.report.repository.ReportStatus;
import vn.dti.report.repository.ReportValue;
import vn.dti.report.repository.ReportVersion;
import vn.dti.report.repository.UnitLevel;
import vn.dti.report.repository.ValueSource;
import vn.dti.platform.rest.Preconditions;
import vn.dti.platform.problem.Problem.FieldError;
import vn.dti.platform.problem.ProblemException;
import vn.dti.report.security.CallerScope;

/** Creating reports and editing their values and narrative while they are drafts. */
@ApplicationScoped
public class ReportService {

    public static final int MAX_VALUES_PER_REQUEST = 500;

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

    @Transactional
    public ReportView create(NewReport request) {
        Period period = parsePeriod(request.period());
        OrgUnit unit = OrgUnit.findById(request.unitCode());
        if (unit == null || !caller.seesUnit(unit.code)) {
            throw ProblemException.notFound("Unit " + request.unitCode());
        }
        if (!caller.editsFor(unit.code)) {
            throw ProblemException.forbidden("Only the reporters of " + unit.code + " create its reports");
        }
        checkUnitReports(unit, period);
        checkCampaign(request.campaignId(), unit, period);
        checkNoClosedCampaign(unit, period);
        Report.<Report>find("unitCode = ?1 and period = ?2", unit.code, period.code()).firstResultOptional()
                .ifPresent(existing -> {
                    throw ProblemException.conflict("Unit " + unit.code + " already has report " + existing.id
                            + " for period " + period.code() + ": one live report per unit and period");
                });
        Report report = newDraft(unit, period, request.campaignId());
        audit.action(AuditTrail.REPORT, report.id.toString(), "CREATED", null);
        return content.view(report);
    }

    /** Replaces the listed values; all are checked first, and nothing is stored if one breaks a rule. */
    @Transactional
    public ReportView putValues(UUID id, List<ValueInput> inputs, String ifMatch) {
        Report report = editableDraft(id, ifMatch);
        boolean changed = applyValues(report, inputs, ValueSource.MANUAL);
        return changed ? touched(report) : content.view(report);
    }

    @Transactional
    public ReportView putNarrative(UUID id, NarrativeInput narrative, String ifMatch) {
        Report report = editableDraft(id, ifMatch);
        ReportSection.delete("reportId = ?1 and version = ?2", report.id, report.version);
        ReportSection.getEntityManager().flush();
        int position = 0;
        for (NarrativeInput.SectionInput input : narrative.sections()) {
            ReportSection section = new ReportSection();
            section.reportId = report.id;
            section.version = report.version;
            section.position = position++;
            section.title = input.title().strip();
            section.body = input.body();
            section.persist();
        }
        audit.action(AuditTrail.REPORT, report.id.toString(), "NARRATIVE_UPDATED", narrative.sections().size() + " sections");
        return touched(report);
    }

    /**
     * Validates and stores values on an editable report; shared by manual edits and imports. A value
     * sent again unchanged is not rewritten (no row, no audit entry), so a retried PUT changes nothing.
     * Returns whether anything changed.
     */
    boolean applyValues(Report report, List<ValueInput> inputs, ValueSource source) {
        if (inputs.size() > MAX_VALUES_PER_REQUEST) {
            throw ProblemException.invalid("values", "at most " + MAX_VALUES_PER_REQUEST + " values per request");
        }
        ValueValidator validator = catalog.validator();
        Map<String, ReportValue> stored = new HashMap<>();
        content.values(report.id, report.version).forEach(value -> stored.put(value.element, value));
        Map<String, ValueValidator.Typed> changes = parseAll(report, inputs, validator);
        Map<String, UUID> evidence = evidenceOf(inputs);
        boolean changed = false;
        for (Map.Entry<String, ValueValidator.Typed> change : changes.entrySet()) {
            ReportValue current = stored.get(change.getKey());
            UUID evidenceId = evidence.get(change.getKey());
            if (!isUnchanged(current, change.getValue(), evidenceId, source)) {
                write(report, current, change.getKey(), change.getValue(), evidenceId, source);
                changed = true;
            }
        }
        return changed;
    }

    static boolean isUnchanged(ReportValue current, ValueValidator.Typed typed, UUID evidenceId, ValueSource source) {
        if (current == null) {
            return typed.isRemoved();
        }
        if (typed.isRemoved() || current.proposed || current.source != source
                || (evidenceId != null && !evidenceId.equals(current.evidenceId))) {
            return false;
        }
        Object wanted = typed.number() != null ? ReportValue.plain(typed.number()) : typed.bool();
        return Objects.equals(current.value(), wanted);
    }

    private Map<String, ValueValidator.Typed> parseAll(Report report, List<ValueInput> inputs, ValueValidator validator) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, ValueValidator.Typed> changes = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (ValueInput input : inputs) {
            String field = input.element() == null ? "element" : input.element();
            if (input.element() == null || !seen.add(input.element())) {
                errors.add(new FieldError(field, input.element() == null ? "is required" : "appears more than once"));
                continue;
            }
            validator.parse(field, input.element(), input.value(), errors).ifPresent(typed -> changes.put(input.element(), typed));
            checkEvidence(report, input, errors);
        }
        errors.addAll(validator.checkConsistency(numbersAfter(report, changes), changes.keySet()));
        if (!errors.isEmpty()) {
            throw new ProblemException(422, "Dữ liệu không hợp lệ / Validation failed",
                    errors.size() + " value(s) break a rule; nothing was stored", errors);
        }
        return changes;
    }

    private Map<String, BigDecimal> numbersAfter(Report report, Map<String, ValueValidator.Typed> changes) {
        Map<String, BigDecimal> numbers = new HashMap<>();
        content.values(report.id, report.version).stream().filter(v -> v.number != null)
                .forEach(v -> numbers.put(v.element, v.number));
        changes.forEach((element, typed) -> {
            if (typed.number() != null) {
                numbers.put(element, typed.number());
            } else {
                numbers.remove(element);
            }
        });
        return numbers;
    }

    private static void checkEvidence(Report report, ValueInput input, List<FieldError> errors) {
        if (input.evidenceId() == null) {
            return;
        }
        Evidence evidence = Evidence.findById(input.evidenceId());
        if (evidence == null || !evidence.reportId.equals(report.id)) {
            errors.add(new FieldError(input.element(), "evidence " + input.evidenceId() + " is not attached to this report"));
        }
    }

    private static Map<String, UUID> evidenceOf(List<ValueInput> inputs) {
        Map<String, UUID> evidence = new HashMap<>();
        inputs.stream().filter(i -> i.evidenceId() != null).forEach(i -> evidence.put(i.element(), i.evidenceId()));
        return evidence;
    }

    private void write(Report report, ReportValue current, String element, ValueValidator.Typed typed, UUID evidenceId,
            ValueSource source) {
        Object before = current == null ? null : current.value();
        if (typed.isRemoved()) {
            if (current != null) {
                current.delete();
            }
        } else {
            boolean confirmsProposal = current != null && current.proposed && Objects.equals(before,
                    typed.number() != null ? ReportValue.plain(typed.number()) : typed.bool());
            ReportValue value = ReportValue.existingOrNew(current, report.id, report.version, element);
            value.set(typed.number(), typed.bool(), source, false, caller.userName());
            value.evidenceId = evidenceId != null ? evidenceId : value.evidenceId;
            value.quote = confirmsProposal || source != ValueSource.MANUAL ? value.quote : null;
            value.extractionSource = value.quote == null ? null : value.extractionSource;
            value.confidence = confirmsProposal ? value.confidence : null;
            value.persist();
            if (confirmsProposal) {
                audit.change(AuditTrail.REPORT, report.id.toString(), "PROPOSAL_CONFIRMED", element, null, value.value(),
                        value.quote == null ? null : "«" + value.quote + "»");
            }
        }
        audit.change(AuditTrail.REPORT, report.id.toString(), "VALUE_SET", element, before,
                typed.isRemoved() ? null : typed.number() != null ? typed.number() : typed.bool(), null);
    }

    private Report editableDraft(UUID id, String ifMatch) {
        Report report = access.forEditing(id);
        Preconditions.checkIfMatch(ifMatch, report.revision);
        if (!report.isEditable()) {
            throw ProblemException.conflict("Report " + id + " is " + report.status
                    + ": only a DRAFT or RETURNED report can be edited" + (report.status == ReportStatus.ACCEPTED
                            ? " (amend it to open a new version)" : ""));
        }
        return report;
    }

    private ReportView touched(Report report) {
        report.updatedAt = Instant.now();
        report.updatedBy = caller.userName();
        Report.flush();
        return content.view(report);
    }

    private Report newDraft(OrgUnit unit, Period period, UUID campaignId) {
        Instant now = Instant.now();
        Report report = new Report();
        report.id = UUID.randomUUID();
        report.unitCode = unit.code;
        report.provinceCode = unit.provinceCode;
        report.unitGroup = unit.group;
        report.period = period.code();
        report.campaignId = campaignId;
        report.status = ReportStatus.DRAFT;
        report.version = 1;
        report.createdAt = now;
        report.createdBy = caller.userName();
        report.updatedAt = now;
        report.updatedBy = report.createdBy;
        report.persist();
        ReportVersion version = new ReportVersion();
        version.reportId = report.id;
        version.version = 1;
        version.status = ReportStatus.DRAFT;
        version.openedAt = now;
        version.openedBy = report.createdBy;
        version.persist();
        Report.flush();
        return report;
    }

    /** A draft created by a bulk import for a unit that had no report for the period yet. */
    Report newImportedDraft(String unitCode, String periodCode) {
        OrgUnit unit = OrgUnit.findById(unitCode);
        Period period = Period.parse(periodCode);
        checkUnitReports(unit, period);
        Report report = newDraft(unit, period, null);
        audit.action(AuditTrail.REPORT, report.id.toString(), "CREATED", "bulk import");
        return report;
    }

    static Period parsePeriod(String code) {
        Period period = Period.ofParameter(code);
        int lastYear = java.time.LocalDate.now().getYear() + 1;
        if (period.start().getYear() > lastYear) {
            throw ProblemException.invalid("period", "must not start after next year (" + lastYear + "): " + period.code());
        }
        return period;
    }

    /** A closed campaign for the unit and period ends its reporting: no new report afterwards. */
    private static void checkNoClosedCampaign(OrgUnit unit, Period period) {
        CampaignTarget.<CampaignTarget>find("unitCode = ?1 and campaignId in (select c.id from Campaign c "
                + "where c.period = ?2 and c.status = ?3)", unit.code, period.code(), Campaign.Status.CLOSED)
                .firstResultOptional().ifPresent(target -> {
                    throw ProblemException.conflict("Campaign " + target.campaignId + " for " + period.code()
                            + " is closed: unit " + unit.code + " can no longer report for that period");
                });
    }

    private static void checkUnitReports(OrgUnit unit, Period period) {
        if (unit.level == UnitLevel.PROVINCE) {
            throw ProblemException.invalid("unitCode", "a province does not report; its departments, districts and communes do");
        }
        if (!unit.existedDuring(period.start(), period.end())) {
            throw ProblemException.invalid("period", "unit " + unit.code + " did not exist during " + period.code()
                    + " (valid " + unit.validFrom + " to " + Optional.ofNullable(unit.validTo).map(Object::toString).orElse("now") + ")");
        }
    }

    private static void checkCampaign(UUID campaignId, OrgUnit unit, Period period) {
        if (campaignId == null) {
            return;
        }
        Campaign campaign = Campaign.findById(campaignId);
        if (campaign == null || !campaign.provinceCode.equals(unit.provinceCode)) {
            throw ProblemException.invalid("campaignId", "unknown campaign " + campaignId);
        }
        if (campaign.status != Campaign.Status.OPEN) {
            throw ProblemException.invalid("campaignId", "campaign " + campaignId + " is closed");
        }
        if (!campaign.period.equals(period.code())) {
            throw ProblemException.invalid("period", "campaign " + campaignId + " asks for period " + campaign.period);
        }
        if (CampaignTarget.count("campaignId = ?1 and unitCode = ?2", campaignId, unit.code) == 0) {
            throw ProblemException.invalid("campaignId", "campaign " + campaignId + " does not address unit " + unit.code);
        }
    }
}
