package vn.dti.indicator.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static vn.dti.indicator.scoring.TestFrameworks.DEPARTMENT;
import static vn.dti.indicator.scoring.TestFrameworks.DISTRICT;
import static vn.dti.indicator.scoring.TestFrameworks.applying;
import static vn.dti.indicator.scoring.TestFrameworks.component;
import static vn.dti.indicator.scoring.TestFrameworks.fraction;
import static vn.dti.indicator.scoring.TestFrameworks.points;
import static vn.dti.indicator.scoring.TestFrameworks.ratio;
import static vn.dti.indicator.scoring.TestFrameworks.values;
import static vn.dti.indicator.scoring.TestFrameworks.withParameters;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.dti.indicator.scoring.FrameworkDocument.Applicability;
import vn.dti.indicator.scoring.FrameworkDocument.Component;
import vn.dti.indicator.scoring.FrameworkDocument.Condition;
import vn.dti.indicator.scoring.FrameworkDocument.Parameters;

/** Every method and edge rule of DTI-FRAMEWORK.md, against hand-computed points. */
class ScoringMethodsTest {

    private static ComponentScore score(Component component, Map<String, InputValue> values) {
        return score(component, values, DEPARTMENT, Map.of());
    }

    private static ComponentScore score(Component component, Map<String, InputValue> values, UnitProfile unit,
            Map<String, BigDecimal> bests) {
        CompiledFramework framework = TestFrameworks.of(component);
        return ScoringEngine.score(framework, unit, values, bests).components().get(0);
    }

    private static void assertPoints(String expected, ComponentScore score) {
        assertEquals(0, new BigDecimal(expected).compareTo(score.points()), "points were " + score.points());
    }

    @Test
    void booleanGivesTheMaxForTrueAndNothingForFalseOrMissing() {
        Component c = component("b", "BOOLEAN", 30, "dir.steering_committee");
        assertPoints("30", score(c, values("dir.steering_committee", "1")));
        ComponentScore no = score(c, values("dir.steering_committee", "0"));
        assertPoints("0", no);
        assertEquals(Set.of(), no.flags());
        ComponentScore missing = score(c, values());
        assertPoints("0", missing);
        assertEquals(Set.of(Flag.MISSING), missing.flags());
        assertEquals(0, new BigDecimal("30").compareTo(missing.applicableMax()), "a missing input keeps its max");
    }

    @ParameterizedTest
    @CsvSource({"64.39, 16.0975", "100, 25", "0, 0", "120, 25", "-5, 0", "33.333, 8.33325"})
    void percentIsProportionalAndClampedTo0To100(String percent, String expected) {
        assertPoints(expected, score(component("p", "PERCENT", 25, "doc.signed_pct"), values("doc.signed_pct", percent)));
    }

    @ParameterizedTest
    @CsvSource({"5, 6, 33.33333333333333", "6, 6, 40", "7, 6, 40", "0, 6, 0", "1, 3, 13.33333333333333"})
    void ratioIsProportionalAndClampedTo0To1(String a, String b, String expected) {
        Component c = ratio("r", 40, "dvc.online_full", "dvc.procedures_total");
        assertPoints(expected, score(c, values("dvc.online_full", a, "dvc.procedures_total", b)));
    }

    @Test
    void aRatioWithoutDenominatorDoesNotApplyAndItsMaxLeavesTheApplicableMax() {
        Component c = ratio("r", 40, "dvc.online_full", "dvc.procedures_total");
        for (Map<String, InputValue> values : List.of(values("dvc.online_full", "0", "dvc.procedures_total", "0"),
                values("dvc.online_full", "3"), values())) {
            ComponentScore score = score(c, values);
            assertEquals(Set.of(Flag.NOT_APPLICABLE), score.flags());
            assertPoints("0", score);
            assertEquals(0, BigDecimal.ZERO.compareTo(score.applicableMax()));
        }
    }

