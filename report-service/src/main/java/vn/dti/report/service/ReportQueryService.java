package vn.dti.report.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import vn.dti.report.repository.Report;
import vn.dti.report.repository.ReportStatus;
import vn.dti.report.repository.ReportVersion;
import vn.dti.platform.rest.PageRequest;
import vn.dti.platform.rest.PageResponse;
import vn.dti.platform.period.Period;
import vn.dti.platform.problem.ProblemException;
import vn.dti.report.security.CallerScope;
import vn.dti.platform.security.UnitCodes;

/** Reading reports, each caller within its scope. */
@ApplicationScoped
public class ReportQueryService {

    @Inject
    CallerScope scope;

    @Inject
    ReportAccess access;

    @Inject
    ReportContent content;

    @Inject
    AuditTrail audit;

    /**
     * Reports of one unit, or of the caller's province when no unit is given (reviewers); a unit
     * the caller may not see is refused with 403, never silently emptied.
     */
    public PageResponse<ReportView> list(String unit, String period, ReportStatus status, PageRequest page) {
        String unitCode = unit != null ? unit : scope.unit();
        String province = unitCode == null ? scope.province() : UnitCodes.provinceOf(unitCode);
        if (unitCode != null && !scope.seesUnit(unitCode)) {
            throw ProblemException.forbidden("You may not read the reports of unit " + unitCode);
        }
        if (unitCode == null && !scope.isAdmin() && (province == null || !scope.seesProvince(province))) {
            throw ProblemException.invalid("unit", "is required for callers without a unit or province of their own");
        }
        if (period != null) {
            Period.ofParameter(period);
        }
        return PageResponse.of(search(unitCode, province, period, status), page, ReportView::summary);
    }

    public ReportView get(UUID id) {
        return content.view(access.visible(id));
    }

    public List<VersionView> versions(UUID id) {
        access.visible(id);
        return ReportVersion.<ReportVersion>list("reportId", Sort.by("version"), id).stream().map(VersionView::of).toList();
    }

    /** One version as it stands: an accepted version stays readable after an amendment opens the next. */
    public ReportView version(UUID id, int number) {
        Report report = access.visible(id);
        ReportVersion version = ReportVersion.find("reportId = ?1 and version = ?2", id, number).firstResult();
        if (version == null) {
            throw ProblemException.notFound("Version " + number + " of report " + id);
        }
        ReportView view = content.viewOf(report, number);
        return new ReportView(view.id(), view.unitCode(), view.period(), view.periodLabel(), version.status, number,
                view.campaignId(), view.values(), view.narrative(), view.adjustments(), view.createdAt(),
                view.createdBy(), view.updatedAt(), version.submittedAt, version.reviewedAt, version.reviewedBy,
                version.comment, view.revision());
    }

    public List<AuditView> auditTrail(UUID id) {
        access.visible(id);
        return audit.of(AuditTrail.REPORT, id.toString()).stream().map(AuditView::of).toList();
    }

    private static PanacheQuery<Report> search(String unit, String province, String period, ReportStatus status) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (unit != null) {
            where.append(" and unitCode = :unit");
            params.put("unit", unit);
        } else if (province != null) {
            where.append(" and provinceCode = :province");
            params.put("province", province);
        }
        if (period != null) {
            where.append(" and period = :period");
            params.put("period", period.strip().toUpperCase());
        }
        if (status != null) {
            where.append(" and status = :status");
            params.put("status", status);
        }
        return Report.find(where.toString(), Sort.by("period").descending().and("unitCode"), params);
    }

    /** The outcome of one version. */
    @Schema(name = "ReportVersionView")
    public record VersionView(int version, ReportStatus status, java.time.Instant openedAt, String openedBy,
            java.time.Instant submittedAt, java.time.Instant reviewedAt, String reviewedBy, String comment) {

        static VersionView of(ReportVersion v) {
            return new VersionView(v.version, v.status, v.openedAt, v.openedBy, v.submittedAt, v.reviewedAt,
                    v.reviewedBy, v.comment);
        }
    }
}
