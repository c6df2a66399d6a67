package vn.dti.report.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.dti.report.repository.ReportRepository;
import vn.dti.report.repository.ReportStatus;
import vn.dti.report.rest.PageRequest;
import vn.dti.report.rest.PageResponse;
import vn.dti.report.rest.ProblemException;
import vn.dti.report.security.CallerScope;

@ApplicationScoped
public class ReportQueryService {

    @Inject
    ReportRepository reports;

    @Inject
    CallerScope scope;

    /** Reports of one unit; a caller who may not see that unit gets 403, never its data. */
    public PageResponse<ReportView> list(String unit, String period, ReportStatus status, PageRequest page) {
        String unitCode = unit != null ? unit : scope.unit();
        if (unitCode == null) {
            throw ProblemException.invalid("unit", "is required for callers without a unit of their own");
        }
        if (!scope.seesUnit(unitCode)) {
            throw ProblemException.forbidden("You may not read the reports of unit " + unitCode);
        }
        return PageResponse.of(reports.search(unitCode, period, status), page, ReportView::of);
    }
}
