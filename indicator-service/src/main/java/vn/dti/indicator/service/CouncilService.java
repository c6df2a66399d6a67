package vn.dti.indicator.service;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.dti.indicator.events.RescoreRequested;
import vn.dti.indicator.events.RescoreRequests;
import vn.dti.platform.audit.AuditLog;
import vn.dti.platform.audit.AuditRecord;
import vn.dti.indicator.repository.CouncilAdjustmentRow;
import vn.dti.indicator.repository.Score;
import vn.dti.indicator.repository.Stage;
import vn.dti.platform.problem.ProblemException;
import vn.dti.indicator.scoring.ComponentScore;
import vn.dti.indicator.scoring.ScoreCard;
import vn.dti.indicator.security.CallerScope;
import vn.dti.platform.security.UnitCodes;

/**
 * The appraisal council's adjustments: they turn the REVIEWED score into the FINAL one. The stored
 * FINAL score is recomputed through a {@code PeerGroupRescoreRequested} event recorded with the
 * adjustment; the answer is the FINAL score that event stores.
 */
@ApplicationScoped
public class CouncilService {

    @Inject
    ScoringService scoring;

    @Inject
    AuditLog audit;

    @Inject
    RescoreRequests rescores;

    @Inject
    ScoreQueryService scores;

    @Inject
    Explanations explanations;

    @Transactional
    public ScoreDetail adjust(CouncilAdjustmentInput input, CallerScope caller) {
        if (!caller.seesUnit(input.unitCode())) {
            throw ProblemException.notFound("Score of " + input.unitCode() + " for " + input.period());
        }
        if (!caller.adjustsIn(UnitCodes.provinceOf(input.unitCode()))) {
            throw ProblemException.forbidden("Only the appraisal council of the province adjusts final points");
        }
        Score reviewed = Score.find(input.unitCode(), input.period(), Stage.REVIEWED)
                .orElseThrow(() -> ProblemException.notFound("REVIEWED score of " + input.unitCode() + " for " + input.period()));
        ComponentScore component = explanations.of(reviewed).components().stream()
                .filter(c -> c.code().equals(input.component())).findFirst()
                .orElseThrow(() -> ProblemException.invalid("component", "is not a component of the framework version"));
        if (!component.applies()) {
            throw ProblemException.invalid("component", "does not apply to this unit");
        }
        if (input.points().compareTo(component.maxPoints()) > 0) {
            throw ProblemException.invalid("points", "must be between 0 and " + component.maxPoints().toPlainString());
        }
        java.math.BigDecimal before = previous(input);
        record(input, caller.userName());
        audit.write(AuditRecord.of(caller.userName(), "COUNCIL_ADJUSTED", "SCORE", input.unitCode() + "/" + input.period(),
                UnitCodes.provinceOf(input.unitCode()), input.unitCode()).field(input.component())
                .reason(input.reason()).change(before, input.points()));
        rescores.request(new RescoreRequested(reviewed.province, reviewed.unitGroup, input.period(),
                "council adjustment of " + input.component(), input.unitCode()));
        ScoreCard fin = scoring.finalCard(reviewed.frameworkCode, reviewed.frameworkVersion, explanations.of(reviewed),
                CouncilAdjustmentRow.of(input.unitCode(), input.period()));
        return scores.finalOf(reviewed, fin);
    }

    private static java.math.BigDecimal previous(CouncilAdjustmentInput input) {
        return CouncilAdjustmentRow.find(input.unitCode(), input.period(), input.component()).map(row -> row.points)
                .orElse(null);
    }

    private static void record(CouncilAdjustmentInput input, String by) {
        CouncilAdjustmentRow row = CouncilAdjustmentRow.find(input.unitCode(), input.period(), input.component())
                .orElseGet(CouncilAdjustmentRow::new);
        row.unitCode = input.unitCode();
        row.period = input.period();
        row.componentCode = input.component();
        row.points = input.points();
        row.reason = input.reason();
        row.adjustedBy = by;
        row.adjustedAt = Instant.now();
        row.persist();
    }
}
