package vn.dti.report.extraction;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * "không có sự cố nghiêm trọng", "không ghi nhận sự cố mất an toàn thông tin nghiêm trọng nào", "không xảy ra sự cố gây thiệt hại
 * lớn": a statement of zero that a severity qualifier restricts says only that no serious case happened; it is no count of zero.
 */
final class RestrictedZero {

    /** The qualifier, in the statement's own words after it (up to punctuation or "và"). */
    private static final Pattern SEVERITY = Pattern.compile("^[^;,.:()\\n\\d]{0,45}?(?<!\\p{L})(?:nghiêm trọng|đặc biệt nghiêm trọng|gây (?:hậu quả|thiệt hại)"
            + "|lớn(?! hơn)|đáng kể|diện rộng)(?!\\p{L})");

    /** A zero stated in words ("không xảy ra sự cố"), by the lexicon or a rule, not a written "0". */
    private static final Pattern STATED_IN_WORDS = Pattern.compile("[^\\d]*(?<!\\p{L})(?:không|chưa)(?!\\p{L})[^\\d]*");

    private RestrictedZero() {
    }

    static boolean isRestricted(String lower, Candidate c) {
        if (!(c.value() instanceof BigDecimal v) || v.signum() != 0 || c.end() >= lower.length()
                || !STATED_IN_WORDS.matcher(lower).region(c.start(), c.end()).matches()) {
            return false;
        }
        return SEVERITY.matcher(lower).region(c.end(), Math.min(lower.length(), c.end() + 60)).lookingAt();
    }
}
