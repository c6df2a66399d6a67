package vn.dti.report.extraction;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/** Small counts written in words: "hai" → 2, "mười hai" → 12, "hai mươi lăm" → 25 (up to 99). */
final class NumberWords {

    static final String DIGIT = "(?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín)";
    static final String PATTERN = "(?:mười(?: (?:một|hai|ba|bốn|lăm|năm|sáu|bảy|tám|chín))?"
            + "|" + DIGIT + " mươi(?: (?:mốt|một|hai|ba|bốn|tư|lăm|năm|sáu|bảy|tám|chín))?"
            + "|" + DIGIT + ")";
    private static final Map<String, Integer> UNITS = Map.ofEntries(Map.entry("một", 1), Map.entry("mốt", 1),
            Map.entry("hai", 2), Map.entry("ba", 3), Map.entry("bốn", 4), Map.entry("tư", 4), Map.entry("năm", 5),
            Map.entry("lăm", 5), Map.entry("sáu", 6), Map.entry("bảy", 7), Map.entry("tám", 8), Map.entry("chín", 9));

    private NumberWords() {
    }

    static Optional<BigDecimal> parse(String words) {
        if (words == null || words.isBlank()) {
            return Optional.empty();
        }
        String[] w = words.strip().split("\\s+");
        int value;
        if (w[0].equals("mười")) {
            value = 10 + (w.length > 1 ? UNITS.getOrDefault(w[1], 0) : 0);
        } else if (w.length >= 2 && w[1].equals("mươi")) {
            value = UNITS.getOrDefault(w[0], 0) * 10 + (w.length > 2 ? UNITS.getOrDefault(w[2], 0) : 0);
        } else {
            value = UNITS.getOrDefault(w[0], 0);
        }
        return value == 0 ? Optional.empty() : Optional.of(BigDecimal.valueOf(value));
    }
}
