package vn.dti.report.service;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.dti.report.extraction.VietnameseNumbers;

/**
 * Reads a whole typed or pasted value: "26.157", "64,39%", "737,34 triệu đồng", "-3". The
 * separators are read by {@link VietnameseNumbers}, the same rules the narrative import uses.
 */
public final class VietnameseNumber {

    private static final Pattern VALUE = Pattern.compile(
            "([+-]?)\\s*([0-9][0-9.,\\s]*?)\\s*(nghìn tỷ|ngàn tỷ|nghìn|ngàn|triệu|tỷ|tỉ)?\\s*(%|đồng|đ|vnđ|vnd)?");

    private VietnameseNumber() {
    }

    public static Optional<BigDecimal> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = VALUE.matcher(text.strip().toLowerCase(Locale.ROOT).replace('\u00a0', ' '));
        if (!m.matches()) {
            return Optional.empty();
        }
        Optional<BigDecimal> number = "%".equals(m.group(4)) ? VietnameseNumbers.parsePercent(m.group(2))
                : VietnameseNumbers.parseMoney(m.group(2), m.group(3));
        return "-".equals(m.group(1)) ? number.map(BigDecimal::negate) : number;
    }
}
