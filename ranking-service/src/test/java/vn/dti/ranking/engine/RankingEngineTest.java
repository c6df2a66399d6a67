package vn.dti.ranking.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class RankingEngineTest {

    private static final GradeBands GRADES = new GradeBands(new BigDecimal("0.80"), new BigDecimal("0.65"),
            new BigDecimal("0.50"), new BigDecimal("0.35"));

    private static RankingEngine engine(String... tieBreakers) {
        List<TieBreaker> breakers = Arrays.stream(tieBreakers).map(TieBreaker::parse).toList();
        return new RankingEngine(new RankRules(4, breakers, GRADES, null));
    }

    private static Map<String, Placement> byUnit(List<Placement> placements) {
        return placements.stream().collect(Collectors.toMap(p -> p.score().unitCode(), p -> p));
    }

    @Test
    void tiesAtFourDecimalsShareARankAndTheNextRankSkips() {
        List<Placement> placements = engine().rank(List.of(
                Groups.bare("A", "0.9000"), Groups.bare("B", "0.81234"), Groups.bare("C", "0.81236"),
                Groups.bare("D", "0.70"), Groups.bare("E", "0.812349")), PreviousRanks.none());
        Map<String, Placement> ranks = byUnit(placements);
        assertEquals(1, ranks.get("A").rank());
        // 0.81234 and 0.812349 both round to 0.8123; 0.81236 rounds to 0.8124
        assertEquals(2, ranks.get("C").rank());
        assertEquals(3, ranks.get("B").rank());
        assertEquals(3, ranks.get("E").rank());
        assertEquals(5, ranks.get("D").rank());
        assertEquals(List.of("A", "C", "B", "E", "D"), placements.stream().map(p -> p.score().unitCode()).toList());
    }

    @Test
    void kOfNCountsTheUnitsAssessedInThePeriod() {
        List<Placement> placements = engine().rank(List.of(Groups.bare("A", "0.5"), Groups.bare("B", "0.6"),
                Groups.bare("C", "0.4")), PreviousRanks.none());
        assertTrue(placements.stream().allMatch(p -> p.of() == 3));
    }

    @Test
    void tieBreakersApplyInOrderAndUnitsEqualOnAllOfThemStayTied() {
        // All four have index 0.6000. Activity points (VI+VII+VIII): A 320, B 300, C 300, D 300.
        // Foundation points (I..V): B 300 = D 300 (B and D stay tied), C 300... adjusted below.
        UnitScore a = Groups.of("A", 56, 56, 56, 56, 56, 120, 100, 100);
        UnitScore b = Groups.of("B", 60, 60, 60, 60, 60, 120, 90, 90);
        UnitScore c = Groups.of("C", 60, 60, 60, 60, 60, 100, 100, 100);
        UnitScore d = Groups.of("D", 60, 60, 60, 60, 60, 110, 95, 95);
        assertEquals(0, a.index().compareTo(b.index()));
        List<Placement> placements = engine("VI+VII+VIII", "I+II+III+IV+V").rank(List.of(a, b, c, d),
                PreviousRanks.none());
        Map<String, Placement> ranks = byUnit(placements);
        assertEquals(1, ranks.get("A").rank());
        assertEquals(2, ranks.get("B").rank());
        assertEquals(2, ranks.get("C").rank());
        assertEquals(2, ranks.get("D").rank());

        Map<String, Placement> withoutBreakers = byUnit(engine().rank(List.of(a, b, c, d), PreviousRanks.none()));
        assertTrue(withoutBreakers.values().stream().allMatch(p -> p.rank() == 1));
    }

    @Test
    void aSecondTieBreakerSeparatesWhatTheFirstCouldNot() {
        // Every unit totals 500 points (index 0.5000).
        UnitScore a = Groups.of("A", 50, 50, 50, 50, 50, 100, 75, 75); // activity 250, VI 100
        UnitScore b = Groups.of("B", 48, 48, 48, 48, 48, 100, 80, 80); // activity 260
        UnitScore c = Groups.of("C", 60, 50, 50, 50, 40, 110, 70, 70); // activity 250, VI 110
        UnitScore d = Groups.of("D", 50, 50, 50, 50, 50, 100, 70, 80); // activity 250, VI 100: tied with A
        UnitScore e = Groups.of("E", 52, 52, 52, 52, 52, 100, 70, 70); // activity 240
        List<Placement> placements = engine("VI+VII+VIII", "VI").rank(List.of(a, b, c, d, e), PreviousRanks.none());
        Map<String, Placement> ranks = byUnit(placements);
        assertEquals(1, ranks.get("B").rank());
        assertEquals(2, ranks.get("C").rank());
        assertEquals(3, ranks.get("A").rank());
        assertEquals(3, ranks.get("D").rank());
        assertEquals(5, ranks.get("E").rank());
    }

    @Test
    void movementComparesWithThePreviousPeriodAndMarksNewUnits() {
        PreviousRanks previous = PreviousRanks.of(Map.of("A", 3, "B", 1, "C", 2), Map.of());
        Map<String, Placement> ranks = byUnit(engine().rank(List.of(Groups.bare("A", "0.9"),
                Groups.bare("B", "0.8"), Groups.bare("C", "0.7"), Groups.bare("N", "0.6")), previous));
        assertEquals(Trend.UP, ranks.get("A").trend());
        assertEquals(2, ranks.get("A").movement());
        assertEquals("↑2", ranks.get("A").trend().label(3, 1));
        assertEquals(Trend.DOWN, ranks.get("B").trend());
        assertEquals(-1, ranks.get("B").movement());
        assertEquals(Trend.DOWN, ranks.get("C").trend());
        assertEquals(Trend.NEW, ranks.get("N").trend());
        assertNull(ranks.get("N").previousRank());
        assertNull(ranks.get("N").movement());
    }

    @Test
    void unchangedRankIsEqualAndNoPreviousRankingMeansNoMovementAtAll() {
        PreviousRanks previous = PreviousRanks.of(Map.of("A", 1), Map.of());
        assertEquals(Trend.SAME, engine().rank(List.of(Groups.bare("A", "0.9")), previous).get(0).trend());
        Placement first = engine().rank(List.of(Groups.bare("A", "0.9")), PreviousRanks.none()).get(0);
        assertNull(first.trend());
        assertNull(first.previousRank());
    }

    @Test
    void aMergedOrRenamedUnitCarriesItsPredecessorsRankButAMergerOfSeveralIsNew() {
        // 2024: X.HUYEN rank 4, Y.XA1 rank 2, Y.XA2 rank 5; 2025: X.HUYEN renamed to X.MOI (via X.TAM);
        // Y.XA1 and Y.XA2 merged into Y.XAMOI.
        PreviousRanks previous = PreviousRanks.of(Map.of("X.HUYEN", 4, "Y.XA1", 2, "Y.XA2", 5),
                Map.of("X.MOI", List.of("X.TAM"), "X.TAM", List.of("X.HUYEN"), "Y.XAMOI", List.of("Y.XA1", "Y.XA2")));
        Map<String, Placement> ranks = byUnit(engine().rank(List.of(Groups.bare("X.MOI", "0.9"),
                Groups.bare("Y.XAMOI", "0.8")), previous));
        assertEquals(4, ranks.get("X.MOI").previousRank());
        assertEquals(Trend.UP, ranks.get("X.MOI").trend());
        assertEquals(Trend.NEW, ranks.get("Y.XAMOI").trend());
        assertEquals(Set.of("X.TAM", "X.HUYEN"), previous.ancestorsOf("X.MOI"));
    }

    @Test
    void gradeBandsFollowTheThresholdsOnTheComparedIndex() {
        Map<String, Placement> ranks = byUnit(engine().rank(List.of(Groups.bare("A", "0.79996"),
                Groups.bare("B", "0.7999"), Groups.bare("C", "0.65"), Groups.bare("D", "0.5"),
                Groups.bare("E", "0.35"), Groups.bare("F", "0.3499")), PreviousRanks.none()));
        assertEquals(Grade.EXCELLENT, ranks.get("A").grade()); // 0.8000 at 4 decimals
        assertEquals(Grade.GOOD, ranks.get("B").grade());
        assertEquals(Grade.GOOD, ranks.get("C").grade());
        assertEquals(Grade.FAIR, ranks.get("D").grade());
        assertEquals(Grade.AVERAGE, ranks.get("E").grade());
        assertEquals(Grade.WEAK, ranks.get("F").grade());
        assertEquals("Xuất sắc", Grade.EXCELLENT.labelVi);
    }

    @Test
    void gradeThresholdsMustDecrease() {
        assertThrows(IllegalArgumentException.class, () -> new GradeBands(new BigDecimal("0.5"),
                new BigDecimal("0.6"), new BigDecimal("0.4"), new BigDecimal("0.3")));
    }
}
