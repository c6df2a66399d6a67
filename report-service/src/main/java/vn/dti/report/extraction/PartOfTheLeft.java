package vn.dti.report.extraction;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Hồ sơ tiếp nhận | Trong đó trực tuyến" as column headings, or a row "Trong đó trực tuyến | 52.118" under the row "Hồ sơ tiếp nhận":
 * the part is named by its whole before it, so the heading reads "hồ sơ tiếp nhận trực tuyến".
 */
final class PartOfTheLeft {

    private static final Pattern PART = Pattern.compile("^\\s*(?:[-+–]\\s*)?(?:trong đó|trđ|t/đ|gồm)\\s*[:,]?\\s*(?<rest>\\p{L}[^|]*)$");
    private static final Pattern WHOLE = Pattern.compile("^(?:tổng số |số lượng |số )?(?<whole>[\\p{L} ]*?)\\s*(?:\\([^)]*\\))?\\s*$");

    private PartOfTheLeft() {
    }

    /** The label of a part with its whole's words put before it; the label itself when it names no part or the whole has no words. */
    static String named(String label, String whole) {
        Matcher part = PART.matcher(label);
        if (!part.matches() || whole == null || whole.isBlank() || PART.matcher(whole).matches()) {
            return label;
        }
        Matcher w = WHOLE.matcher(whole.strip());
        if (!w.matches() || w.group("whole").isBlank()) {
            return label;
        }
        return w.group("whole").strip() + " " + part.group("rest").strip();
    }
}