    @Test
    void aRatioWithADenominatorButNoNumeratorIsMissing() {
        ComponentScore score = score(ratio("r", 40, "dvc.online_full", "dvc.procedures_total"),
                values("dvc.procedures_total", "6"));
        assertEquals(Set.of(Flag.MISSING), score.flags());
        assertPoints("0", score);
        assertEquals(0, new BigDecimal("40").compareTo(score.applicableMax()));
    }

    @ParameterizedTest
    @CsvSource({"30, 30", "24, 30", "23, 20", "12, 20", "11, 10", "6, 10", "5, 5", "1, 5", "0, 0"})
    void thresholdsGiveThePointsOfTheFirstStepThatHolds(String posts, String expected) {
        Component c = withParameters(component("t", "THRESHOLDS", 30, "dir.dx_news_posts"), new Parameters(List.of(
                points(">=", "24", "30"), points(">=", "12", "20"), points(">=", "6", "10"), points(">=", "1", "5")),
                null, null, null, null));
        assertPoints(expected, score(c, values("dir.dx_news_posts", posts)));
    }

    @ParameterizedTest
    @CsvSource({"0, 30", "1, 15", "2, 15", "3, 0"})
    void thresholdsAlsoCompareForEqualityAndAtMost(String incidents, String expected) {
        Component c = withParameters(component("t", "THRESHOLDS", 30, "sec.incidents"), new Parameters(List.of(
                points("=", "0", "30"), points("<=", "2", "15")), null, null, null, null));
        assertPoints(expected, score(c, values("sec.incidents", incidents)));
    }

    @ParameterizedTest
    @CsvSource({"0, 0", "1, 4", "3, 12", "5, 20", "9, 20"})
    void cappedCountGivesPointsPerItemUpToTheMax(String documents, String expected) {
        Component c = withParameters(component("c", "CAPPED_COUNT", 20, "dir.directive_docs"),
                new Parameters(null, new BigDecimal("4"), null, null, null));
        assertPoints(expected, score(c, values("dir.directive_docs", documents)));
    }

    @ParameterizedTest
    @CsvSource({"0, 0", "1, 20", "2, 40", "5, 40"})
    void levelMapGivesAFractionOfTheMax(String level, String expected) {
        Component c = withParameters(component("l", "LEVEL_MAP", 40, "sec.security_level"), new Parameters(List.of(
                fraction(">=", "2", "1"), fraction("=", "1", "0.5")), null, null, null, null));
        assertPoints(expected, score(c, values("sec.security_level", level)));
    }

    @ParameterizedTest
    @CsvSource({"HIGHER_IS_BETTER, 50, 0", "HIGHER_IS_BETTER, 65, 15", "HIGHER_IS_BETTER, 80, 30",
            "HIGHER_IS_BETTER, 95, 30", "LOWER_IS_BETTER, 55, 25", "LOWER_IS_BETTER, 80, 0", "LOWER_IS_BETTER, 40, 30"})
    void goalpostsPlaceTheValueBetweenFixedLowAndHigh(String direction, String value, String expected) {
        Component c = withParameters(component("g", "GOALPOSTS", 30, "soc.smartphone_pct"),
                new Parameters(null, null, new BigDecimal("50"), new BigDecimal("80"), direction));
        assertPoints(expected, score(c, values("soc.smartphone_pct", value)));
    }

    @Test
    void bestInGroupComparesWithTheHighestValueOfThePeerGroup() {
        Component c = component("b", "BEST_IN_GROUP", 60, "dvc.online_payments");
        ComponentScore half = score(c, values("dvc.online_payments", "1451"), DISTRICT, Map.of("b", new BigDecimal("2902")));
        assertPoints("30", half);
        assertEquals(0, new BigDecimal("2902").compareTo(half.groupBest()));
        assertPoints("60", score(c, values("dvc.online_payments", "2902"), DISTRICT, Map.of("b", new BigDecimal("2902"))));
        assertPoints("60", score(c, values("dvc.online_payments", "10"), DISTRICT, Map.of()));
        assertPoints("0", score(c, values("dvc.online_payments", "0"), DISTRICT, Map.of("b", BigDecimal.ZERO)));
        assertEquals(Set.of(Flag.MISSING), score(c, values(), DISTRICT, Map.of("b", BigDecimal.TEN)).flags());
    }

