package vn.dti.indicator.scoring;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * How one component scored, with everything needed to explain it: the inputs and where they came
 * from, the formula and its result, the points against the max, and the flags.
 *
 * @param inputs      every element the formulas read; a missing one has a null value
 * @param groupBest   BEST_IN_GROUP only: the highest value in the unit's peer group
 * @param adjustment  FINAL stage only: the council's change of the points
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ComponentScore(String code, String indexCode, String nameVi, String nameEn, String pillar,
        ScoringMethod method, String formula, String denominatorFormula, List<InputValue> inputs,
        BigDecimal formulaResult, BigDecimal denominatorResult, BigDecimal groupBest, BigDecimal points,
        BigDecimal maxPoints, BigDecimal applicableMax, Set<Flag> flags, CouncilAdjustment adjustment) {

    /** The council recognised other points than the review gave. */
    public record CouncilAdjustment(BigDecimal reviewedPoints, BigDecimal points, String reason, String by) {
    }

    public boolean applies() {
        return !flags.contains(Flag.NOT_APPLICABLE);
    }

    /** Points the unit could still gain on this component. */
    public BigDecimal pointsToGain() {
        return applicableMax.subtract(points);
    }

    /** The council's points replace these; the reviewed points stay in the adjustment. */
    public ComponentScore adjustedBy(CouncilAdjustment council) {
        Set<Flag> adjustedFlags = EnumSet.of(Flag.ADJUSTED);
        adjustedFlags.addAll(flags);
        return new ComponentScore(code, indexCode, nameVi, nameEn, pillar, method, formula, denominatorFormula, inputs,
                formulaResult, denominatorResult, groupBest, council.points(), maxPoints, applicableMax,
                adjustedFlags, new CouncilAdjustment(points, council.points(), council.reason(), council.by()));
    }
}
