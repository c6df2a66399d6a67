package vn.dti.indicator.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * A validated framework version with every formula parsed once; shared by all units scored
 * under that version.
 */
public record CompiledFramework(FrameworkDocument document, List<Index> indices) {

    public record Index(String code, String nameVi, String nameEn, BigDecimal maxPoints, String pillar,
            List<Component> components) {
    }

    /** {@code result} is points for THRESHOLDS and a fraction of max for LEVEL_MAP. */
    public record Step(Comparison op, BigDecimal value, BigDecimal result) {
    }

    public record Condition(Expression formula, Comparison op, BigDecimal value) {
    }

    public record Component(FrameworkDocument.Component definition, String indexCode, ScoringMethod method,
            Expression input, Expression denominator, List<Step> steps, Set<UnitLevel> levels, Set<String> groups,
            Condition condition, String pillar) {

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

    public List<Component> components() {
        return indices.stream().flatMap(index -> index.components().stream()).toList();
    }

    public List<Component> bestInGroupComponents() {
        return components().stream().filter(c -> c.method() == ScoringMethod.BEST_IN_GROUP).toList();
    }

    public BigDecimal totalPoints() {
        return document.totalPoints();
    }
}
