package vn.dti.ranking.engine;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Rank intervals by Monte Carlo: every draw multiplies each main-index weight (its applicable
 * maximum) by a factor from U(low, high), shared by all units of the draw, renormalises per unit,
 * and re-ranks with the same rules as the published ranking (index rounded to the precision, then
 * the tie-breakers). The interval is the lower..upper percentile of the ranks a unit took.
 *
 * <p>The factors come from one {@link Random} seeded by the settings and are drawn before the
 * draws run in parallel, so the result does not depend on thread scheduling.
 */
final class RankIntervals {

    private final IntervalSettings settings;
    private final double scale;

    RankIntervals(IntervalSettings settings, int precision) {
        this.settings = settings;
        this.scale = Math.pow(10, precision);
    }

    /**
     * Intervals in the order of {@code scores}; {@code tieOrdinals} orders the units by the
     * tie-breakers alone (0 = best, equal = tied).
     */
    RankInterval[] of(List<UnitScore> scores, long[] tieOrdinals) {
        int units = scores.size();
        List<String> groups = perturbedGroups(scores);
        WeightedScores weighted = WeightedScores.of(scores, groups);
        double[][] factors = factors(groups.size());
        int[][] ranksByUnit = new int[units][settings.draws()];
        IntStream.range(0, settings.draws()).parallel().forEach(draw -> {
            int[] ranks = ranksOf(keys(weighted, factors[draw], tieOrdinals));
            for (int unit = 0; unit < units; unit++) {
                ranksByUnit[unit][draw] = ranks[unit];
            }
        });
        RankInterval[] intervals = new RankInterval[units];
        for (int unit = 0; unit < units; unit++) {
            int[] ranks = ranksByUnit[unit];
            Arrays.sort(ranks);
            intervals[unit] = new RankInterval(percentile(ranks, settings.lowerPercentile()),
                    percentile(ranks, settings.upperPercentile()));
        }
        return intervals;
    }

    private List<String> perturbedGroups(List<UnitScore> scores) {
        Set<String> codes = new LinkedHashSet<>();
        scores.forEach(score -> score.groups().forEach(group -> codes.add(group.code())));
        if (!settings.mainIndices().isEmpty()) {
            codes.retainAll(settings.mainIndices());
        }
        return List.copyOf(codes);
    }

    private double[][] factors(int groups) {
        Random random = new Random(settings.seed());
        double width = settings.highFactor() - settings.lowFactor();
        double[][] factors = new double[settings.draws()][groups];
        for (double[] draw : factors) {
            for (int g = 0; g < groups; g++) {
                draw[g] = settings.lowFactor() + width * random.nextDouble();
            }
        }
        return factors;
    }

    /** A sort key per unit, smaller is better: minus the rounded perturbed index, then the tie ordinal. */
    private long[] keys(WeightedScores weighted, double[] factors, long[] tieOrdinals) {
        long units = tieOrdinals.length;
        long[] keys = new long[tieOrdinals.length];
        for (int unit = 0; unit < keys.length; unit++) {
            long rounded = Math.round(weighted.perturbedIndex(unit, factors) * scale);
            keys[unit] = -rounded * units + tieOrdinals[unit];
        }
        return keys;
    }

    /** Competition ranks: 1 + the number of units with a strictly smaller key. */
    private static int[] ranksOf(long[] keys) {
        long[] sorted = keys.clone();
        Arrays.sort(sorted);
        int[] ranks = new int[keys.length];
        for (int unit = 0; unit < keys.length; unit++) {
            ranks[unit] = firstIndexOf(sorted, keys[unit]) + 1;
        }
        return ranks;
    }

    private static int firstIndexOf(long[] sorted, long key) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (sorted[middle] < key) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** Nearest-rank percentile of sorted values. */
    private static int percentile(int[] sorted, double percent) {
        int position = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, position))];
    }

    /**
     * Per unit and group: the base weight (the group's applicable maximum) and weight × group index,
     * flattened; a unit without any perturbed group keeps its own index in every draw.
     */
    private record WeightedScores(int groups, double[] weights, double[] weightedValues, double[] fixedIndex) {

        static WeightedScores of(List<UnitScore> scores, List<String> groupCodes) {
            int groups = groupCodes.size();
            double[] weights = new double[scores.size() * groups];
            double[] weightedValues = new double[weights.length];
            double[] fixedIndex = new double[scores.size()];
            for (int unit = 0; unit < scores.size(); unit++) {
                UnitScore score = scores.get(unit);
                fixedIndex[unit] = score.index().doubleValue();
                for (GroupScore group : score.groups()) {
                    int g = groupCodes.indexOf(group.code());
                    if (g >= 0 && group.max() != null && group.max().signum() > 0) {
                        weights[unit * groups + g] = group.max().doubleValue();
                        weightedValues[unit * groups + g] = group.points().doubleValue();
                    }
                }
            }
            return new WeightedScores(groups, weights, weightedValues, fixedIndex);
        }

        double perturbedIndex(int unit, double[] factors) {
            double numerator = 0;
            double denominator = 0;
            int offset = unit * groups;
            for (int g = 0; g < groups; g++) {
                numerator += weightedValues[offset + g] * factors[g];
                denominator += weights[offset + g] * factors[g];
            }
            return denominator == 0 ? fixedIndex[unit] : numerator / denominator;
        }
    }
}
