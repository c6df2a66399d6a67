package vn.dti.ranking.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class RankIntervalsTest {

    private static RankingEngine engine(IntervalSettings intervals) {
        return new RankingEngine(new RankRules(4, List.of(), null, intervals));
    }

    /** Units whose foundation and activity strengths differ, so weights matter. */
    private static List<UnitScore> mixedGroup(int size, long seed) {
        Random random = new Random(seed);
        List<UnitScore> scores = new ArrayList<>();
        for (int u = 0; u < size; u++) {
            double[] points = new double[Groups.MAX.length];
            for (int g = 0; g < points.length; g++) {
                points[g] = Math.round(Groups.MAX[g] * random.nextDouble() * 100) / 100.0;
            }
            scores.add(Groups.of(String.format("T.U%03d", u), points));
        }
        return scores;
    }

    @Test
    void theSameScoresAndSeedGiveTheSameIntervals() {
        List<UnitScore> scores = mixedGroup(60, 7);
        List<RankInterval> first = intervals(engine(IntervalSettings.defaults()), scores);
        List<RankInterval> again = intervals(engine(IntervalSettings.defaults()), scores);
        assertEquals(first, again);
        IntervalSettings otherSeed = new IntervalSettings(1000, 0.8, 1.2, 99L, 5, 95, List.of());
        assertNotEquals(first, intervals(engine(otherSeed), scores));
    }

    @Test
    void intervalsSurroundTheRankAndAreOrdered() {
        List<Placement> placements = engine(IntervalSettings.defaults()).rank(mixedGroup(60, 11), PreviousRanks.none());
        for (Placement p : placements) {
            assertTrue(p.interval().best() <= p.interval().worst());
            assertTrue(p.interval().best() >= 1 && p.interval().worst() <= 60);
        }
        assertTrue(placements.stream().anyMatch(p -> p.interval().best() < p.interval().worst()),
                "weights matter for a mixed group");
    }

    @Test
    void aUnitBestOnEveryMainIndexIsFirstInEveryDraw() {
        List<UnitScore> scores = new ArrayList<>(mixedGroup(30, 3));
        scores.add(Groups.of("T.TOP", 100, 100, 100, 100, 100, 200, 150, 150));
        scores.add(Groups.of("T.LAST", 0, 0, 0, 0, 0, 0, 0, 0));
        List<Placement> placements = engine(IntervalSettings.defaults()).rank(scores, PreviousRanks.none());
        assertEquals(new RankInterval(1, 1), placements.get(0).interval());
        assertEquals(new RankInterval(32, 32), placements.get(31).interval());
    }

    @Test
    void withoutPerturbationEveryIntervalIsTheRankItself() {
        IntervalSettings none = new IntervalSettings(50, 1.0, 1.0, 1L, 5, 95, List.of());
        List<UnitScore> scores = new ArrayList<>(mixedGroup(40, 5));
        scores.add(Groups.flat("T.TIE1", "0.5"));
        scores.add(Groups.flat("T.TIE2", "0.5"));
        for (Placement p : engine(none).rank(scores, PreviousRanks.none())) {
            assertEquals(new RankInterval(p.rank(), p.rank()), p.interval(), p.score().unitCode());
        }
    }

    private static List<RankInterval> intervals(RankingEngine engine, List<UnitScore> scores) {
        return engine.rank(scores, PreviousRanks.none()).stream().map(Placement::interval).toList();
    }
}
