package vn.dti.report.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.dti.report.extraction.HeadedTables.CellStatement;

/**
 * The numbered indicators of an outline or a template ("Chỉ tiêu 5: …", "Tiêu chí 2.1 …", "2.3. Số văn bản đến") and the
 * result that answers each ("Kết quả: …", "Thực hiện: …"), whether the result stands on the indicator's own line after
 * its target or on the line under it. One reader for both layouts, so a template is read the same whichever it uses.
 */
final class IndicatorLines {

    /** The words that introduce an indicator's result. */
    private static final String RESULT_LABEL = "(?:kết quả(?: thực hiện| đạt được)?|thực hiện|đạt được)";
    /** "2.3. Số văn bản đến" then "Kết quả thực hiện: 1.234" on the next line. */
    private static final Pattern RESULT_ON_NEXT_LINE = Pattern.compile("(?im)^[ ]*(?:(?:chỉ tiêu|tiêu chí|nội dung)(?: số)? ?\\d{0,2}(?:\\.\\d+)*"
            + "|\\d+(?:\\.\\d+)*[.)]|[a-zđ][.)])[^\\n|]{3,200}?[^\\s.](?<mark>\\n)[ ]*(?:-[ ]*)?"
            + RESULT_LABEL + "[ ]*:");
    /** "Chỉ tiêu 5: Tỷ lệ hồ sơ giải quyết đúng hạn. Chỉ tiêu giao: 95%. Kết quả: 97,6%" on one line. */
    private static final Pattern RESULT_IN_LATER_SENTENCE = Pattern.compile("(?m)^chỉ tiêu (?:số )?\\d+[.:]\\s*(?<name>[^.:\\n]{10,200})\\."
            + "(?:[^\\n]{0,80}?\\.)?\\s*" + RESULT_LABEL + ":\\s*(?<result>\\d{1,3}(?:\\.\\d{3})*(?:,\\d+)?(?: ?%| [\\p{L}]+(?: [\\p{L}]+)?)?"
            + "|(?:đã|có)\\b[^.;(\\n]{0,40})");

    private IndicatorLines() {
    }

    /** A result on the line under its indicator answers it: the line break is read as a space (same length, same offsets). */
    static void joinResultsOnNextLine(char[] chars) {
        Matcher m = RESULT_ON_NEXT_LINE.matcher(new String(chars));
        while (m.find()) {
            chars[m.start("mark")] = ' ';
        }
    }

    /**
     * An indicator whose name and result stand in separate sentences becomes the statement "name: result" (a figure, or an
     * answer "Đã …"/"Có"), quoted by the result; the target between them ("Chỉ tiêu giao: …") is not read.
     */
    static List<CellStatement> resultsInLaterSentence(String lower) {
        List<CellStatement> out = new ArrayList<>();
        Matcher m = RESULT_IN_LATER_SENTENCE.matcher(lower);
        while (m.find()) {
            out.add(new CellStatement(m.group("name").strip() + ": " + m.group("result"), m.start("result"), m.end("result")));
        }
        return out;
    }
}
