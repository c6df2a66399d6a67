package vn.dti.report.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;

import vn.dti.report.repository.Report;
import vn.dti.platform.problem.ProblemException;
import vn.dti.report.security.CallerScope;

/**
 * Loads reports for the caller. A report of a unit the caller may not see answers 404, exactly
 * like one that does not exist, so IDs cannot be probed.
 */
@ApplicationScoped
public class ReportAccess {

    @Inject
    CallerScope caller;

    public Report visible(UUID id) {
        Report report = Report.findById(id);
        if (report == null || !caller.seesUnit(report.unitCode)) {
            throw ProblemException.notFound("Report " + id);
        }
        return report;
    }

    /** The report locked for a change by the caller; a visible report the caller may not edit is 403. */
    public Report forEditing(UUID id) {
        Report report = lockedVisible(id);
        if (!caller.editsFor(report.unitCode)) {
            throw ProblemException.forbidden("Only the reporters of " + report.unitCode + " edit and submit its reports");
        }
        return report;
    }

    public Report forReview(UUID id) {
        Report report = lockedVisible(id);
        if (!caller.reviewsIn(report.provinceCode)) {
            throw ProblemException.forbidden("Only reviewers of province " + report.provinceCode + " review its reports");
        }
        return report;
    }

    private Report lockedVisible(UUID id) {
        Report report = Report.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (report == null || !caller.seesUnit(report.unitCode)) {
            throw ProblemException.notFound("Report " + id);
        }
        return report;
    }
}
