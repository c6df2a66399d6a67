package vn.dti.report.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import vn.dti.platform.period.Period;
import vn.dti.platform.problem.ProblemException;
import vn.dti.report.extraction.KnownReport;
import vn.dti.report.repository.OrgUnit;

/** What a caller names of the report a text belongs to (its unit, its period), so that the extractor reads the text as that report. */
@ApplicationScoped
public class KnownReports {

    /** @throws ProblemException 404 for a unit the register does not hold, 422 naming {@code period} for a malformed period */
    @Transactional(Transactional.TxType.SUPPORTS)
    public KnownReport of(String unitCode, String period) {
        OrgUnit unit = null;
        if (!isBlank(unitCode)) {
            unit = OrgUnit.findById(unitCode.strip());
            if (unit == null) {
                throw ProblemException.notFound("Unit " + unitCode.strip());
            }
        }
        return new KnownReport(unit == null ? null : unit.name, unit == null ? null : unit.level.name(), periodCode(period));
    }

    private static String periodCode(String period) {
        if (isBlank(period)) {
            return null;
        }
        try {
            return Period.parse(period.strip()).code();
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("period", e.getMessage());
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
