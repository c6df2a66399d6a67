package vn.dti.report.extraction;

import java.util.regex.Pattern;

/**
 * A labelled line of a form or an outline answered in words after its colon: "1.4. Chuyên mục chuyển đổi số trên Trang thông tin
 * điện tử của xã: Chưa có.", "Ban Chỉ đạo chuyển đổi số: Chưa thành lập", "Quy chế …: Không". The answer negates what the label
 * names, however long the label is; "…: Đã ban hành", "…: Có (Quyết định số …)" do not.
 */
final class LabelAnswer {

    private static final Pattern SAYS_NO = Pattern.compile("^[^\\n;:|]{0,90}?:\\s*(?:chưa|không)(?: có| triển khai| thành lập| ban hành| xây dựng"
            + "| bố trí| kiện toàn| thực hiện| phê duyệt| kết nối| trang bị| đầu tư)?\\s*(?:[.;(\\n]|$)");

    private LabelAnswer() {
    }

    /** The line after {@code matchEnd} ends with a colon and a "no" answer. */
    static boolean saysNo(String lower, int matchEnd) {
        int lineEnd = lower.indexOf('\n', matchEnd);
        lineEnd = lineEnd < 0 ? lower.length() : lineEnd;
        return SAYS_NO.matcher(lower).region(matchEnd, Math.min(lineEnd + 1, lower.length())).useTransparentBounds(true).lookingAt();
    }
}
