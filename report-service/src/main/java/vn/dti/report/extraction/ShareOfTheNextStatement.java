package vn.dti.report.extraction;

import java.util.regex.Pattern;

/**
 * "100% văn bản được phát hành điện tử với tỷ lệ văn bản ký số đạt trên 99%": a share written before the phrase belongs to the
 * statement before it when the phrase opens its own share statement ("tỷ lệ …") that gives its own figure right after it; the
 * phrase's value is that later figure (session 12).
 */
final class ShareOfTheNextStatement {

    /** A share at the quote's start, then "tỷ lệ" before the phrase. */
    private static final Pattern SHARE_THEN_RATE = Pattern.compile("^\\d{1,3}(?:[.,]\\d+)? ?(?:%|phần trăm)(?!\\p{L})[^;:]*?(?<!\\p{L})(?:tỷ lệ|tỉ lệ)(?!\\p{L})");
    /** The phrase's own figure right after the quote: "đạt trên 99%", "là 98,5%", ": 97%". */
    private static final Pattern OWN_FIGURE_AFTER = Pattern.compile("^\\s*(?:(?:ước )?đạt|là|:)(?: (?:trên|hơn|gần|khoảng|xấp xỉ))? \\d{1,3}(?:[.,]\\d+)? ?(?:%|phần trăm)");

    private ShareOfTheNextStatement() {
    }

    /**
     * "17.106 hồ sơ trực tuyến, giải quyết đúng và trước hạn đạt tỷ lệ 98,91%": a share read for a phrase whose statement goes on,
     * after a comma, into another element's phrase that takes the same figure is that nearer phrase's figure, not the farther one's.
     */
    static boolean isTheNearerPhrasesShare(String lower, Candidate c, java.util.List<Candidate> all) {
        if (!(c.value() instanceof java.math.BigDecimal) || c.end() > lower.length()) {
            return false;
        }
        for (Candidate d : all) {
            if (d != c && !d.element().equals(c.element()) && d.valueKey().equals(c.valueKey()) && d.start() > c.start()
                    && d.start() < c.end() && Math.abs(d.end() - c.end()) <= 2 && lower.substring(c.start(), d.start()).indexOf(',') >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The candidate's share is the one before a phrase that opens its own share statement with its own figure after it. */
    static boolean isTheShareBefore(String lower, Candidate c) {
        if (!(c.value() instanceof java.math.BigDecimal) || c.start() < 0 || c.end() > lower.length() || c.start() >= c.end()) {
            return false;
        }
        return SHARE_THEN_RATE.matcher(lower).region(c.start(), c.end()).lookingAt()
                && OWN_FIGURE_AFTER.matcher(lower).region(c.end(), Math.min(lower.length(), c.end() + 30)).lookingAt();
    }
}
