package vn.dti.report.extraction;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Targets are often listed over a whole paragraph: "Huyện hướng đến 100% thủ tục ... toàn trình. Tỷ lệ số hóa hồ sơ đạt 90%,
 * đồng thời nâng mức hài lòng lên 95%." A later sentence of a paragraph (a line) whose earlier sentences set a target, and
 * which itself says nothing of a result ("đã", "kết quả", "hiện có"), continues the target.
 */
final class PlanParagraph {

    /** "đã hoàn thành tốt các mục tiêu theo Nghị quyết": targets met are a result, not a target set. */
    private static final Pattern TARGET = Pattern.compile("(?<!(?:hoàn thành|đạt|đạt được|vượt)(?: tốt| vượt)?(?: các| những)? )(?<!\\p{L})(?:mục tiêu|phấn đấu|hướng đến|hướng tới|dự kiến|định hướng)(?!\\p{L})");
    private static final Pattern RESULT = Pattern.compile("(?<!\\p{L})(?:đã|đạt được|(?<!(?:hồ sơ,? |hồ sơ và |số hóa |số hoá |trả |cấp ))kết quả"
            + "|hoàn thành|hiện nay|hiện có|hiện đã|thực hiện được)(?!\\p{L})");

    /** "tiếp tục phát triển với mục tiêu phủ sóng miền núi.": an aim stated without a figure sets no target for the next sentences. */
    private static final Pattern AIM = Pattern.compile("(?<!\\p{L})(?:với|nhằm) $");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    /** How far back in its paragraph a sentence looks for a target: a paragraph's targets stand in its few sentences before. */
    private static final int LOOK_BACK_CHARS = 1000;

    private PlanParagraph() {
    }

    static boolean continuesATarget(String lower, Clause clause, Pattern allowed) {
        int lineStart = Math.max(lower.lastIndexOf('\n', Math.max(0, clause.sentenceStart() - 1)) + 1,
                clause.sentenceStart() - LOOK_BACK_CHARS);
        if (lineStart >= clause.sentenceStart() || RESULT.matcher(lower).region(clause.sentenceStart(), clause.sentenceEnd()).find()) {
            return false;
        }
        String before = lower.substring(lineStart, clause.sentenceStart());
        if (before.indexOf('|') >= 0) {
            return false;
        }
        int lastTarget = -1;
        Matcher t = TARGET.matcher(before);
        while (t.find()) {
            if ((allowed == null || !allowed.matcher(t.group()).matches()) && !isAnAimWithoutAFigure(before, t.start())) {
                lastTarget = t.end();
            }
        }
        return lastTarget >= 0 && !RESULT.matcher(before.substring(lastTarget)).find();
    }

    private static boolean isAnAimWithoutAFigure(String before, int at) {
        if (!AIM.matcher(before.substring(Math.max(0, at - 6), at)).find()) {
            return false;
        }
        int start = before.lastIndexOf('.', at) + 1;
        int end = before.indexOf('.', at);
        return end >= 0 && !DIGIT.matcher(before.substring(start, end)).find();
    }
}
