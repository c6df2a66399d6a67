package vn.dti.ranking.engine;

import java.util.Arrays;
import java.util.List;

/**
 * A tie-breaker: the points of one group of main indices, higher first. Written as group codes
 * joined by "+", e.g. {@code VI+VII+VIII} for the activity group (nhóm hoạt động).
 */
public record TieBreaker(List<String> groupCodes) {

    public static TieBreaker parse(String text) {
        List<String> codes = Arrays.stream(text.split("\\+")).map(String::strip).filter(code -> !code.isEmpty()).toList();
        if (codes.isEmpty()) {
            throw new IllegalArgumentException("a tie-breaker names at least one group code, e.g. VI+VII+VIII");
        }
        return new TieBreaker(codes);
    }

    @Override
    public String toString() {
        return String.join("+", groupCodes);
    }
}
