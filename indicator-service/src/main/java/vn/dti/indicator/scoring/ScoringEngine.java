package vn.dti.indicator.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores one unit under a compiled framework. Pure: no database, no clock; the caller passes the
 * unit's values and, for BEST_IN_GROUP, the highest value in its peer group.
 */
public final class ScoringEngine {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ScoringEngine() {
    }

    public static ScoreCard score(CompiledFramework framework, UnitProfile unit, Map<String, InputValue> values,
            Map<String, BigDecimal> groupBests) {
        List<ComponentScore> components = new ArrayList<>();
        for (CompiledFramework.Component component : framework.components()) {
            components.add(component(component, unit, values, groupBests.get(component.code())));
        }
        return ScoreCard.aggregate(framework, components);
    }

    /** The council's points replace the reviewed points of the components it adjusted. */
    public static ScoreCard withCouncilAdjustments(CompiledFramework framework, ScoreCard reviewed,
            Map<String, ComponentScore.CouncilAdjustment> adjustments) {
        if (adjustments.isEmpty()) {
            return reviewed;
        }
        List<ComponentScore> components = reviewed.components().stream()
                .map(c -> adjustments.containsKey(c.code()) && c.applies() ? c.adjustedBy(adjustments.get(c.code())) : c)
                .toList();
        return ScoreCard.aggregate(framework, components);
    }

    /**
     * The unit's values of its applicable BEST_IN_GROUP components: what its peers are measured
     * against when it has the highest.
     */
    public static Map<String, BigDecimal> bestInGroupValues(CompiledFramework framework, UnitProfile unit,
            Map<String, InputValue> values) {
        Map<String, BigDecimal> candidates = new HashMap<>();
        for (CompiledFramework.Component component : framework.bestInGroupComponents()) {
            if (applies(component, unit, values)) {
                BigDecimal value = component.input().evaluate(element -> valueOf(values, element));
                if (value != null) {
                    candidates.put(component.code(), value);
                }
            }
        }
        return candidates;
    }

    static ComponentScore component(CompiledFramework.Component component, UnitProfile unit,
            Map<String, InputValue> values, BigDecimal groupBest) {
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        List<InputValue> inputs = inputsOf(component, values);
        if (inputs.stream().anyMatch(InputValue::adjusted)) {
            flags.add(Flag.ADJUSTED);
        }
        BigDecimal result = component.input().evaluate(element -> valueOf(values, element));
        BigDecimal denominator = component.denominator() == null ? null
                : component.denominator().evaluate(element -> valueOf(values, element));
        Scoring scoring = new Scoring(component, result, denominator, groupBest);
        boolean applies = applies(component, unit, values) && !scoring.ratioWithoutDenominator();
        BigDecimal points = BigDecimal.ZERO;
        if (!applies) {
            flags.add(Flag.NOT_APPLICABLE);
        } else if (result == null && component.method() != ScoringMethod.INFORMATIONAL) {
            flags.add(Flag.MISSING);
        } else {
            points = scoring.points();
        }
        FrameworkDocument.Component definition = component.definition();
        return new ComponentScore(component.code(), component.indexCode(), definition.nameVi(), definition.nameEn(),
                component.pillar(), component.method(), definition.input(), definition.denominator(), inputs, result,
                denominator, component.method() == ScoringMethod.BEST_IN_GROUP ? groupBest : null, points,
                component.maxPoints(), applies ? component.maxPoints() : BigDecimal.ZERO, flags, null);
    }

    static boolean applies(CompiledFramework.Component component, UnitProfile unit, Map<String, InputValue> values) {
        if (unit.level() == null || !component.levels().contains(unit.level())) {
            return false;
        }
        if (!component.groups().isEmpty() && !component.groups().contains(unit.group())) {
            return false;
        }
        CompiledFramework.Condition condition = component.condition();
        if (condition == null) {
            return true;
        }
        BigDecimal value = condition.formula().evaluate(element -> valueOf(values, element));
        return value != null && condition.op().holds(value, condition.value());
    }

    private static List<InputValue> inputsOf(CompiledFramework.Component component, Map<String, InputValue> values) {
        List<InputValue> inputs = new ArrayList<>(component.elements().size());
        for (String element : component.elements()) {
            InputValue value = values.get(element);
            inputs.add(value != null ? value : new InputValue(element, null, null, null, false));
        }
        return Collections.unmodifiableList(inputs);
    }

    private static BigDecimal valueOf(Map<String, InputValue> values, String element) {
        InputValue value = values.get(element);
        return value == null ? null : value.value();
    }

    /** The rule of each method, applied to a value that is present. */
    private record Scoring(CompiledFramework.Component component, BigDecimal value, BigDecimal denominator,
            BigDecimal groupBest) {

        boolean ratioWithoutDenominator() {
            return component.method() == ScoringMethod.RATIO && (denominator == null || denominator.signum() == 0);
        }

        BigDecimal points() {
            BigDecimal max = component.maxPoints();
            BigDecimal points = switch (component.method()) {
                case BOOLEAN -> value.signum() != 0 ? max : BigDecimal.ZERO;
                case PERCENT -> max.multiply(Decimals.clamp(value, BigDecimal.ZERO, HUNDRED)).divide(HUNDRED, Expression.MATH);
                case RATIO -> max.multiply(value).divide(denominator, Expression.MATH);
                case THRESHOLDS -> firstStep(BigDecimal.ZERO);
                case CAPPED_COUNT -> value.max(BigDecimal.ZERO).multiply(component.parameters().perItem());
                case LEVEL_MAP -> max.multiply(firstStep(BigDecimal.ZERO));
                case GOALPOSTS -> goalposts(max);
                case BEST_IN_GROUP -> bestInGroup(max);
                case INFORMATIONAL -> BigDecimal.ZERO;
            };
            return Decimals.clamp(points, BigDecimal.ZERO, max).stripTrailingZeros();
        }

        private BigDecimal firstStep(BigDecimal otherwise) {
            return component.steps().stream()
                    .filter(step -> step.op().holds(value, step.value()))
                    .map(CompiledFramework.Step::result)
                    .findFirst().orElse(otherwise);
        }

        private BigDecimal goalposts(BigDecimal max) {
            FrameworkDocument.Parameters parameters = component.parameters();
            BigDecimal span = parameters.high().subtract(parameters.low());
            boolean lowerIsBetter = Goalposts.direction(parameters.direction()).orElseThrow() == Goalposts.LOWER_IS_BETTER;
            BigDecimal distance = lowerIsBetter ? parameters.high().subtract(value) : value.subtract(parameters.low());
            return max.multiply(distance).divide(span, Expression.MATH);
        }

        private BigDecimal bestInGroup(BigDecimal max) {
            BigDecimal best = groupBest == null ? value : groupBest.max(value);
            if (best.signum() <= 0) {
                return BigDecimal.ZERO;
            }
            return max.multiply(value).divide(best, Expression.MATH);
        }
    }
}
