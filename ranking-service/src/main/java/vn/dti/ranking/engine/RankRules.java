package vn.dti.ranking.engine;

import java.util.List;

/**
 * How a group is ranked: on the index compared at {@code precision} decimals, ties broken by the
 * ordered {@code tieBreakers} and otherwise shared ("15, 15, 17"); {@code grades} may be null
 * (no grade bands) and {@code intervals} null (no rank intervals).
 */
public record RankRules(int precision, List<TieBreaker> tieBreakers, GradeBands grades, IntervalSettings intervals) {

    public RankRules {
        if (precision < 0 || precision > 6) {
            throw new IllegalArgumentException("precision must be between 0 and 6 decimals");
        }
        tieBreakers = tieBreakers == null ? List.of() : List.copyOf(tieBreakers);
    }
}
