package vn.dti.report.service;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a number as people type or paste it in Vietnamese documents: "26.157" (thousands dot),
 * "64,39" or "64,39%" (decimal comma), "64.39%" (the decimal dot some writers use),
 * "737,34 triệu đồng", "2,5 tỷ". English "1,234.5" is understood too.
 */
public final class VietnameseNumber {

    private static final Pattern NUMBER_WITH_SCALE = Pattern.compile(
            "([+-]?[0-9][0-9.,]*)\\s*(nghìn|nghin|ngàn|ngan|triệu|trieu|tỷ|tỉ|ty)?");

    private VietnameseNumber() {
    }

    public static Optional<BigDecimal> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String cleaned = text.strip().toLowerCase(Locale.ROOT)
                .replaceAll("\\s*(%|đồng|dong|đ|vnd)$", "")
                .replace("\u00a0", " ")
                .strip();
        Matcher m = NUMBER_WITH_SCALE.matcher(cleaned);
        if (!m.matches()) {
            return Optional.empty();
        }
        return digits(m.group(1)).map(number -> number.multiply(scale(m.group(2))));
    }

    private static Optional<BigDecimal> digits(String raw) {
        int dots = count(raw, '.');
        int commas = count(raw, ',');
        String canonical;
        if (dots > 0 && commas > 0) {
            boolean commaIsDecimal = raw.lastIndexOf(',') > raw.lastIndexOf('.');
            canonical = commaIsDecimal ? raw.replace(".", "").replace(',', '.') : raw.replace(",", "");
        } else if (commas > 0) {
            canonical = commas == 1 ? raw.replace(',', '.') : raw.replace(",", "");
        } else if (dots > 1 || dots == 1 && isThousandsGroup(raw.substring(raw.indexOf('.') + 1))) {
            canonical = raw.replace(".", "");
        } else {
            canonical = raw;
        }
        try {
            return Optional.of(new BigDecimal(canonical));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** "26.157": a single dot followed by exactly three digits groups thousands in Vietnamese. */
    private static boolean isThousandsGroup(String afterDot) {
        return afterDot.length() == 3 && afterDot.chars().allMatch(Character::isDigit);
    }

    private static BigDecimal scale(String word) {
        if (word == null) {
            return BigDecimal.ONE;
        }
        return switch (word) {
            case "nghìn", "nghin", "ngàn", "ngan" -> BigDecimal.valueOf(1_000);
            case "triệu", "trieu" -> BigDecimal.valueOf(1_000_000);
            default -> BigDecimal.valueOf(1_000_000_000);
        };
    }

    private static int count(String text, char c) {
        return (int) text.chars().filter(ch -> ch == c).count();
    }
}
