package vn.dti.report.extraction;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Short names for the pieces the rules are written with, so that a rule reads like the phrase it
 * matches: {@code "{N} văn bản đến"}. Rules run on lower-case text with single spaces.
 */
final class RuleTemplates {

    /** "hơn 2,5 tỷ", "trên 70%", "gần 1.000": recorded as the stated figure (annotation convention). */
    static final String APPROX = "(?:(?<approx>hơn|trên|gần|khoảng|xấp xỉ|ước đạt|ước tính|ước) )?";
    private static final String NO_NUMBER_BEFORE = "(?<![\\d.,/])";
    /** A span of time right after a figure ("9 tháng", "2 quý"): the figure counts months or days, never what a statement counts. */
    static final String SPAN_OF_TIME_AFTER = " (?:tháng|quý|tuần|ngày|giờ)(?!\\p{L})";

    private static final Map<String, String> PIECES = new LinkedHashMap<>();

    static {
        // A whole count: "26.157", "05". Not part of a date, a fraction, a decimal or a percentage, nor the year of "năm 2024",
        // nor the figure of a count with a word multiplier ("126 nghìn giao dịch" is read by the lexicon as 126000), nor a span of
        // time ("tổng số hồ sơ tiếp nhận 9 tháng tăng …").
        PIECES.put("{N}", APPROX + NO_NUMBER_BEFORE + "(?<!năm )(?<num>\\d{1,3}(?:\\.\\d{3})+|\\d+)(?![\\d%]|[.,/]\\d| ?%| (?:nghìn|ngàn|triệu)(?!\\p{L})"
                + "|" + SPAN_OF_TIME_AFTER + ")");
        // A percentage: "100%", "64,39%", "64.39%", "28.42 %".
        PIECES.put("{P}", APPROX + NO_NUMBER_BEFORE + "(?<num>\\d{1,3}(?:[.,]\\d+)?) ?%");
        // Money: "737,34 triệu đồng", "hơn 2,5 tỷ đồng", "1.500.000 đồng"; billions also without "đồng" where the statement ends
        // ("là khoảng 30 tỷ, chiếm 0,3% …"), never before another noun ("tỷ USD").
        PIECES.put("{M}", APPROX + NO_NUMBER_BEFORE
                + "(?<num>\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+(?:[.,]\\d+)?) ?(?<mult>nghìn tỷ|ngàn tỷ|nghìn|ngàn|triệu|tỷ|tỉ)? ?"
                + "(?:(?:đồng|vnđ|vnd|đ)(?!\\p{L})|(?<=tỷ|tỉ)(?= ?[,.;)]| ?$))");
        // A fraction "05/06" that is not a date ("23/3/2023") nor a document number.
        PIECES.put("{F}", NO_NUMBER_BEFORE + "(?<num>\\d{1,4}) ?/ ?(?<den>\\d{1,4})(?![\\d/]|[.,]\\d)");
        // A security level: "cấp độ 2", "cấp độ II".
        PIECES.put("{LEVEL}", "(?<num>[1-5]|iv|v|i{1,3})(?![\\p{L}\\d])");
        // Gaps inside a clause: {G} crosses no other figure, {W} may cross numbers but not a percentage.
        PIECES.put("{G}", "[^;\\d%]{0,60}?");
        PIECES.put("{W}", "[^;%]{0,120}?");
        PIECES.put("{E}", "(?!\\p{L})");
        PIECES.put("{B}", "(?<!\\p{L})");
        // Vocabulary.
        PIECES.put("{STAFF}", "(?:cán bộ,? công chức(?:,? viên chức)?|cán bộ|công chức|cbccvc|cbcc|viên chức|lãnh đạo|người lao động)");
        PIECES.put("{PC}", "(?:hệ thống )?(?:các )?máy (?:vi )?tính");
        PIECES.put("{TTHC}", "(?:tthc|thủ tục hành chính|thủ tục|dịch vụ công)");
        PIECES.put("{DVCTT}", "(?:dvctt|dvc trực tuyến|dịch vụ công trực tuyến|dvc)");
        PIECES.put("{TOPIC}", "(?:cntt|công nghệ thông tin|chuyển đổi số|chính quyền (?:điện tử|số)|chính phủ (?:điện tử|số))");
        PIECES.put("{ANTIVIRUS}", "(?:phòng,? ?chống mã độc|diệt (?:vi rút|virus|mã độc)|chống (?:vi rút|virus)|phòng,? ?chống (?:vi rút|virus)|antivirus|diệt virút)");
        PIECES.put("{RATE}", "t[ỷỉ] lệ");
        PIECES.put("{IS}", "(?: ?(?::|là|đạt|gồm|có|được|\\|))? ?");
    }

    private RuleTemplates() {
    }

    static String expand(String template) {
        String out = template;
        for (Map.Entry<String, String> piece : PIECES.entrySet()) {
            out = out.replace(piece.getKey(), piece.getValue());
        }
        if (out.matches("(?s).*(?<!\\\\p)\\{[A-Z]+\\}.*")) {
            throw new IllegalArgumentException("Unknown piece in rule template: " + out);
        }
        return out;
    }
}
