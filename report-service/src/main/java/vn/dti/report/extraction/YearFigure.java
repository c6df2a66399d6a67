package vn.dti.report.extraction;

import java.util.regex.Pattern;

/**
 * A year or a document's number written where a count would stand is not a count: "Chỉ tiêu | ĐVT | Kế hoạch 2024" (a heading row), "nhiệm vụ của
 * kế hoạch năm 2023" give no number of targets. Only a bare four-digit year after a word that names a span of time
 * ("kế hoạch", "năm", "giai đoạn", "đến", "từ") is meant.
 */
final class YearFigure {

    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");
    private static final Pattern SPAN_WORD_BEFORE = Pattern.compile("(?:kế hoạch|năm|giai đoạn|đến|từ|đầu|cuối|hết)\\s?$");

    private static final Pattern DOCUMENT_BEFORE = Pattern.compile(
            "(?<!\\p{L})(?:kế hoạch|quyết định|nghị quyết|chỉ thị|công văn|thông báo|văn bản|thông tư|nghị định)(?: số)?\\s?$");

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
}
