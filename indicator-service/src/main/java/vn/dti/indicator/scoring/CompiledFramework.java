package vn.dti.indicator.scoring;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A validated framework version with every formula parsed once; shared by all units scored
 * under that version.
 */
public record CompiledFramework(FrameworkDocument document, List<Index> indices, List<Component> components,
        List<Component> bestInGroupComponents) {

    /** Components listed once, not per scored unit. */
    public CompiledFramework(FrameworkDocument document, List<Index> indices) {
        this(document, indices, indices.stream().flatMap(index -> index.components().stream()).toList(),
                indices.stream().flatMap(index -> index.components().stream())
                        .filter(c -> c.method() == ScoringMethod.BEST_IN_GROUP).toList());
    }

    public record Index(String code, String nameVi, String nameEn, BigDecimal maxPoints, String pillar,
            List<Component> components) {
    }

    /** {@code result} is points for THRESHOLDS and a fraction of max for LEVEL_MAP. */
    public record Step(Comparison op, BigDecimal value, BigDecimal result) {
    }

    public record Condition(Expression formula, Comparison op, BigDecimal value) {
    }

    /** {@code elements}: the data elements of the input and denominator formulas, collected once. */
    public record Component(FrameworkDocument.Component definition, String indexCode, ScoringMethod method,
            Expression input, Expression denominator, List<Step> steps, Set<UnitLevel> levels, Set<String> groups,
            Condition condition, String pillar, List<String> elements) {

        public Component(FrameworkDocument.Component definition, String indexCode, ScoringMethod method,
                Expression input, Expression denominator, List<Step> steps, Set<UnitLevel> levels, Set<String> groups,
                Condition condition, String pillar) {
            this(definition, indexCode, method, input, denominator, steps, levels, groups, condition, pillar,
                    elementsOf(input, denominator));
        }

        private static List<String> elementsOf(Expression input, Expression denominator) {
            Set<String> elements = new LinkedHashSet<>(input.elements());
            if (denominator != null) {
                elements.addAll(denominator.elements());
            }
            return List.copyOf(elements);
        }

        public String code() {
            return definition.code();
        }

        public BigDecimal maxPoints() {
            return definition.maxPoints();
        }

        public FrameworkDocument.Parameters parameters() {
            return definition.parameters();
        }
    }

    public BigDecimal totalPoints() {
        return document.totalPoints();
    }
}
