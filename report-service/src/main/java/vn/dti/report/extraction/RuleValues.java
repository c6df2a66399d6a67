package vn.dti.report.extraction;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;

/** Turns the figure a rule matched into a value of the element's type, or nothing when it makes no sense. */
final class RuleValues {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal MAX_COUNT = BigDecimal.valueOf(100_000_000L);

    private RuleValues() {
    }

    static Optional<Object> valueOf(Rule rule, ValueType type, Matcher m) {
        if (rule.fixedValue() != null) {
            return Optional.of(rule.fixedValue());
        }
        String token = ExtractionEngine.group(m, rule.valueGroup());
        if (type == ValueType.BOOLEAN) {
            return Optional.of(token == null || isYes(token));
        }
        if (token == null) {
            return Optional.empty();
        }
        return switch (type) {
            case COUNT -> VietnameseNumbers.parse(token).filter(RuleValues::isCount).map(v -> v);
            case PERCENT -> VietnameseNumbers.parsePercent(token).filter(RuleValues::isPercent).map(v -> v);
            case MONEY_VND -> VietnameseNumbers.parseMoney(token, ExtractionEngine.group(m, "mult")).map(v -> v);
            case LEVEL -> VietnameseNumbers.parseLevel(token).map(v -> v);
            case BOOLEAN -> Optional.empty();
        };
    }

    private static boolean isYes(String token) {
        return !(token.equals("không") || token.equals("chưa"));
    }

    private static boolean isCount(BigDecimal v) {
        return v.signum() >= 0 && v.stripTrailingZeros().scale() <= 0 && v.compareTo(MAX_COUNT) < 0;
    }

    private static boolean isPercent(BigDecimal v) {
        return v.signum() >= 0 && v.compareTo(HUNDRED) <= 0;
    }
}
