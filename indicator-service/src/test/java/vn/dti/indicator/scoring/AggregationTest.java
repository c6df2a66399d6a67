package vn.dti.indicator.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static vn.dti.indicator.scoring.TestFrameworks.DEPARTMENT;
import static vn.dti.indicator.scoring.TestFrameworks.component;
import static vn.dti.indicator.scoring.TestFrameworks.ratio;
import static vn.dti.indicator.scoring.TestFrameworks.values;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.dti.indicator.scoring.FrameworkDocument.MainIndex;

class AggregationTest {

    /** I: boolean 30 + percent 20 (CQS); II: ratio 40 + boolean 10 (KTS). Total 100. */
    private static CompiledFramework twoIndices() {
        MainIndex first = new MainIndex("I", "Một", "One", new BigDecimal("50"), "CQS", List.of(
                component("1.1", "BOOLEAN", 30, "dir.annual_plan"), component("1.2", "PERCENT", 20, "doc.signed_pct")));
        MainIndex second = new MainIndex("II", "Hai", "Two", new BigDecimal("50"), "KTS", List.of(
                ratio("2.1", 40, "dvc.online_full", "dvc.procedures_total"), component("2.2", "BOOLEAN", 10, "dir.steering_committee")));
        FrameworkDocument document = new FrameworkDocument("agg", "Tổng hợp", "Aggregation", null, new BigDecimal("100"),
                List.of(first, second));
        return FrameworkCompiler.compile(document, ElementCodes.fromClasspath());
    }

    private static void assertExact(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), "was " + actual);
    }

    @Test
    void indicesAddPointsAndApplicableMaximaAndDivide() {
        ScoreCard card = ScoringEngine.score(twoIndices(), DEPARTMENT, values("dir.annual_plan", "1", "doc.signed_pct",
                "64.39", "dvc.online_full", "1", "dvc.procedures_total", "3", "dir.steering_committee", "0"), Map.of());
        IndexScore first = card.indices().get(0);
        assertExact("42.878", first.points());
        assertExact("50", first.applicableMax());
        assertExact("0.85756", first.index());
        IndexScore second = card.indices().get(1);
        assertExact("13.33333333333333", second.points());
        assertExact("0.2666666666666666", second.index());
        assertExact("56.21133333333333", card.points());
        assertExact("100", card.applicableMax());
        assertExact("0.5621133333333333", card.index());
        assertEquals(new BigDecimal("0.5621"), Decimals.index(card.index()));
        assertEquals(new BigDecimal("56.21"), Decimals.points(card.points()));
        assertExact("0.85756", card.pillars().get("CQS").index());
        assertExact("0.2666666666666666", card.pillars().get("KTS").index());
    }

    @Test
    void aComponentThatDoesNotApplyLeavesTheApplicableMaximum() {
        ScoreCard card = ScoringEngine.score(twoIndices(), DEPARTMENT,
                values("dir.annual_plan", "1", "doc.signed_pct", "100", "dir.steering_committee", "1"), Map.of());
        assertExact("60", card.points());
        assertExact("60", card.applicableMax());
        assertExact("100", card.totalMax());
        assertExact("1", card.index());
        assertExact("10", card.indices().get(1).applicableMax());
        assertExact("1", card.indices().get(1).index());
    }

    @Test
    void nothingApplicableHasNoIndex() {
        MainIndex only = new MainIndex("I", "Một", "One", new BigDecimal("40"), null, List.of(
                ratio("1.1", 40, "dvc.online_full", "dvc.procedures_total")));
        CompiledFramework framework = FrameworkCompiler.compile(new FrameworkDocument("na", "Không áp dụng", "None",
                null, new BigDecimal("40"), List.of(only)), ElementCodes.fromClasspath());
        ScoreCard card = ScoringEngine.score(framework, DEPARTMENT, values(), Map.of());
        assertNull(card.index());
        assertNull(card.indices().get(0).index());
    }

    @Test
    void displayRoundsHalfUpOnlyAtTheEnd() {
        assertEquals(new BigDecimal("0.5679"), Decimals.index(new BigDecimal("0.56785")));
        assertEquals(new BigDecimal("0.5678"), Decimals.index(new BigDecimal("0.567849999")));
        assertEquals(new BigDecimal("33.34"), Decimals.points(new BigDecimal("33.335")));
        assertEquals(new BigDecimal("0.8002"), Decimals.index(new BigDecimal("800.2").divide(new BigDecimal("1000"))));
    }

    @Test
    void theCouncilReplacesReviewedPointsAndTheTotalsFollow() {
        CompiledFramework framework = twoIndices();
        ScoreCard reviewed = ScoringEngine.score(framework, DEPARTMENT, values("dir.annual_plan", "1",
                "doc.signed_pct", "100", "dvc.online_full", "3", "dvc.procedures_total", "3", "dir.steering_committee", "1"),
                Map.of());
        assertExact("100", reviewed.points());
        ScoreCard fin = ScoringEngine.withCouncilAdjustments(framework, reviewed, Map.of("1.1",
                new ComponentScore.CouncilAdjustment(new BigDecimal("30"), new BigDecimal("15"), "Kế hoạch ban hành muộn", "council")));
        assertExact("85", fin.points());
        assertExact("0.85", fin.index());
        ComponentScore adjusted = fin.components().get(0);
        assertEquals(Set.of(Flag.ADJUSTED), adjusted.flags());
        assertEquals("Kế hoạch ban hành muộn", adjusted.adjustment().reason());
        assertExact("30", adjusted.adjustment().reviewedPoints());
    }
}
