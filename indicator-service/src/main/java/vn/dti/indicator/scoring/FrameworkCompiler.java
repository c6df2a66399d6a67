package vn.dti.indicator.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import vn.dti.indicator.scoring.FrameworkDocument.Applicability;

/**
 * Checks a framework document against every rule at once (unknown element codes, formulas that
 * do not parse, maxima that do not add up, method parameters) and turns a valid one into a
 * {@link CompiledFramework} with its formulas parsed.
 */
public final class FrameworkCompiler {

    private static final String CODE_PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";

    private final Set<String> knownElements;
    private final List<Violation> violations = new ArrayList<>();

    private FrameworkCompiler(Set<String> knownElements) {
        this.knownElements = knownElements;
    }

    public static List<Violation> validate(FrameworkDocument document, Set<String> knownElements) {
        FrameworkCompiler compiler = new FrameworkCompiler(knownElements);
        compiler.framework(document);
        return List.copyOf(compiler.violations);
    }

    /** @throws InvalidFrameworkException listing every rule the document breaks */
    public static CompiledFramework compile(FrameworkDocument document, Set<String> knownElements) {
        FrameworkCompiler compiler = new FrameworkCompiler(knownElements);
        CompiledFramework compiled = compiler.framework(document);
        if (!compiler.violations.isEmpty()) {
            throw new InvalidFrameworkException(compiler.violations);
        }
        return compiled;
    }