    @Test
    void informationalShowsTheValueButScoresNothing() {
        CompiledFramework framework = TestFrameworks.of(component("i", "INFORMATIONAL", 0, "doc.incoming"),
                component("b", "BOOLEAN", 10, "dir.annual_plan"));
        ScoreCard card = ScoringEngine.score(framework, DEPARTMENT, values("doc.incoming", "26157"), Map.of());
        ComponentScore score = card.components().get(0);
        assertEquals(0, BigDecimal.TEN.compareTo(card.applicableMax()), "an informational component adds no max");
        assertPoints("0", score);
        assertEquals(0, new BigDecimal("26157").compareTo(score.formulaResult()));
        assertEquals(Set.of(), score.flags());
    }

    @Test
    void localComponentsDoNotApplyToDepartments() {
        Component c = applying(component("l", "PERCENT", 35, "soc.household_fiber_pct"),
                new Applicability("LOCAL", null, null, null));
        Map<String, InputValue> values = values("soc.household_fiber_pct", "70");
        assertEquals(Set.of(Flag.NOT_APPLICABLE), score(c, values).flags());
        assertPoints("24.5", score(c, values, DISTRICT, Map.of()));
    }

    @Test
    void applicabilityCanDependOnGroupsAndOnAConditionOverTheInputs() {
        Component onlyWithProcedures = applying(component("d", "PERCENT", 20, "dvc.dossiers_on_time_pct"),
                new Applicability("ALL", null, null, new Condition("dvc.procedures_total", ">", BigDecimal.ZERO)));
        assertEquals(Set.of(Flag.NOT_APPLICABLE),
                score(onlyWithProcedures, values("dvc.dossiers_on_time_pct", "90", "dvc.procedures_total", "0")).flags());
        assertPoints("18", score(onlyWithProcedures, values("dvc.dossiers_on_time_pct", "90", "dvc.procedures_total", "3")));
        Component onlyHuyen = applying(component("h", "BOOLEAN", 10, "dir.annual_plan"),
                new Applicability(null, List.of("DISTRICT", "DEPARTMENT"), List.of("huyen"), null));
        assertEquals(Set.of(Flag.NOT_APPLICABLE), score(onlyHuyen, values("dir.annual_plan", "1")).flags());
        assertPoints("10", score(onlyHuyen, values("dir.annual_plan", "1"), DISTRICT, Map.of()));
    }

    @Test
    void anInputTheReviewerAdjustedFlagsTheComponentAndTheExplanationNamesItsSource() {
        UUID report = UUID.randomUUID();
        Map<String, InputValue> values = Map.of("doc.signed_pct",
                new InputValue("doc.signed_pct", new BigDecimal("98"), report, 3, true));
        ComponentScore score = score(component("p", "PERCENT", 20, "doc.signed_pct"), values);
        assertEquals(Set.of(Flag.ADJUSTED), score.flags());
        assertEquals(report, score.inputs().get(0).reportId());
        assertEquals(3, score.inputs().get(0).reportVersion());
        assertPoints("19.6", score);
    }

    @Test
    void theExplanationListsMissingInputsWithoutAValue() {
        ComponentScore score = score(ratio("r", 20, "dvc.online_full + dvc.online_partial", "dvc.procedures_total"),
                values("dvc.online_full", "5", "dvc.procedures_total", "6"));
        assertEquals(List.of("dvc.online_full", "dvc.online_partial", "dvc.procedures_total"),
                score.inputs().stream().map(InputValue::element).toList());
        assertNull(score.inputs().get(1).value());
        assertEquals(Set.of(Flag.MISSING), score.flags());
    }
}
