package vn.dti.report.extraction;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * "Chỉ tiêu | ĐVT | Kế hoạch 2024", "Thực hiện 2022", "cùng kỳ 2023": a year written after the heading words of a plan, a result or
 * a comparison is the column's year, not a count ("kế hoạch có 2024 chỉ tiêu" is not written; a count of that size carries its
 * thousands separator, "2.046 tổ"); and a number written right after a document's kind ("tại Kế hoạch 27") is the document's.
 */
final class YearHeadings {

    private static final Pattern YEAR_AFTER_HEADING = Pattern.compile(
            "(?<!\\p{L})(?:kế hoạch|thực hiện|kết quả|cùng kỳ|so với|chỉ tiêu|ước|dự kiến)(?: năm)?\\s*(?:19|20)\\d\\d\\s*$");

    /** "chỉ tiêu giao tại Kế hoạch 27", "theo Quyết định số 15": a document's number written right after its kind. */
    private static final Pattern DOCUMENT_NUMBER = Pattern.compile(
            "(?<!\\p{L})(?:kế hoạch|quyết định|công văn|chỉ thị|nghị quyết|thông báo|văn bản)(?: số)?\\s*\\d{1,4}\\s*$");

    private YearHeadings() {
    }

    /** Whether a count candidate is the year of a heading, or the number of a document, read as its figure. */
    static boolean isAYearHeading(String lower, Candidate c) {
        if (c.value() instanceof BigDecimal && c.end() <= lower.length() && c.start() < c.end()
                && DOCUMENT_NUMBER.matcher(lower.substring(Math.max(0, c.end() - 30), c.end())).find()) {
            return true;
        }
        if (!(c.value() instanceof BigDecimal v) || v.scale() > 0 || v.compareTo(BigDecimal.valueOf(1990)) < 0
                || v.compareTo(BigDecimal.valueOf(2049)) > 0 || c.end() > lower.length() || c.start() >= c.end()) {
            return false;
        }
        return YEAR_AFTER_HEADING.matcher(lower.substring(Math.max(0, c.end() - 40), c.end())).find();
    }
}
