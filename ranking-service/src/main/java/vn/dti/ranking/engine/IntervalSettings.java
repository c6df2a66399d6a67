package vn.dti.ranking.engine;

import java.util.List;

/**
 * Monte Carlo settings of rank intervals: {@code draws} re-rankings, each main-index weight
 * multiplied by U({@code lowFactor}, {@code highFactor}) and renormalised, drawn from {@code seed}
 * so that the same scores always give the same intervals. {@code mainIndices} limits the groups
 * that are perturbed; empty means every group of the scores.
 */
public record IntervalSettings(int draws, double lowFactor, double highFactor, long seed, double lowerPercentile,
        double upperPercentile, List<String> mainIndices) {

    public IntervalSettings {
        if (draws < 1) {
            throw new IllegalArgumentException("draws must be at least 1");
        }
        if (!(0 < lowFactor && lowFactor <= highFactor)) {
            throw new IllegalArgumentException("weight factors must satisfy 0 < low <= high");
        }
        if (!(0 < lowerPercentile && lowerPercentile <= upperPercentile && upperPercentile <= 100)) {
            throw new IllegalArgumentException("percentiles must satisfy 0 < lower <= upper <= 100");
        }
        mainIndices = mainIndices == null ? List.of() : List.copyOf(mainIndices);
    }

    public static IntervalSettings defaults() {
        return new IntervalSettings(1000, 0.8, 1.2, 20240603L, 5, 95, List.of());
    }
}
