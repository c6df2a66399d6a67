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
    /** A figure with the word after it: "100% hồ sơ", "12.500 hồ sơ". */
    private static final Pattern FIGURE_AND_WORD = Pattern.compile("(?<![\\d.,])(?:\\d{1,3}(?:[.,]\\d+)+|\\d+) ?%? \\p{L}+");
    private static final Pattern HEADING_LINE_END = Pattern.compile("[.:;,]$");
    private static final int MAX_SUBHEADING_LINE = 120;
    /** How far below its heading a figure is looked for: the paragraph or two under it. */
    private static final int RESTATED_WITHIN = 1500;

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
     * "100% hồ sơ được số hóa" as a subheading over "Sở đã xây dựng kế hoạch và đặt mục tiêu cụ thể: …; 100% hồ sơ, kết quả … được số hóa":
     * a heading line (short, not a sentence) repeats a figure of the text below it, so when the text states that figure, with the same
     * word after it, as a target, the heading's figure is the target too.
     */
    static boolean restatedAsATarget(String lower, Candidate c, List<Clause> clauses, ContextChecks checks) {
        if (c.value() instanceof Boolean) {
            return false;
        }
        int lineStart = lower.lastIndexOf('\n', Math.max(0, c.start() - 1)) + 1;
        int lineEnd = lower.indexOf('\n', c.start());
        if (lineEnd < 0 || c.end() > lineEnd || !isAHeadingLine(lower.substring(lineStart, lineEnd))) {
            return false;
        }
        Matcher figure = FIGURE_AND_WORD.matcher(lower).region(c.start(), lineEnd);
        while (figure.find()) {
            Matcher same = Pattern.compile("(?<![\\d.,])" + Pattern.quote(figure.group()) + "(?!\\p{L})").matcher(lower)
                    .region(lineEnd, Math.min(lower.length(), lineEnd + RESTATED_WITHIN));
            if (same.find()) {
                for (Clause clause : clauses) {
                    if (clause.start() <= same.start() && same.end() <= clause.end()) {
                        return checks.isPlanned(clause, same.start(), same.end());
                    }
                }
            }
        }
        return false;
    }

    private static boolean isAHeadingLine(String line) {
        String text = line.strip();
        return !text.isEmpty() && text.length() <= MAX_SUBHEADING_LINE && text.indexOf('|') < 0 && !HEADING_LINE_END.matcher(text).find();
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