    private CompiledFramework framework(FrameworkDocument document) {
        if (document == null) {
            violation("", "a framework document is required");
            return null;
        }
        requireCode("code", document.code());
        requireText("nameVi", document.nameVi());
        requireText("nameEn", document.nameEn());
        requirePositive("totalPoints", document.totalPoints());
        if (document.indices() == null || document.indices().isEmpty()) {
            violation("indices", "at least one main index is required");
            return new CompiledFramework(document, List.of());
        }
        List<CompiledFramework.Index> indices = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < document.indices().size(); i++) {
            FrameworkDocument.MainIndex index = document.indices().get(i);
            String path = "indices[" + i + "]";
            if (index == null) {
                violation(path, "is empty");
                continue;
            }
            indices.add(index(path, index, codes));
            sum = sum.add(orZero(index.maxPoints()));
        }
        if (document.totalPoints() != null && sum.compareTo(document.totalPoints()) != 0) {
            violation("totalPoints", "is " + plain(document.totalPoints()) + " but the main indices add up to " + plain(sum));
        }
        return new CompiledFramework(document, indices);
    }

    private CompiledFramework.Index index(String path, FrameworkDocument.MainIndex index, Set<String> codes) {
        requireUniqueCode(path + ".code", index.code(), codes);
        requireText(path + ".nameVi", index.nameVi());
        requireText(path + ".nameEn", index.nameEn());
        requirePositive(path + ".maxPoints", index.maxPoints());
        List<CompiledFramework.Component> components = new ArrayList<>();
        if (index.components() == null || index.components().isEmpty()) {
            violation(path + ".components", "at least one component is required");
            return new CompiledFramework.Index(index.code(), index.nameVi(), index.nameEn(), index.maxPoints(),
                    index.pillar(), components);
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (int c = 0; c < index.components().size(); c++) {
            FrameworkDocument.Component component = index.components().get(c);
            String componentPath = path + ".components[" + c + "]";
            if (component == null) {
                violation(componentPath, "is empty");
                continue;
            }
            component(componentPath, index, component, codes).ifPresent(components::add);
            sum = sum.add(orZero(component.maxPoints()));
        }
        if (index.maxPoints() != null && sum.compareTo(index.maxPoints()) != 0) {
            violation(path + ".maxPoints", "is " + plain(index.maxPoints()) + " but its components add up to " + plain(sum));
        }
        return new CompiledFramework.Index(index.code(), index.nameVi(), index.nameEn(), index.maxPoints(),
                index.pillar(), components);
    }

    private Optional<CompiledFramework.Component> component(String path, FrameworkDocument.MainIndex index,
            FrameworkDocument.Component component, Set<String> codes) {
        requireUniqueCode(path + ".code", component.code(), codes);
        requireText(path + ".nameVi", component.nameVi());
        requireText(path + ".nameEn", component.nameEn());
        int errorsBefore = violations.size();
        ScoringMethod method = method(path + ".method", component.method());
        BigDecimal max = component.maxPoints();
        if (max == null || max.signum() < 0) {
            violation(path + ".maxPoints", "is required and must be 0 or more");
        } else if (method == ScoringMethod.INFORMATIONAL && max.signum() != 0) {
            violation(path + ".maxPoints", "must be 0 for an INFORMATIONAL component");
        } else if (method != null && method != ScoringMethod.INFORMATIONAL && max.signum() == 0) {
            violation(path + ".maxPoints", "must be more than 0 for a scored component");
        }
        Expression input = formula(path + ".input", component.input(), true);
        Expression denominator = denominator(path, method, component.denominator());
        List<CompiledFramework.Step> steps = parameters(path + ".parameters", method, component);
        Set<UnitLevel> levels = levels(path + ".applies", component.applies());
        Set<String> groups = component.applies() == null || component.applies().groups() == null ? Set.of()
                : Set.copyOf(component.applies().groups());
        CompiledFramework.Condition condition = condition(path + ".applies.condition", component.applies());
        if (violations.size() > errorsBefore) {
            return Optional.empty();
        }
        String pillar = component.pillar() != null ? component.pillar() : index.pillar();
        return Optional.of(new CompiledFramework.Component(component, index.code(), method, input, denominator, steps,
                levels, groups, condition, pillar));
    }

    private ScoringMethod method(String path, String name) {
        if (name == null) {
            violation(path, "is required, one of " + List.of(ScoringMethod.values()));
            return null;
        }
        try {
            return ScoringMethod.valueOf(name);
        } catch (IllegalArgumentException e) {
            violation(path, "'" + name + "' is not a method; use one of " + List.of(ScoringMethod.values()));
            return null;
        }
    }

    private Expression denominator(String path, ScoringMethod method, String denominator) {
        if (method == ScoringMethod.RATIO) {
            return formula(path + ".denominator", denominator, true);
        }
        if (denominator != null) {
            violation(path + ".denominator", "is only used by RATIO");
        }
        return null;
    }

    private List<CompiledFramework.Step> parameters(String path, ScoringMethod method, FrameworkDocument.Component component) {
        if (method == null) {
            return List.of();
        }
        FrameworkDocument.Parameters parameters = component.parameters();
        return switch (method) {
            case THRESHOLDS -> steps(path + ".steps", parameters, component.maxPoints(), false);
            case LEVEL_MAP -> steps(path + ".steps", parameters, component.maxPoints(), true);
            case CAPPED_COUNT -> {
                if (parameters == null || parameters.perItem() == null || parameters.perItem().signum() <= 0) {
                    violation(path + ".perItem", "is required and must be more than 0");
                }
                yield List.of();
            }
            case GOALPOSTS -> {
                goalposts(path, parameters);
                yield List.of();
            }
            default -> List.of();
        };
    }

    private void goalposts(String path, FrameworkDocument.Parameters parameters) {
        if (parameters == null || parameters.low() == null || parameters.high() == null) {
            violation(path, "low and high are required");
            return;
        }
        if (parameters.high().compareTo(parameters.low()) <= 0) {
            violation(path + ".high", "must be above low");
        }
        if (parameters.direction() != null && Goalposts.direction(parameters.direction()).isEmpty()) {
            violation(path + ".direction", "must be HIGHER_IS_BETTER or LOWER_IS_BETTER");
        }
    }

    private List<CompiledFramework.Step> steps(String path, FrameworkDocument.Parameters parameters, BigDecimal max,
            boolean fractions) {
        if (parameters == null || parameters.steps() == null || parameters.steps().isEmpty()) {
            violation(path, "at least one step is required");
            return List.of();
        }
        List<CompiledFramework.Step> steps = new ArrayList<>();
        for (int s = 0; s < parameters.steps().size(); s++) {
            FrameworkDocument.Step step = parameters.steps().get(s);
            String stepPath = path + "[" + s + "]";
            Optional<Comparison> op = step == null ? Optional.empty() : Comparison.ofSymbol(step.op());
            if (op.isEmpty()) {
                violation(stepPath + ".op", "must be one of >=, >, =, <=, <");
                continue;
            }
            if (step.value() == null) {
                violation(stepPath + ".value", "is required");
                continue;
            }
            BigDecimal result = fractions ? step.fraction() : step.points();
            if (!validStepResult(stepPath, result, max, fractions)) {
                continue;
            }
            steps.add(new CompiledFramework.Step(op.get(), step.value(), result));
        }
        return steps;
    }

    private boolean validStepResult(String path, BigDecimal result, BigDecimal max, boolean fraction) {
        if (fraction && (result == null || result.signum() < 0 || result.compareTo(BigDecimal.ONE) > 0)) {
            violation(path + ".fraction", "is required, between 0 and 1");
            return false;
        }
        if (!fraction && (result == null || result.signum() < 0 || (max != null && result.compareTo(max) > 0))) {
            violation(path + ".points", "is required, between 0 and the component's maxPoints");
            return false;
        }
        return true;
    }

    private Set<UnitLevel> levels(String path, Applicability applies) {
        if (applies == null || (applies.scope() == null && applies.levels() == null)) {
            return UnitLevel.ALL;
        }
        if (applies.scope() != null) {
            switch (applies.scope()) {
                case "ALL":
                    return UnitLevel.ALL;
                case "LOCAL":
                    return UnitLevel.LOCAL;
                default:
                    violation(path + ".scope", "must be ALL or LOCAL (or give levels instead)");
                    return Set.of();
            }
        }
        Set<UnitLevel> levels = EnumSet.noneOf(UnitLevel.class);
        for (int l = 0; l < applies.levels().size(); l++) {
            try {
                levels.add(UnitLevel.valueOf(applies.levels().get(l)));
            } catch (IllegalArgumentException | NullPointerException e) {
                violation(path + ".levels[" + l + "]", "must be one of " + List.of(UnitLevel.values()));
            }
        }
        return levels;
    }

    private CompiledFramework.Condition condition(String path, Applicability applies) {
        if (applies == null || applies.condition() == null) {
            return null;
        }
        FrameworkDocument.Condition condition = applies.condition();
        Expression formula = formula(path + ".formula", condition.formula(), true);
        Optional<Comparison> op = Comparison.ofSymbol(condition.op());
        if (op.isEmpty()) {
            violation(path + ".op", "must be one of >=, >, =, <=, <");
        }
        if (condition.value() == null) {
            violation(path + ".value", "is required");
        }
        return formula == null || op.isEmpty() ? null : new CompiledFramework.Condition(formula, op.get(), condition.value());
    }

    private Expression formula(String path, String text, boolean required) {
        if (text == null || text.isBlank()) {
            if (required) {
                violation(path, "a formula over data elements is required");
            }
            return null;
        }
        try {
            Expression expression = FormulaParser.parse(text);
            Set<String> unknown = new LinkedHashSet<>(expression.elements());
            unknown.removeAll(knownElements);
            if (!unknown.isEmpty()) {
                violation(path, "unknown data element(s) " + String.join(", ", unknown));
                return null;
            }
            return expression;
        } catch (FormulaException e) {
            violation(path, "does not parse: " + e.getMessage());
            return null;
        }
    }

    private void requireUniqueCode(String path, String code, Set<String> seen) {
        requireCode(path, code);
        if (code != null && !seen.add(code)) {
            violation(path, "'" + code + "' is used twice");
        }
    }

    private void requireCode(String path, String code) {
        if (code == null || !code.matches(CODE_PATTERN)) {
            violation(path, "is required: letters, digits, '.', '_' or '-', at most 64");
        }
    }

    private void requireText(String path, String text) {
        if (text == null || text.isBlank()) {
            violation(path, "is required");
        }
    }

    private void requirePositive(String path, BigDecimal value) {
        if (value == null || value.signum() <= 0) {
            violation(path, "is required and must be more than 0");
        }
    }

    private void violation(String path, String message) {
        violations.add(new Violation(path, message));
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
