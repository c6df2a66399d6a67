package vn.dti.report.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import vn.dti.platform.problem.ProblemException;
import vn.dti.report.extraction.KnownReport;
import vn.dti.report.repository.OrgUnit;

/** The unit a caller names as the one a text is the report of, so that the extractor reads the text as that unit's report. */
@ApplicationScoped
public class KnownReports {

    /** @throws ProblemException 404 for a unit the register does not hold */
    @Transactional(Transactional.TxType.SUPPORTS)
    public KnownReport of(String unitCode) {
        OrgUnit unit = null;
        if (!isBlank(unitCode)) {
            unit = OrgUnit.findById(unitCode.strip());
            if (unit == null) {
                throw ProblemException.notFound("Unit " + unitCode.strip());
            }
        }
        return unit == null ? KnownReport.NOTHING : new KnownReport(unit.name, unit.level.name());
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
