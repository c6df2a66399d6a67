package vn.dti.report.extraction;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * A year or a document's number written where a count would stand is not a count: "Chỉ tiêu | ĐVT | Kế hoạch 2024" (a heading row), "nhiệm vụ của
 * kế hoạch năm 2023", "Thực hiện 2022", "cùng kỳ 2023" give no number of targets, and "chỉ tiêu giao tại Kế hoạch 27" no count
 * ("kế hoạch có 2024 chỉ tiêu" is not written; a count of that size carries its thousands separator, "2.046 tổ"). The lexicon
 * skips such a figure while it matches ({@link #isAYear}, {@link #isADocumentNumber}); a candidate that rules or tables read from
 * one is dropped ({@link #isAYearHeading}).
 */
final class YearFigure {

    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");
    private static final Pattern SPAN_WORD_BEFORE = Pattern.compile("(?:kế hoạch|năm|giai đoạn|đến|từ|đầu|cuối|hết)\\s?$");

    private static final Pattern DOCUMENT_BEFORE = Pattern.compile(
            "(?<!\\p{L})(?:kế hoạch|quyết định|nghị quyết|chỉ thị|công văn|thông báo|văn bản|thông tư|nghị định)(?: số)?\\s?$");

    private static final Pattern YEAR_AFTER_HEADING = Pattern.compile(
            "(?<!\\p{L})(?:kế hoạch|thực hiện|kết quả|cùng kỳ|so với|chỉ tiêu|ước|dự kiến)(?: năm)?\\s*(?:19|20)\\d\\d\\s*$");
    private static final Pattern DOCUMENT_NUMBER = Pattern.compile(
            "(?<!\\p{L})(?:kế hoạch|quyết định|công văn|chỉ thị|nghị quyết|thông báo|văn bản|thông tư|nghị định)(?: số)?\\s*\\d{1,4}\\s*$");

    private YearFigure() {
    }

    static boolean isAYear(String lower, int figureStart, int figureEnd) {
        if (!YEAR.matcher(lower.substring(figureStart, figureEnd)).matches()
                || figureEnd < lower.length() && (Character.isDigit(lower.charAt(figureEnd)) || lower.charAt(figureEnd) == '%')) {
            return false;
        }
        return SPAN_WORD_BEFORE.matcher(lower.substring(Math.max(0, figureStart - 12), figureStart)).find();
    }

    /** "chỉ tiêu giao tại Kế hoạch 27", "theo Quyết định số 1120/QĐ-UBND": a figure right after a document's name is its number. */
    static boolean isADocumentNumber(String lower, int figureStart) {
        return DOCUMENT_BEFORE.matcher(lower.substring(Math.max(0, figureStart - 16), figureStart)).find();
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
