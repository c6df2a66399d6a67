package vn.dti.report.extraction;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A column set beside the unit's own figures to compare them, never the unit's own figure even when its heading names the
 * report's year: an average of several units ("Bình quân các sở, ngành năm 2021", "Trung bình"), a comparison or a change
 * ("So sánh 2021/2020 (%)", "So cùng kỳ (%)", "Tăng/giảm", "Chênh lệch"), a rank ("Xếp hạng"), or the figure of a wider scope
 * than the unit's ("Toàn tỉnh" beside a department's or a district's column, "Toàn ngành" beside a department's office).
 */
final class ComparisonColumns {

    private static final Pattern COMPARISON = Pattern.compile(
            "bình quân|trung bình|so sánh|\\bso với\\b|\\bso cùng kỳ\\b|\\bso kỳ\\b|\\bso kh\\b|\\bso kế hoạch\\b|tăng\\s*/\\s*giảm|tăng,\\s*giảm|tăng \\(\\+\\)|chênh lệch|xếp hạng|thứ hạng");
    private static final Pattern WIDER_THAN_DISTRICT = Pattern.compile("toàn tỉnh|cả tỉnh|của tỉnh|chung của tỉnh");
    private static final Pattern WIDER_THAN_DEPARTMENT = Pattern.compile("toàn tỉnh|cả tỉnh|của tỉnh|toàn ngành|cả ngành|các sở,? ngành|các đơn vị trực thuộc");

    private ComparisonColumns() {
    }

    /** Whether the column heading names a comparison, an average or a wider scope's figure (for the reporting unit's tier). */
    static boolean isComparison(String heading, ReportHeader header) {
        String h = heading.toLowerCase(Locale.ROOT);
        if (COMPARISON.matcher(h).find()) {
            return true;
        }
        UnitLevel level = header == null ? UnitLevel.UNKNOWN : header.level();
        return switch (level) {
            case DEPARTMENT -> WIDER_THAN_DEPARTMENT.matcher(h).find();
            case DISTRICT, COMMUNE -> WIDER_THAN_DISTRICT.matcher(h).find();
            default -> false;
        };
    }

    /** The headings with every comparison column's heading blanked, so that no column of the unit's own is looked for there. */
    static String[] withoutComparisons(String[] headings, ReportHeader header) {
        String[] out = headings.clone();
        for (int i = 0; i < out.length; i++) {
            if (isComparison(out[i], header)) {
                out[i] = "";
            }
        }
        return out;
    }
}
