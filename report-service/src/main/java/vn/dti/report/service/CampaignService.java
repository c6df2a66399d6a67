package vn.dti.report.service;

import vn.dti.platform.period.Period;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.panache.common.Sort;
import vn.dti.report.repository.Campaign;
import vn.dti.report.repository.CampaignTarget;
import vn.dti.report.repository.OrgUnit;
import vn.dti.report.repository.Report;
import vn.dti.platform.problem.ProblemException;
import vn.dti.report.security.CallerScope;
import vn.dti.platform.security.UnitCodes;

/** Report campaigns (đợt báo cáo): who must report, by when, and who did. */
@ApplicationScoped
public class CampaignService {

    @Inject
    CallerScope caller;

    @Inject
    AuditTrail audit;

    @Inject
    ReportWorkflow workflow;

    @Inject
    PeerGroups groups;

    public record CampaignView(UUID id, String province, String title, String legalReference, String period,
            String periodLabel, Instant deadline, Campaign.Status status, int expected, Instant createdAt,
            String createdBy, Instant closedAt,
            @Schema(description = "Tiến độ của đơn vị người gọi (chỉ với người báo cáo) / The calling reporter's own unit: its report and timeliness")
            UnitProgress mine) {

        static CampaignView of(Campaign campaign, int expected) {
            return new CampaignView(campaign.id, campaign.provinceCode, campaign.title, campaign.legalReference,
                    campaign.period, Period.parse(campaign.period).labelVi(), campaign.deadline, campaign.status,
                    expected, campaign.createdAt, campaign.createdBy, campaign.closedAt, null);
        }

        CampaignView withMine(UnitProgress progress) {
            return new CampaignView(id, province, title, legalReference, period, periodLabel, deadline, status, expected,
                    createdAt, createdBy, closedAt, progress);
        }
    }

    public enum Timeliness {
        ON_TIME, LATE, MISSING
    }

    public record UnitProgress(String unitCode, String unitName, Timeliness timeliness, Instant submittedAt,
            String reportStatus, UUID reportId) {
    }

    /** Completeness and timeliness of a campaign (API contract: expected, submitted, on time, late, missing). */
    public record Completeness(UUID campaignId, String period, Instant deadline, int expected, int submitted, int onTime,
            int late, int missing, List<String> missingUnits, List<String> lateUnits, List<UnitProgress> units) {
    }

    @Transactional
    public CampaignView open(NewCampaign request) {
        if (!caller.reviewsIn(request.province())) {
            throw ProblemException.forbidden("Only reviewers of province " + request.province() + " open its campaigns");
        }
        Period period = ReportService.parsePeriod(request.period());
        Set<String> targets = targetsOf(request, period);
        if (targets.isEmpty()) {
            throw ProblemException.invalid("units", "the campaign addresses no unit: list units or groups of province " + request.province());
        }
        Campaign campaign = new Campaign();
        campaign.id = UUID.randomUUID();
        campaign.provinceCode = request.province();
        campaign.title = request.title().strip();
        campaign.legalReference = request.legalReference();
        campaign.period = period.code();
        campaign.deadline = request.deadline().toInstant();
        campaign.status = Campaign.Status.OPEN;
        campaign.createdAt = Instant.now();
        campaign.createdBy = caller.userName();
        campaign.persist();
        for (String unit : targets) {
            CampaignTarget target = new CampaignTarget();
            target.campaignId = campaign.id;
            target.unitCode = unit;
            target.persist();
        }
        audit.action(AuditTrail.CAMPAIGN, campaign.id.toString(), "OPENED", targets.size() + " units");
        return CampaignView.of(campaign, targets.size());
    }

    public List<CampaignView> list(String province) {
        if (caller.unit() != null && !caller.seesProvince(UnitCodes.provinceOf(caller.unit()))) {
            boolean otherProvince = province != null && !province.equals(UnitCodes.provinceOf(caller.unit()));
            return otherProvince ? List.of() : tasksOf(caller.unit());
        }
        String scope = province != null ? province : caller.province();
        if (scope != null && !caller.seesProvince(scope) && !scope.equals(caller.unitProvince())) {
            throw ProblemException.forbidden("You may not read the campaigns of province " + scope);
        }
        List<Campaign> campaigns;
        if (scope != null && caller.seesProvince(scope) || scope == null && caller.isAdmin() && caller.province() == null) {
            campaigns = scope == null ? Campaign.listAll(Sort.by("createdAt").descending())
                    : Campaign.list("provinceCode", Sort.by("createdAt").descending(), scope);
        } else if (caller.unit() != null) {
            campaigns = Campaign.list("id in (select t.campaignId from CampaignTarget t where t.unitCode = ?1)",
                    Sort.by("createdAt").descending(), caller.unit());
        } else {
            campaigns = List.of();
        }
        return campaigns.stream().map(c -> CampaignView.of(c, (int) CampaignTarget.count("campaignId", c.id))).toList();
    }

