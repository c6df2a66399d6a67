package vn.dti.ranking.engine;

import java.math.BigDecimal;

/** One main index (nhóm chỉ số) of a unit's score: points out of the applicable maximum. */
public record GroupScore(String code, BigDecimal points, BigDecimal max, BigDecimal index) {
}
