package vn.dti.ranking.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * How long a full re-rank of one peer group takes with rank intervals (1,000 draws), for a
 * national-scale group of 4,000 units with eight main indices, tie-breakers and grades. Prints the
 * figures; no timing assertion (machines differ). Recorded in docs/benchmarks-ranking.md.
 */
@org.junit.jupiter.api.condition.EnabledIfSystemProperty(named = "dti.benchmarks", matches = "true")
class RankingEngineBenchmark {

    private static final int UNITS = 4000;
    private static final int RUNS = 7;

    @Test
    void reRankFourThousandUnitsWithIntervals() {
        List<UnitScore> scores = group(UNITS, 42);
        Map<String, Integer> previous = new HashMap<>();
        for (int u = 0; u < UNITS; u += 2) {
            previous.put(scores.get(u).unitCode(), u / 2 + 1);
        }
        RankingEngine engine = new RankingEngine(new RankRules(4,
                List.of(TieBreaker.parse("VI+VII+VIII"), TieBreaker.parse("I+II+III+IV+V")),
                new GradeBands(new BigDecimal("0.80"), new BigDecimal("0.65"), new BigDecimal("0.50"),
                        new BigDecimal("0.35")),
                IntervalSettings.defaults()));
        PreviousRanks previousRanks = PreviousRanks.of(previous, Map.of());

        engine.rank(scores, previousRanks); // warm-up: JIT
        engine.rank(scores, previousRanks);
        long[] millis = new long[RUNS];
        for (int run = 0; run < RUNS; run++) {
            long start = System.nanoTime();
            engine.rank(scores, previousRanks);
            millis[run] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(millis);
        System.out.printf("BENCHMARK re-rank %d units x %d draws: median %d ms, min %d ms, max %d ms, on %d cores%n",
                UNITS, IntervalSettings.defaults().draws(), millis[RUNS / 2], millis[0], millis[RUNS - 1],
                Runtime.getRuntime().availableProcessors());
    }

    private static List<UnitScore> group(int size, long seed) {
        Random random = new Random(seed);
        List<UnitScore> scores = new ArrayList<>(size);
        for (int u = 0; u < size; u++) {
            double strength = random.nextDouble();
            double[] points = new double[Groups.MAX.length];
            for (int g = 0; g < points.length; g++) {
                double share = Math.min(1, Math.max(0, strength + 0.25 * random.nextGaussian()));
                points[g] = Math.round(Groups.MAX[g] * share * 100) / 100.0;
            }
            scores.add(Groups.of(String.format("BM.U%04d", u), points));
        }
        return scores;
    }
}
