package vn.dti.report.extraction;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Vietnamese period phrases turned into period codes: "9 tháng đầu năm 2021" → 2021-9M,
 * "6 tháng đầu năm 2023" → 2023H1, "quý III năm 2023" → 2023Q3, "tháng 7/2023" → 2023-07,
 * "giai đoạn 2021-2025" → 2021/2025, "năm 2023" → 2023. The earliest phrase in the text wins.
 */
final class PeriodPhrases {

    private record Form(Pattern pattern, Function<Matcher, String> code) {
    }

    /** Counts of months written in words, as in "sáu tháng đầu năm 2025". */
    private static final String MONTH_COUNT_WORDS = "ba|sáu|chín|mười hai";

    private static final List<Form> FORMS = List.of(
            new Form(Pattern.compile("(?<![\\p{L}\\d])(\\d{1,2}|" + MONTH_COUNT_WORDS + ") tháng (?:đầu )?năm (\\d{4})"), PeriodPhrases::firstMonths),
            new Form(Pattern.compile("(?<![\\p{L}\\d])(?:0?6|sáu) tháng cuối năm (\\d{4})"), m -> m.group(1) + "H2"),
            new Form(Pattern.compile("quý (iv|i{1,3}|[1-4])(?:/|\\s*-\\s*|\\s+năm\\s+|\\s+)(\\d{4})"), m -> m.group(2) + "Q" + quarter(m.group(1))),
            new Form(Pattern.compile("(?<!ngày )(?<![\\d/])tháng (\\d{1,2})(?:/|\\s+năm\\s+)(\\d{4})"),
                    m -> m.group(2) + "-" + String.format("%02d", Integer.parseInt(m.group(1)))),
            new Form(Pattern.compile("giai đoạn (\\d{4})\\s*-\\s*(\\d{4})"), m -> m.group(1) + "/" + m.group(2)),
            new Form(Pattern.compile("từ năm (\\d{4}) đến (?:năm )?(\\d{4})"), m -> m.group(1) + "/" + m.group(2)),
            new Form(Pattern.compile("(?<!đến |tới )năm (\\d{4})"), m -> m.group(1)));

    /** "ngày 15 tháng 12 năm 2022", "ngày 05/4/2022", "18/3/2022": dates of writing or of documents, not periods. */
    private static final Pattern DATE = Pattern.compile(
            "(?:ngày\\s+)?(?<![\\d/])\\d{1,2}(?:\\s+tháng\\s+|/|-|\\.)\\d{1,2}(?:\\s+năm\\s+|/|-|\\.)\\d{4}");
    /** A time adverbial opening a sentence or clause: "Năm 2023, …", "Trong quý I/2023, …", "Tính đến hết năm 2024, …". */
    private static final Pattern LEAD = Pattern.compile("^(?:trong |qua |hết |tính đến hết |tính chung |cả |riêng trong )?");

    private PeriodPhrases() {
    }

    /** "từ ngày 1/7 đến ngày 26/11/2025": a span of days inside one year gives that year. */
    private static final Pattern DAY_SPAN = Pattern.compile(
            "từ (?:ngày )?\\d{1,2}/\\d{1,2}(?:/(\\d{4}))? đến (?:hết )?(?:ngày )?\\d{1,2}/\\d{1,2}/(\\d{4})");

    /** The year of a span of days written with its dates ("từ ngày 1/7 đến ngày 26/11/2025"), when it lies inside one year. */
    static Optional<String> daySpan(String lower) {
        Matcher m = DAY_SPAN.matcher(lower);
        return m.find() && (m.group(1) == null || m.group(1).equals(m.group(2))) ? Optional.of(m.group(2)) : Optional.empty();
    }

    /** The text with its full dates blanked out (same length), so that "ngày 15 tháng 12 năm 2022" names no period. */
    static String withoutDates(String lower) {
        Matcher m = DATE.matcher(lower);
        StringBuilder out = new StringBuilder(lower);
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) {
                out.setCharAt(i, ' ');
            }
        }
        return out.toString();
    }

    /** The period named by a time adverbial at the very start of a clause ("năm 2020, tổng số hồ sơ …"), else empty. */
    static Optional<String> atStart(String clause) {
        Matcher lead = LEAD.matcher(clause);
        lead.lookingAt();
        String rest = clause.substring(lead.end());
        for (Form form : FORMS) {
            Matcher m = form.pattern().matcher(rest);
            if (m.lookingAt()) {
                return Optional.ofNullable(form.code().apply(m));
            }
        }
        return Optional.empty();
    }

    /** @param lower lower-case text to search */
    static Optional<String> find(String lower) {
        String best = null;
        int bestStart = Integer.MAX_VALUE;
        for (Form form : FORMS) {
            Matcher m = form.pattern().matcher(lower);
            if (m.find() && m.start() < bestStart) {
                String code = form.code().apply(m);
                if (code != null) {
                    best = code;
                    bestStart = m.start();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** "6 tháng", "06 tháng" and "sáu tháng" alike. */
    private static String firstMonths(Matcher m) {
        return switch (m.group(1).replaceFirst("^0", "")) {
            case "12", "mười hai" -> m.group(2);
            case "9", "chín" -> m.group(2) + "-9M";
            case "6", "sáu" -> m.group(2) + "H1";
            case "3", "ba" -> m.group(2) + "Q1";
            default -> null;
        };
    }

    private static int quarter(String q) {
        return switch (q) {
            case "i", "1" -> 1;
            case "ii", "2" -> 2;
            case "iii", "3" -> 3;
            default -> 4;
        };
    }
}
