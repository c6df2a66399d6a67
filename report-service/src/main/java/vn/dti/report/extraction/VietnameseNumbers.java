package vn.dti.report.extraction;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Numbers as Vietnamese writers type them: '.' groups thousands and ',' marks decimals ("26.157",
 * "737,34"), but some writers use '.' as the decimal point in percentages ("64.39%").
 */
public final class VietnameseNumbers {

    private static final Pattern DOT_GROUPED = Pattern.compile("\\d{1,3}(\\.\\d{3})+");
    private static final Pattern COMMA_GROUPED = Pattern.compile("\\d{1,3}(,\\d{3})+");
    private static final Pattern PLAIN = Pattern.compile("\\d+([.,]\\d+)?");
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1_000L);
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000L);
    private static final BigDecimal BILLION = BigDecimal.valueOf(1_000_000_000L);

    private VietnameseNumbers() {
    }

    /** A count or an amount: "26.157" → 26157, "2,5" → 2.5, "1.234,5" → 1234.5. */
    public static Optional<BigDecimal> parse(String token) {
        return parse(token, false);
    }

    /** A percentage figure (without the '%'): "64,39" and "64.39" → 64.39, "100" → 100. */
    public static Optional<BigDecimal> parsePercent(String token) {
        return parse(token, true);
    }

    /**
     * An amount of money in đồng: the figure times its word multiplier, e.g. ("737,34", "triệu") →
     * 737340000, ("2,5", "tỷ") → 2500000000. {@code multiplier} may be null.
     */
    public static Optional<BigDecimal> parseMoney(String token, String multiplier) {
        return parse(token, false).map(v -> normalise(v.multiply(multiplierOf(multiplier))));
    }

    static BigDecimal multiplierOf(String word) {
        if (word == null || word.isBlank()) {
            return BigDecimal.ONE;
        }
        String w = word.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
        return switch (w) {
            case "nghìn", "ngàn" -> THOUSAND;
            case "triệu" -> MILLION;
            case "tỷ", "tỉ" -> BILLION;
            case "nghìn tỷ", "ngàn tỷ", "nghìn tỉ", "ngàn tỉ" -> BILLION.multiply(THOUSAND);
            default -> throw new IllegalArgumentException("Unknown money multiplier: " + word);
        };
    }

    private static Optional<BigDecimal> parse(String token, boolean percent) {
        if (token == null) {
            return Optional.empty();
        }
        String t = token.strip().replace(" ", "");
        if (t.isEmpty()) {
            return Optional.empty();
        }
        String canonical = canonical(t, percent);
        if (canonical == null) {
            return Optional.empty();
        }
        return Optional.of(normalise(new BigDecimal(canonical)));
    }

    /** The token in Java's notation ('.' decimal, no grouping), or null when it is not a number. */
    private static String canonical(String t, boolean percent) {
        boolean hasDot = t.indexOf('.') >= 0;
        boolean hasComma = t.indexOf(',') >= 0;
        if (hasDot && hasComma) {
            // Whichever comes last is the decimal mark: "1.234,5" (Vietnamese) or "1,234.5" (English).
            return t.lastIndexOf(',') > t.lastIndexOf('.')
                    ? onlyDigitsAndMark(t.replace(".", "").replace(',', '.'))
                    : onlyDigitsAndMark(t.replace(",", ""));
        }
        if (hasDot) {
            if (!percent && DOT_GROUPED.matcher(t).matches()) {
                return t.replace(".", "");
            }
            return PLAIN.matcher(t).matches() ? t : null;
        }
        if (hasComma) {
            if (!percent && COMMA_GROUPED.matcher(t).matches() && t.indexOf(',') != t.lastIndexOf(',')) {
                return t.replace(",", "");
            }
            return PLAIN.matcher(t).matches() ? t.replace(',', '.') : null;
        }
        return PLAIN.matcher(t).matches() ? t : null;
    }

    private static String onlyDigitsAndMark(String t) {
        return PLAIN.matcher(t).matches() ? t : null;
    }

    /** Without trailing zeros and never in exponent notation: 737340000, 64.39, 100. */
    static BigDecimal normalise(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** Roman or Arabic level: "2" → 2, "II" → 2; empty when not 1-5. */
    public static Optional<BigDecimal> parseLevel(String token) {
        if (token == null) {
            return Optional.empty();
        }
        int level = switch (token.strip().toLowerCase(Locale.ROOT)) {
            case "1", "i" -> 1;
            case "2", "ii" -> 2;
            case "3", "iii" -> 3;
            case "4", "iv" -> 4;
            case "5", "v" -> 5;
            default -> 0;
        };
        return level == 0 ? Optional.empty() : Optional.of(BigDecimal.valueOf(level));
    }
}
