package vn.dti.report.service;

import java.math.BigDecimal;

import vn.dti.platform.problem.Problem;
import vn.dti.platform.rest.StoredNumbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import vn.dti.report.repository.ConsistencyRule;
import vn.dti.report.repository.DataElement;
import vn.dti.report.repository.ValueType;
import vn.dti.platform.problem.Problem.FieldError;

/**
 * Type, range and cross-field checks of report values. Pure logic: the catalog and rules are
 * handed in, so every rule is unit-tested without a database.
 */
public final class ValueValidator {

    private static final Set<String> TRUE_WORDS = Set.of("true", "có", "co", "yes", "1", "đã", "x");
    private static final Set<String> FALSE_WORDS = Set.of("false", "không", "khong", "no", "0", "chưa");

    /** A value after parsing: a number or a boolean, never both. */
    /** report_value.value_number is numeric(24,4): a value that does not fit is refused, never rounded. */
    static final int STORED_PRECISION = 24;
    static final int STORED_SCALE = 4;

    public record Typed(BigDecimal number, Boolean bool) {
        public static final Typed REMOVED = new Typed(null, null);

        public boolean isRemoved() {
            return number == null && bool == null;
        }
    }

    private final Map<String, DataElement> catalog;
    private final List<ConsistencyRule> rules;

    public ValueValidator(Map<String, DataElement> catalog, List<ConsistencyRule> rules) {
        this.catalog = catalog;
        this.rules = rules;
    }

    /** Parses one value of an element, or explains in {@code errors} why it cannot be stored. */
    public Optional<Typed> parse(String field, String elementCode, JsonNode value, List<FieldError> errors) {
        DataElement element = catalog.get(elementCode);
        if (element == null) {
            errors.add(new FieldError(field, "unknown data element '" + elementCode + "'"));
            return Optional.empty();
        }
        if (element.isRetired()) {
            errors.add(new FieldError(field, "data element " + elementCode + " is retired"));
            return Optional.empty();
        }
        if (value == null || value.isNull()) {
            return Optional.of(Typed.REMOVED);
        }
        return element.valueType == ValueType.BOOLEAN ? parseBoolean(field, value, errors)
                : parseNumber(field, element, value, errors);
    }

    /**
     * Checks every cross-field rule whose right side is known and whose left side has at least one
     * value (a missing part of the left side counts as 0); returns the broken ones.
     */
    public List<FieldError> checkConsistency(Map<String, BigDecimal> numbers) {
        return checkConsistency(numbers, Set.of());
    }

    /** As above, naming in each error the element the client changed (so a form can point at it). */
    public List<FieldError> checkConsistency(Map<String, BigDecimal> numbers, Set<String> changed) {
        List<FieldError> errors = new ArrayList<>();
        for (ConsistencyRule rule : rules) {
            Optional<BigDecimal> left = sumOfPresent(rule.left(), numbers);
            Optional<BigDecimal> right = sum(rule.right(), numbers);
            if (left.isPresent() && right.isPresent() && left.get().compareTo(right.get()) > 0) {
                errors.add(new FieldError(fieldOf(rule, changed), rule.messageVi + " / " + rule.messageEn + " ("
                        + String.join(" + ", rule.left()) + " = " + plain(left.get()) + " > "
                        + String.join(" + ", rule.right()) + " = " + plain(right.get()) + ")"));
            }
        }
        return errors;
    }

    private static String fieldOf(ConsistencyRule rule, Set<String> changed) {
        return java.util.stream.Stream.concat(rule.left().stream(), rule.right().stream())
                .filter(changed::contains).findFirst().orElse(rule.left().get(0));
    }

    private Optional<Typed> parseBoolean(String field, JsonNode value, List<FieldError> errors) {
        if (value.isBoolean()) {
            return Optional.of(new Typed(null, value.booleanValue()));
        }
        String word = value.asText().strip().toLowerCase(Locale.ROOT);
        if (TRUE_WORDS.contains(word)) {
            return Optional.of(new Typed(null, true));
        }
        if (FALSE_WORDS.contains(word)) {
            return Optional.of(new Typed(null, false));
        }
        errors.add(new FieldError(field, "must be true or false (có/không)"));
        return Optional.empty();
    }

    private Optional<Typed> parseNumber(String field, DataElement element, JsonNode value, List<FieldError> errors) {
        Optional<BigDecimal> number = value.isNumber() ? Optional.of(value.decimalValue())
                : value.isTextual() ? VietnameseNumber.parse(value.asText()) : Optional.empty();
        if (number.isEmpty()) {
            errors.add(new FieldError(field, "must be a number, e.g. 26157, \"26.157\" or \"64,39\""));
            return Optional.empty();
        }
        String problem = StoredNumbers.problemOf(number.get(), STORED_PRECISION, STORED_SCALE);
        problem = problem != null ? problem : rangeProblem(element, number.get());
        if (problem != null) {
            errors.add(new FieldError(field, problem));
            return Optional.empty();
        }
        return Optional.of(new Typed(number.get(), null));
    }

    private static String rangeProblem(DataElement element, BigDecimal number) {
        boolean whole = number.stripTrailingZeros().scale() <= 0;
        return switch (element.valueType) {
            case COUNT -> !whole || number.signum() < 0 ? "must be a whole number of 0 or more" : null;
            case LEVEL -> !whole ? "must be a whole level number" : outsideRange(element, number);
            case MONEY_VND -> number.signum() < 0 ? "must be an amount of 0 đồng or more" : null;
            default -> outsideRange(element, number);
        };
    }

    private static String outsideRange(DataElement element, BigDecimal number) {
        if (element.minValue != null && number.compareTo(element.minValue) < 0
                || element.maxValue != null && number.compareTo(element.maxValue) > 0) {
            return "must be between " + plain(element.minValue) + " and " + plain(element.maxValue)
                    + (element.valueType == ValueType.PERCENT ? " (a percentage)" : "");
        }
        return null;
    }

    private static Optional<BigDecimal> sumOfPresent(List<String> codes, Map<String, BigDecimal> numbers) {
        List<BigDecimal> present = codes.stream().map(numbers::get).filter(Objects::nonNull).toList();
        return present.isEmpty() ? Optional.empty() : Optional.of(present.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    private static Optional<BigDecimal> sum(List<String> codes, Map<String, BigDecimal> numbers) {
        BigDecimal total = BigDecimal.ZERO;
        for (String code : codes) {
            BigDecimal number = numbers.get(code);
            if (number == null) {
                return Optional.empty();
            }
            total = total.add(number);
        }
        return Optional.of(total);
    }

    private static String plain(BigDecimal number) {
        return number == null ? "∞" : number.stripTrailingZeros().toPlainString();
    }
}
