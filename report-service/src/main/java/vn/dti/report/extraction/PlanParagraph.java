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
    private static final Pattern LIST_ITEM = Pattern.compile("\\s*(?:[-–+•*]|[a-zđ][.)]|\\d{1,2}[.)])\\s");
    /** What a line introducing a list of targets says: the target words, and "chỉ tiêu" as the list's name ("Chỉ tiêu năm 2024:"). */
    private static final Pattern LIST_TARGET = Pattern.compile("(?<!\\p{L})(?:mục tiêu|phấn đấu|hướng đến|hướng tới|dự kiến|định hướng|chỉ tiêu(?! (?:số )?\\d))(?!\\p{L})");
    private static final Pattern REACHED_SO_FAR = Pattern.compile("(?<!\\p{L})(?:đạt|đến nay|trong đó)(?!\\p{L})");
    /** "đã hoàn thành các mục tiêu đề ra:", "vượt các chỉ tiêu sau:": a list of targets named as met holds results. */
    private static final Pattern MET = Pattern.compile("(?<!\\p{L})(?:hoàn thành|đạt được|vượt|thực hiện được|thực hiện đạt)(?!\\p{L})");
    private static final int MAX_LIST_ITEMS = 15;
    /** How far back in its paragraph a sentence looks for a target: a paragraph's targets stand in its few sentences before. */
    private static final int LOOK_BACK_CHARS = 1000;

    private PlanParagraph() {
    }

    static boolean continuesATarget(String lower, Clause clause, Pattern allowed) {
        return continuesATargetInItsLine(lower, clause, allowed) || isAnItemOfATargetList(lower, clause, allowed);
    }

    /**
     * "Huyện phấn đấu đến hết năm 2024:" or "Mục tiêu cụ thể:" over the lines "- 90% hồ sơ …;", "- 100% văn bản …": a line that
     * sets targets and ends with a colon makes the list items under it targets, unless an item or the line itself says what was
     * reached ("Đến nay: 16 tiêu chí đạt, …:", "đặt ra 24 mục tiêu, trong đó:" over "- Số mục tiêu đã hoàn thành: 19").
     */
    static boolean isAnItemOfATargetList(String lower, Clause clause, Pattern allowed) {
        int lineStart = lower.lastIndexOf('\n', Math.max(0, clause.start() - 1)) + 1;
        if (!LIST_ITEM.matcher(lower).region(lineStart, Math.min(lower.length(), lineStart + 8)).lookingAt()
                || RESULT.matcher(lower).region(clause.sentenceStart(), clause.sentenceEnd()).find()) {
            return false;
        }
        int at = lineStart;
        for (int items = 0; items < MAX_LIST_ITEMS && at > 0; items++) {
            int previousStart = lower.lastIndexOf('\n', at - 2) + 1;
            String previous = lower.substring(previousStart, at - 1).strip();
            at = previousStart;
            if (previous.isEmpty() || LIST_ITEM.matcher(previous).lookingAt()) {
                continue;
            }
            return previous.endsWith(":") && setsTargets(previous, allowed);
        }
        return false;
    }

    private static boolean setsTargets(String line, Pattern allowed) {
        int lastTarget = -1;
        Matcher t = LIST_TARGET.matcher(line);
        while (t.find()) {
            if (allowed == null || !allowed.matcher(t.group()).matches()) {
                lastTarget = t.end();
            }
        }
        return lastTarget >= 0 && !RESULT.matcher(line).region(lastTarget, line.length()).find()
                && !REACHED_SO_FAR.matcher(line).region(lastTarget, line.length()).find() && !MET.matcher(line).find();
    }

    private static boolean continuesATargetInItsLine(String lower, Clause clause, Pattern allowed) {
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
