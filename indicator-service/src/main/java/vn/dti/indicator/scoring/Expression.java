package vn.dti.indicator.scoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Function;

/**
 * A parsed input formula: decimal literals, data-element codes and + - * / with parentheses.
 * Evaluating gives {@code null} when an element is missing or a division by zero leaves the
 * value undefined; the caller decides what that means for the component.
 */
public sealed interface Expression {

    /** Divisions keep 16 significant digits (IEEE 754 decimal64); sums and products stay exact. */
    MathContext MATH = MathContext.DECIMAL64;

    BigDecimal evaluate(Function<String, BigDecimal> values);

    void collectElements(Set<String> into);

    default Set<String> elements() {
        Set<String> elements = new LinkedHashSet<>();
        collectElements(elements);
        return elements;
    }

    record Literal(BigDecimal value) implements Expression {
        @Override
        public BigDecimal evaluate(Function<String, BigDecimal> values) {
            return value;
        }

        @Override
        public void collectElements(Set<String> into) {
            // a literal reads no element
        }
    }

    record ElementRef(String code) implements Expression {
        @Override
        public BigDecimal evaluate(Function<String, BigDecimal> values) {
            return values.apply(code);
        }

        @Override
        public void collectElements(Set<String> into) {
            into.add(code);
        }
    }

    record Negation(Expression operand) implements Expression {
        @Override
        public BigDecimal evaluate(Function<String, BigDecimal> values) {
            BigDecimal value = operand.evaluate(values);
            return value == null ? null : value.negate();
        }

        @Override
        public void collectElements(Set<String> into) {
            operand.collectElements(into);
        }
    }

    record Binary(char operator, Expression left, Expression right) implements Expression {
        @Override
        public BigDecimal evaluate(Function<String, BigDecimal> values) {
            BigDecimal a = left.evaluate(values);
            BigDecimal b = right.evaluate(values);
            if (a == null || b == null) {
                return null;
            }
            return switch (operator) {
                case '+' -> a.add(b);
                case '-' -> a.subtract(b);
                case '*' -> a.multiply(b);
                case '/' -> b.signum() == 0 ? null : a.divide(b, MATH);
                default -> throw new IllegalStateException("Unknown operator " + operator);
            };
        }

        @Override
        public void collectElements(Set<String> into) {
            left.collectElements(into);
            right.collectElements(into);
        }
    }
}
