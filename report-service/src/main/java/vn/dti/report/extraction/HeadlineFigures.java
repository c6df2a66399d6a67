package vn.dti.report.extraction;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Hơn 27.200 tổ công nghệ số cộng đồng hỗ trợ người dân" as an article's title, "Cả nước đã có hơn 27.200 tổ ..." in its body: a
 * headline repeats a figure of the body in a few words, without the scope ("cả nước", "toàn tỉnh") that the body states with it.
 * A figure of the heading block is not read from the heading when the body states it again about the country or other bodies.
 */
final class HeadlineFigures {

    private static final int MAX_HEADING_LINES = 6;
    private static final int MAX_HEADING_LINE = 250;
    private static final Pattern FIGURE = Pattern.compile("\\d{1,3}(?:[.,]\\d+)+|\\d+");

    private HeadlineFigures() {
    }

    static boolean restatedForOthers(String lower, Candidate c, List<Clause> clauses, ContextChecks checks) {
        int bodyStart = headingEnd(lower);
        if (bodyStart <= 0 || c.start() >= bodyStart || c.value() instanceof Boolean) {
            return false;
        }
        Matcher figure = FIGURE.matcher(lower).region(c.start(), Math.min(c.end(), bodyStart));
        while (figure.find()) {
            Matcher same = Pattern.compile("(?<![\\d.,])" + Pattern.quote(figure.group()) + "(?!\\d|[.,]\\d)").matcher(lower)
                    .region(bodyStart, lower.length());
            while (same.find()) {
                for (Clause clause : clauses) {
                    if (clause.start() <= same.start() && same.end() <= clause.end()
                            && (checks.isAboutOtherBodies(clause, same.start(), same.end()) || checks.isProvinceWide(clause, same.start(), same.end()))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * The end of the heading block: the short lines, none a sentence, before the first line that is one (it ends with "." or ":",
     * or is long); 0 when the text opens otherwise.
     */
    static int headingEnd(String lower) {
        int at = 0;
        for (int line = 0; line < MAX_HEADING_LINES && at < lower.length(); line++) {
            int end = lower.indexOf('\n', at);
            if (end < 0) {
                return 0;
            }
            String text = lower.substring(at, end).strip();
            if (text.length() > MAX_HEADING_LINE || text.endsWith(".") || text.endsWith(":")) {
                return line == 0 ? 0 : at;
            }
            at = end + 1;
        }
        return 0;
    }
}
