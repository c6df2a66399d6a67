package vn.dti.report.extraction;

import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Năm 2022, tỷ lệ hồ sơ trực tuyến đạt 40%. Năm 2023, tỷ lệ hồ sơ trực tuyến đạt 65%" in an article whose period the header does
 * not say: the figure of the later year is the news, and the same element's figure of an earlier year gives way to it.
 */
final class LaterYear {

    private static final Pattern YEAR = Pattern.compile("(?<!\\p{L})năm ((?:19|20)\\d\\d)(?!\\d)");

    private LaterYear() {
    }

    static boolean givesWay(String lower, Candidate c, List<Candidate> all, List<Clause> clauses) {
        if (c.value() instanceof Boolean) {
            return false;
        }
        OptionalInt own = yearBefore(lower, c, clauses);
        return own.isPresent() && all.stream().anyMatch(o -> o.element().equals(c.element()) && !o.value().equals(c.value())
                && yearBefore(lower, o, clauses).orElse(0) > own.getAsInt());
    }

    /** The last year named from the start of the candidate's sentence up to its figure. */
    private static OptionalInt yearBefore(String lower, Candidate c, List<Clause> clauses) {
        int sentenceStart = clauses.stream().filter(k -> k.start() <= c.start() && c.start() < k.end()).mapToInt(Clause::sentenceStart)
                .findFirst().orElse(c.start());
        Matcher year = YEAR.matcher(lower).region(sentenceStart, c.end());
        int last = -1;
        while (year.find()) {
            last = Integer.parseInt(year.group(1));
        }
        return last < 0 ? OptionalInt.empty() : OptionalInt.of(last);
    }
}
