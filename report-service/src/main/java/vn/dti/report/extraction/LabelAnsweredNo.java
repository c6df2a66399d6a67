package vn.dti.report.extraction;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A labelled line of a form, an outline or an indicator list answered "no" after its colon. Two readings share it: a phrase
 * matched in the label is negated when the line's short answer says no ({@link #saysNo}, from the negation checks), and a yes
 * already read from such a label turns to no ({@link #read}).
 * <p>
 * "5.2. Phê duyệt cấp độ an toàn hệ thống thông tin: Chưa triển khai.", "c) Ban Chỉ đạo chuyển đổi số: Chưa thành lập",
 * "Chỉ tiêu 7: Kết nối mạng truyền số liệu chuyên dùng. Kết quả: Chưa thực hiện": a line that is a label and its answer (the
 * layout of templates and indicator lists) says no when the answer after the label's colon opens with "chưa"/"không". The fact
 * the label names is then read as not done (false), wherever in the label the phrase stands; the ordinary negation window
 * ends at the colon and misses it.
 */
final class LabelAnsweredNo {

    private static final double CONFIDENCE = 0.6;
    /**
     * The answer itself: "chưa"/"không", at most the verb of what was not done, then the end of the answer; "…: không có bài viết
     * mới trong tháng" says something else and is no answer.
     */
    private static final String SHORT_NO = "(?:chưa|không)(?: có| triển khai| thành lập| ban hành| xây dựng| bố trí| kiện toàn| thực hiện"
            + "| phê duyệt| kết nối| trang bị| đầu tư| đạt)?\\s*(?:[.;(\\n]|$)";
    /** What may stand before the label on its line: a list mark, an item number, an indicator's name ("Chỉ tiêu 11:"). */
    private static final Pattern LABEL_START = Pattern.compile("^[\\s\\-+•*|]*(?:(?:\\d{1,2}(?:\\.\\d{1,2}){0,3}|[a-zđ]|[ivx]{1,4})[.)]\\s*)?"
            + "(?:(?:chỉ tiêu|tiêu chí|nội dung)(?: số)? \\d{1,2}[:.]\\s*)?");
    /** The rest of the label, then its answer: "…: Chưa triển khai", "… . Kết quả: Không". */
    private static final Pattern ANSWER_NO = Pattern.compile("^[^:\\n\\d]{0,90}?(?:[:|]|\\. ?kết quả ?:|\\. ?tình trạng ?:)\\s*(?:kết quả ?:\\s*)?"
            + SHORT_NO);

    /** "…: Chưa có.", "…: Không (…)": a short answer that negates what the label names; "…: Đã ban hành", "…: Có" do not. */
    private static final Pattern SAYS_NO = Pattern.compile("^[^\\n;:|]{0,90}?:\\s*" + SHORT_NO);

    /** The words of the label before the phrase: no sentence break, no colon, no figure. */
    private static final Pattern LABEL_WORDS = Pattern.compile("[^.;:\\n\\d]{0,60}");

    private LabelAnsweredNo() {
    }

    /** The line after {@code matchEnd} ends with a colon and a short "no" answer. */
    static boolean saysNo(String lower, int matchEnd) {
        int lineEnd = lower.indexOf('\n', matchEnd);
        lineEnd = lineEnd < 0 ? lower.length() : lineEnd;
        return SAYS_NO.matcher(lower).region(matchEnd, Math.min(lineEnd + 1, lower.length())).useTransparentBounds(true).lookingAt();
    }

    /** The candidate turned into "no" when it is a yes read from a label whose answer is no; else the candidate itself. */
    static Candidate read(String lower, Candidate c) {
        if (!Boolean.TRUE.equals(c.value()) || c.source().startsWith("table:")) {
            return c;
        }
        int lineStart = lower.lastIndexOf('\n', Math.max(0, c.start() - 1)) + 1;
        int lineEnd = lower.indexOf('\n', c.start());
        int end = lineEnd < 0 ? lower.length() : lineEnd;
        if (c.end() > end) {
            return c;
        }
        Matcher label = LABEL_START.matcher(lower).region(lineStart, c.start());
        if (!label.lookingAt() || !LABEL_WORDS.matcher(lower).region(label.end(), c.start()).matches()
                || !ANSWER_NO.matcher(lower).region(c.end(), end).lookingAt()) {
            return c;
        }
        return new Candidate(c.element(), Boolean.FALSE, c.start(), c.end(), Math.min(c.confidence(), CONFIDENCE), c.source() + "/label-no");
    }
}
