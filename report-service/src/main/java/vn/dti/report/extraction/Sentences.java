package vn.dti.report.extraction;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where the sentence around a figure begins and ends: at a full stop, semicolon, question or exclamation mark, or line break. */
final class Sentences {

    private static final Pattern SENTENCE_END = Pattern.compile("[.;!?](?=\\s|$)|\\n");
    /** A sentence is looked for this far back at most. */
    private static final int MAX_BACK = 400;

    private Sentences() {
    }

    static Pattern end() {
        return SENTENCE_END;
    }

    /** After the last sentence end before {@code at} (within {@link #MAX_BACK} characters). */
    static int startBefore(String lower, int at) {
        int from = Math.max(0, at - MAX_BACK);
        Matcher m = SENTENCE_END.matcher(lower).region(from, at);
        while (m.find()) {
            from = m.end();
        }
        return from;
    }

    /** At the first sentence end from {@code at}, or the end of the text. */
    static int endAfter(String lower, int at) {
        Matcher m = SENTENCE_END.matcher(lower).region(at, lower.length());
        return m.find() ? m.start() : lower.length();
    }

    /** The candidate's line, narrowed to the sentence of the clause it stands in. */
    static int[] around(String lower, Candidate c, List<Clause> clauses) {
        int from = lower.lastIndexOf('\n', Math.max(0, c.start() - 1)) + 1;
        int lineEnd = lower.indexOf('\n', c.start());
        int to = lineEnd < 0 ? lower.length() : lineEnd;
        for (Clause clause : clauses) {
            if (clause.start() <= c.start() && c.start() < clause.end()) {
                from = Math.max(from, clause.sentenceStart());
                to = Math.min(to, Math.max(clause.sentenceEnd(), c.end()));
                break;
            }
        }
        return new int[] {from, Math.max(from, to)};
    }
}