    /** A reporter's "my tasks": the campaigns addressed to its unit, newest first, with its own progress. */
    private List<CampaignView> tasksOf(String unit) {
        List<UUID> addressed = CampaignTarget.<CampaignTarget>list("unitCode", unit).stream().map(t -> t.campaignId).toList();
        if (addressed.isEmpty()) {
            return List.of();
        }
        OrgUnit own = OrgUnit.find("code", unit).firstResult();
        return Campaign.<Campaign>list("id in ?1", Sort.by("deadline").descending(), addressed).stream()
                .map(c -> CampaignView.of(c, (int) CampaignTarget.count("campaignId", c.id)).withMine(progressOf(unit,
                        own == null ? null : own.name, Report.find("period = ?1 and unitCode = ?2", c.period, unit).firstResult(),
                        c.deadline)))
                .toList();
    }

    public CampaignView get(UUID id) {
        Campaign campaign = visible(id);
        return CampaignView.of(campaign, (int) CampaignTarget.count("campaignId", id));
    }

    public Completeness completeness(UUID id) {
        Campaign campaign = visible(id);
        boolean provinceWide = caller.seesProvince(campaign.provinceCode);
        List<String> targets = CampaignTarget.<CampaignTarget>list("campaignId", id).stream().map(t -> t.unitCode)
                .filter(unit -> provinceWide || unit.equals(caller.unit())).toList();
        Map<String, Report> reports = Report.<Report>list("period = ?1 and unitCode in ?2", campaign.period, targets)
                .stream().collect(Collectors.toMap(r -> r.unitCode, Function.identity()));
        Map<String, String> names = OrgUnit.<OrgUnit>list("code in ?1", targets).stream()
                .collect(Collectors.toMap(u -> u.code, u -> u.name));
        List<UnitProgress> progress = new ArrayList<>();
        for (String unit : targets) {
            progress.add(progressOf(unit, names.get(unit), reports.get(unit), campaign.deadline));
        }
        progress.sort(Comparator.comparing(UnitProgress::timeliness).thenComparing(UnitProgress::unitCode));
        return summarise(campaign, progress);
    }

    /** Closes a campaign and locks its accepted reports: from then on they cannot be amended. */
    @Transactional
    public CampaignView close(UUID id) {
        Campaign campaign = visible(id);
        if (!caller.reviewsIn(campaign.provinceCode)) {
            throw ProblemException.forbidden("Only reviewers of province " + campaign.provinceCode + " close its campaigns");
        }
        if (campaign.status == Campaign.Status.CLOSED) {
            throw ProblemException.conflict("Campaign " + id + " is already closed");
        }
        campaign.status = Campaign.Status.CLOSED;
        campaign.closedAt = Instant.now();
        int locked = workflow.lockAccepted(campaign);
        audit.action(AuditTrail.CAMPAIGN, id.toString(), "CLOSED", locked + " accepted reports locked");
        return CampaignView.of(campaign, (int) CampaignTarget.count("campaignId", id));
    }

    private Campaign visible(UUID id) {
        Campaign campaign = Campaign.findById(id);
        if (campaign == null || !caller.seesProvince(campaign.provinceCode) && !isTargetOfCaller(id)) {
            throw ProblemException.notFound("Campaign " + id);
        }
        return campaign;
    }

    private boolean isTargetOfCaller(UUID campaignId) {
        return caller.unit() != null && CampaignTarget.count("campaignId = ?1 and unitCode = ?2", campaignId, caller.unit()) > 0;
    }

    private Set<String> targetsOf(NewCampaign request, Period period) {
        Set<String> targets = new LinkedHashSet<>();
        for (String code : request.units() == null ? List.<String>of() : request.units()) {
            OrgUnit unit = OrgUnit.findById(code);
            if (unit == null || !unit.provinceCode.equals(request.province())) {
                throw ProblemException.invalid("units", "unit " + code + " is not a unit of province " + request.province());
            }
            targets.add(code);
        }
        List<String> named = request.groups() == null ? List.<String>of() : request.groups();
        for (int i = 0; i < named.size(); i++) {
            groups.requireKnown(request.province(), named.get(i), "groups[" + i + "]");
        }
        for (String group : named) {
            OrgUnit.<OrgUnit>list("provinceCode = ?1 and group = ?2 and validFrom <= ?3 and (validTo is null or validTo >= ?4)",
                    request.province(), group, period.end(), period.start()).forEach(unit -> targets.add(unit.code));
        }
        return targets;
    }

    private static UnitProgress progressOf(String unit, String name, Report report, Instant deadline) {
        if (report == null || report.firstSubmittedAt == null) {
            return new UnitProgress(unit, name, Timeliness.MISSING, null, report == null ? null : report.status.name(),
                    report == null ? null : report.id);
        }
        Timeliness timeliness = report.firstSubmittedAt.isAfter(deadline) ? Timeliness.LATE : Timeliness.ON_TIME;
        return new UnitProgress(unit, name, timeliness, report.firstSubmittedAt, report.status.name(), report.id);
    }

    private static Completeness summarise(Campaign campaign, List<UnitProgress> progress) {
        List<String> missing = codesWith(progress, Timeliness.MISSING);
        List<String> late = codesWith(progress, Timeliness.LATE);
        int onTime = codesWith(progress, Timeliness.ON_TIME).size();
        return new Completeness(campaign.id, campaign.period, campaign.deadline, progress.size(),
                onTime + late.size(), onTime, late.size(), missing.size(), missing, late, progress);
    }

    private static List<String> codesWith(List<UnitProgress> progress, Timeliness timeliness) {
        return progress.stream().filter(p -> p.timeliness() == timeliness).map(UnitProgress::unitCode).toList();
    }
}
