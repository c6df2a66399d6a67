package vn.dti.indicator.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import vn.dti.indicator.scoring.FrameworkDocument.Component;
import vn.dti.indicator.scoring.FrameworkDocument.MainIndex;

class FrameworkCompilerTest {

    @Test
    void theSeededFrameworkIsValidAndShapedLikeTheSpecification() {
        CompiledFramework seed = TestFrameworks.seed();
        assertEquals(8, seed.indices().size());
        assertEquals(33, seed.components().size());
        assertEquals(0, new BigDecimal("1000").compareTo(seed.totalPoints()));
        assertEquals(List.of("100", "100", "100", "100", "100", "200", "150", "150"),
                seed.indices().stream().map(i -> i.maxPoints().toPlainString()).toList());
        assertEquals(List.of("2.4", "7.1", "7.2", "7.3"),
                seed.bestInGroupComponents().stream().map(CompiledFramework.Component::code).toList());
        assertEquals(Map.of(ScoringMethod.BOOLEAN, 7L, ScoringMethod.PERCENT, 11L, ScoringMethod.RATIO, 5L,
                ScoringMethod.THRESHOLDS, 4L, ScoringMethod.CAPPED_COUNT, 1L, ScoringMethod.LEVEL_MAP, 1L,
                ScoringMethod.BEST_IN_GROUP, 4L), seed.components().stream()
                .collect(Collectors.groupingBy(CompiledFramework.Component::method, Collectors.counting())));
        assertEquals(List.of("4.3", "7.3", "8.2", "8.3", "8.4"), seed.components().stream()
                .filter(c -> !c.levels().contains(UnitLevel.DEPARTMENT)).map(CompiledFramework.Component::code).toList());
    }

    @Test
    void everyBrokenRuleIsReportedAtOnceWithItsPath() {
        FrameworkDocument seed = TestFrameworks.seedDocument();
        MainIndex first = seed.indices().get(0);
        Component unknownElement = withInput(first.components().get(0), "dir.steering_comittee");
        Component badFormula = withInput(first.components().get(1), "dir.dx_portal_section +");
        Component badMethod = new Component("1.3", "Tin bài", "News", new BigDecimal("30"), "SOMETIMES",
                "dir.dx_news_posts", null, null, null, null, null, null, null);
        Component tooMuch = new Component("1.4", "Văn bản", "Documents", new BigDecimal("25"), "CAPPED_COUNT",
                "dir.directive_docs", null, null, null, null, null, null, null);
        MainIndex broken = new MainIndex("I", first.nameVi(), first.nameEn(), first.maxPoints(), null,
                List.of(unknownElement, badFormula, badMethod, tooMuch));
        List<MainIndex> indices = new ArrayList<>(seed.indices());
        indices.set(0, broken);
        FrameworkDocument document = new FrameworkDocument(seed.code(), seed.nameVi(), seed.nameEn(), null,
                seed.totalPoints(), indices);

        InvalidFrameworkException error = assertThrows(InvalidFrameworkException.class,
                () -> FrameworkCompiler.compile(document, ElementCodes.fromClasspath()));
        Map<String, String> byPath = error.violations().stream()
                .collect(Collectors.toMap(Violation::path, Violation::message, (a, b) -> a + "; " + b));
        assertTrue(byPath.get("indices[0].components[0].input").contains("dir.steering_comittee"), byPath.toString());
        assertTrue(byPath.get("indices[0].components[1].input").contains("does not parse"), byPath.toString());
        assertTrue(byPath.get("indices[0].components[2].method").contains("SOMETIMES"), byPath.toString());
        assertTrue(byPath.get("indices[0].components[3].parameters.perItem").contains("required"), byPath.toString());
        assertTrue(byPath.get("indices[0].maxPoints").contains("add up to 105"), byPath.toString());
        assertEquals(5, error.violations().size(), byPath.toString());
    }

    @Test
    void totalsThatDoNotAddUpAndDuplicateCodesAreNamed() {
        FrameworkDocument seed = TestFrameworks.seedDocument();
        FrameworkDocument wrongTotal = new FrameworkDocument(seed.code(), seed.nameVi(), seed.nameEn(), null,
                new BigDecimal("900"), seed.indices());
        List<Violation> violations = FrameworkCompiler.validate(wrongTotal, ElementCodes.fromClasspath());
        assertEquals(List.of(new Violation("totalPoints", "is 900 but the main indices add up to 1000")), violations);

        Component one = TestFrameworks.component("x", "BOOLEAN", 10, "dir.annual_plan");
        List<Violation> duplicate = FrameworkCompiler.validate(TestFrameworks.document(one, one), ElementCodes.fromClasspath());
        assertEquals("indices[0].components[1].code", duplicate.get(0).path());
    }

    @Test
    void methodParametersAreChecked() {
        Component thresholdsWithoutSteps = TestFrameworks.component("t", "THRESHOLDS", 10, "hr.it_staff");
        Component ratioWithoutDenominator = TestFrameworks.component("r", "RATIO", 10, "hr.it_staff");
        Component informationalWithPoints = TestFrameworks.component("i", "INFORMATIONAL", 5, "doc.incoming");
        List<String> paths = FrameworkCompiler.validate(TestFrameworks.document(thresholdsWithoutSteps,
                ratioWithoutDenominator, informationalWithPoints), ElementCodes.fromClasspath())
                .stream().map(Violation::path).toList();
        assertEquals(List.of("indices[0].components[0].parameters.steps", "indices[0].components[1].denominator",
                "indices[0].components[2].maxPoints"), paths);
    }

    private static Component withInput(Component c, String input) {
        return new Component(c.code(), c.nameVi(), c.nameEn(), c.maxPoints(), c.method(), input, c.denominator(),
                c.parameters(), c.applies(), c.pillar(), c.evidence(), c.dataSource(), c.verifiedBy());
    }
}
