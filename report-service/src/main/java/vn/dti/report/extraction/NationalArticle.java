package vn.dti.report.extraction;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * "Ủy ban Quốc gia về chuyển đổi số họp lần thứ tám", "Sơ kết 6 tháng đầu năm về chuyển đổi số quốc gia": an article that a
 * province or commune republishes about the country names no province in its title, and its figures are the country's, except
 * in a paragraph that turns to the unit's own territory ("Tại tỉnh Ninh Thuận, …", "toàn tỉnh đã …").
 */
final class NationalArticle {

    private static final Pattern NATIONAL_TITLE = Pattern.compile("(?<!\\p{L})(?:ủy ban quốc gia|chính phủ|thủ tướng|quốc gia|toàn quốc"
            + "|cả nước|bộ thông tin và truyền thông|bộ tt&tt|bộ tt-tt)(?!\\p{L})");
    private static final Pattern OWN_TERRITORY = Pattern.compile("(?<!\\p{L})(?:tỉnh ta|toàn tỉnh|của tỉnh|trên địa bàn tỉnh|tại tỉnh"
            + "|huyện ta|toàn huyện|của huyện|xã ta|toàn xã|của xã)(?!\\p{L})");
    /** The title follows the publisher's line; a publication note in brackets is skipped. */
    private static final int TITLE_LINES = 3;

    private NationalArticle() {
    }

    static boolean isNational(String lower) {
        String[] lines = lower.strip().split("\n", TITLE_LINES + 1);
        for (int i = 1; i < Math.min(TITLE_LINES, lines.length); i++) {
            String line = lines[i].strip();
            if (!line.isEmpty() && !line.startsWith("(")) {
                return NATIONAL_TITLE.matcher(line).find() && !Headline.namesAProvince(line);
            }
        }
        return false;
    }

    /** Whether the candidate stands in a paragraph that does not turn to the unit's own territory. */
    static boolean isTheCountrysFigure(String lower, Candidate c, ReportHeader header) {
        int start = lower.lastIndexOf('\n', c.start()) + 1;
        int end = lower.indexOf('\n', c.start());
        String paragraph = lower.substring(start, end < 0 ? lower.length() : end);
        boolean ownTerritory = OWN_TERRITORY.matcher(paragraph).find()
                || header.province() != null && paragraph.contains(header.province().toLowerCase(Locale.ROOT));
        return !ownTerritory;
    }
}
