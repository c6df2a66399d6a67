package vn.dti.report.extraction;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parts of a year named in a report whose own period is a part of a year (a quarter, a half, nine months, a month): "quý III",
 * "6 tháng đầu năm", "lũy kế 9 tháng", "từ đầu năm", "trong tháng 9", "từ ngày 01/7 đến 30/9/2025". Each is read as the months it
 * covers, so that a quarterly report of a unit formed on 1 July tells its quarter's figure from the first half of its former units and
 * from the cumulative since 1 January, and a nine-month report tells its nine months from the third quarter alone, both in a sentence's
 * time adverbial and in a table's column headings ("Tháng 9/2025 | Quý III/2025 | Lũy kế từ 01/01/2025").
 */
final class PartsOfTheYear {

    /** What a phrase covers: months {@code from}..{@code to} of {@code year} (0 when the phrase names no year). */
    record Span(int from, int to, int year) {
    }

    private static final String YEAR_AFTER = "(?:(?:\\s*(?:/|-|năm)\\s*|\\s+)(?<year>(?:19|20)\\d\\d)(?!\\d))?";
    private static final Pattern QUARTER = Pattern.compile("(?<!\\p{L})quý (?<q>iv|iii|ii|i|[1-4])(?![\\p{L}\\d])" + YEAR_AFTER);
    /** "6 tháng đầu năm", "9 tháng năm 2025", "lũy kế 9 tháng", "trong 9 tháng", "6 tháng cuối năm". */
    private static final Pattern FIRST_MONTHS = Pattern.compile("(?<lead>(?:lũy kế|luỹ kế|trong|qua|tính chung) )?(?<![\\d/.,])(?<n>0?3|0?6|0?9|12|ba|sáu|chín) tháng"
            + "(?<which> đầu năm| cuối năm| đầu)?" + YEAR_AFTER + "(?![\\p{L}\\d/])(?! (?:tới|qua|gần|kể|liên|còn lại|sau|trước))");
    /** "trong tháng 9", "riêng tháng 9/2025" (a month governs only with such a lead; "từ tháng 7" opens a span). */
    private static final Pattern MONTH = Pattern.compile("(?<!\\p{L})(?:trong|riêng|riêng trong|chỉ trong|tính riêng) tháng (?<m>\\d{1,2})" + YEAR_AFTER + "(?![\\d/])");
    /** A column heading that is a month: "Tháng 9/2025", "Tháng 9". */
    private static final Pattern MONTH_HEADING = Pattern.compile("^\\s*tháng (?<m>\\d{1,2})" + YEAR_AFTER + "(?![\\d/])");
    /** "từ ngày 01/7 đến 30/9/2025", "từ 01/01 - 30/6/2025". */
    private static final Pattern DAY_SPAN = Pattern.compile("(?<!\\p{L})từ (?:ngày )?(?<d>\\d{1,2})/(?<a>\\d{1,2})(?:/(?<y0>(?:19|20)\\d\\d))? ?(?:đến|tới|-|–) ?(?:hết )?(?:ngày )?\\d{1,2}/(?<b>\\d{1,2})(?:/(?<year>(?:19|20)\\d\\d))?");
    /** "Từ ngày 01/7/2025 đến nay, …", "kể từ 01/7/2025, …": from that month to the end of the report's period. */
    private static final Pattern SINCE = Pattern.compile("(?<!\\p{L})(?:kể từ|từ) (?:ngày )?(?<d>\\d{1,2})/(?<a>\\d{1,2})/(?<year>(?:19|20)\\d\\d)(?: (?:đến|tới) nay)?(?=[,)])");
    /** "từ đầu năm", "lũy kế từ 01/01/2025": from January to the end of the report's period. */
    private static final Pattern YEAR_TO_DATE = Pattern.compile("(?<!\\p{L})(?:từ đầu năm|lũy kế (?:từ )?(?:ngày )?0?1/0?1(?:/(?<year>(?:19|20)\\d\\d))?|luỹ kế (?:từ )?(?:ngày )?0?1/0?1(?:/(?<year2>(?:19|20)\\d\\d))?)(?!\\d)");
    /** A part of the year named only to compare with ("so với quý II", "cùng kỳ 6 tháng đầu năm 2024"). */
    private static final Pattern COMPARED = Pattern.compile("(?:so với|hơn|cùng kỳ|bằng|gấp|như)(?: (?:cùng kỳ|kỳ|cả|của))?(?: \\p{L}+)? ?$");
    /** "đến hết quý III/2023", "tính đến tháng 9": a point the figure is counted up to, not a part of the year. */
    private static final Pattern UP_TO = Pattern.compile("(?<!\\p{L})(?:đến|tới|hết|cuối|đầu)(?: hết| cuối)? $");
    private static final Pattern CODE = Pattern.compile("(?<year>\\d{4})(?:Q(?<q>[1-4])|H(?<h>[12])|-9M|-(?<m>\\d{2}))?");

    /** "tháng 9/2025", "quý 3", "9 tháng", "01/01/2025", "01/7 - 30/9": the figures of a heading that names a part of a year. */
    private static final Pattern PART_WORDS = Pattern.compile("(?<!\\p{L})(?:tháng \\d{1,2}|quý [1-4]|\\d{1,2} tháng)(?![\\d.,])"
            + "|(?<![\\d.,])\\d{1,2}/\\d{1,2}(?:/(?:19|20)\\d\\d)?(?![\\d.,])");

    /** "(03 Trung tâm cũ)", "(gồm 2 xã cũ)": a heading's note in brackets, words around its figures. */
    private static final Pattern NOTE = Pattern.compile("\\([^()]*\\p{L}{2,}[^()]*\\)");

    private PartsOfTheYear() {
    }

    /** A table heading cell with its parts of years blanked out, so that only other figures remain. */
    static String withoutPartsOfYears(String cell) {
        return PART_WORDS.matcher(NOTE.matcher(cell).replaceAll(" ")).replaceAll(" ");
    }

    /** The months the report's period covers, or null when the period is unknown or spans years. */
    static Span ofPeriod(String period) {
        if (period == null) {
            return null;
        }
        Matcher m = CODE.matcher(period);
        if (!m.matches()) {
            return null;
        }
        int year = Integer.parseInt(m.group("year"));
        if (m.group("q") != null) {
            int q = Integer.parseInt(m.group("q"));
            return new Span(3 * q - 2, 3 * q, year);
        }
        if (m.group("h") != null) {
            return m.group("h").equals("1") ? new Span(1, 6, year) : new Span(7, 12, year);
        }
        if (period.endsWith("-9M")) {
            return new Span(1, 9, year);
        }
        if (m.group("m") != null) {
            int month = Integer.parseInt(m.group("m"));
            return new Span(month, month, year);
        }
        return new Span(1, 12, year);
    }

    /**
     * In a report of a part of a year, the last part of the year named before the figure at {@code at} in its sentence (not one named
     * only to compare with) is another part: "Trong 6 tháng đầu năm (trước khi hợp nhất), … 112.540 hồ sơ" in a third-quarter
     * report, "Trong quý III, … 48.266 hồ sơ" in a nine-month report.
     */
    static boolean namesAnotherPart(String lower, int sentenceStart, int at, ReportHeader header) {
        Span own = ofPeriod(header.period());
        if (own == null || at <= sentenceStart) {
            return false;
        }
        boolean wholeYear = own.from() == 1 && own.to() == 12;
        String before = PeriodPhrases.withoutDates(lower.substring(sentenceStart, at));
        Span last = null;
        int lastStart = -1;
        boolean lastIsDated = false;
        for (Pattern p : new Pattern[] {QUARTER, FIRST_MONTHS, MONTH, DAY_SPAN, SINCE, YEAR_TO_DATE}) {
            Matcher m = p.matcher(p == DAY_SPAN || p == SINCE ? lower.substring(sentenceStart, at) : before);
            while (m.find()) {
                String lead = before.substring(Math.max(0, m.start() - 25), m.start());
                if (m.start() < lastStart || COMPARED.matcher(lead).find() || UP_TO.matcher(lead).find()) {
                    continue;
                }
                Span s = span(p, m, own);
                if (s != null) {
                    last = s;
                    lastStart = m.start();
                    lastIsDated = p == DAY_SPAN || p == SINCE;
                }
            }
        }
        if (last == null || last.year() != 0 && last.year() != own.year()) {
            return false;
        }
        // a year's report is often written before the year ends: what runs from January is the year's figure so far; a span of
        // dates that opens later ("từ ngày 01/7/2025 đến nay", since a merger) is a part of the year
        return wholeYear ? lastIsDated && last.from() > 1 : !covers(last, own);
    }

    /**
     * The column whose heading names the report's own part of the year, when two or more headings name parts of the year
     * ("Tháng 9/2025 | Quý III/2025 | Lũy kế từ 01/01/2025" in a third-quarter report), else -1.
     */
    static int columnOfThePeriod(String[] headings, ReportHeader header) {
        Span own = ofPeriod(header.period());
        if (own == null) {
            return -1;
        }
        int named = 0;
        int column = -1;
        int matching = 0;
        for (int i = 0; i < headings.length; i++) {
            Span s = ofHeading(headings[i], own);
            if (s == null) {
                continue;
            }
            named++;
            if (covers(s, own)) {
                column = i;
                matching++;
            }
        }
        return named >= 2 && matching == 1 ? column : -1;
    }

    /** The part of the year a column heading names, or null. */
    static Span ofHeading(String heading, Span own) {
        String h = heading.toLowerCase(java.util.Locale.ROOT);
        if (h.contains("kế hoạch") || h.contains("chỉ tiêu") || h.contains("cùng kỳ") || h.contains("mục tiêu")) {
            return null;
        }
        Matcher month = MONTH_HEADING.matcher(h);
        if (month.find()) {
            return span(MONTH, month, own);
        }
        for (Pattern p : new Pattern[] {YEAR_TO_DATE, QUARTER, FIRST_MONTHS, MONTH, DAY_SPAN}) {
            Matcher m = p.matcher(h);
            if (m.find()) {
                return span(p, m, own);
            }
        }
        return null;
    }

    private static boolean covers(Span s, Span own) {
        return s.from() == own.from() && s.to() == own.to() && (s.year() == 0 || s.year() == own.year());
    }

    private static Span span(Pattern p, Matcher m, Span own) {
        int year = year(m);
        if (p == QUARTER) {
            int q = switch (m.group("q")) {
                case "i", "1" -> 1;
                case "ii", "2" -> 2;
                case "iii", "3" -> 3;
                default -> 4;
            };
            return new Span(3 * q - 2, 3 * q, year);
        }
        if (p == FIRST_MONTHS) {
            String which = m.group("which");
            if (m.group("lead") == null && which == null && year == 0) {
                return null;
            }
            int n = switch (m.group("n")) {
                case "ba", "3", "03" -> 3;
                case "sáu", "6", "06" -> 6;
                case "chín", "9", "09" -> 9;
                default -> 12;
            };
            if (" cuối năm".equals(which)) {
                return n == 6 ? new Span(7, 12, year) : null;
            }
            return new Span(1, n, year);
        }
        if (p == MONTH || p == MONTH_HEADING) {
            int month = Integer.parseInt(m.group("m"));
            return month >= 1 && month <= 12 ? new Span(month, month, year) : null;
        }
        if (p == DAY_SPAN || p == SINCE) {
            // "từ 15/6 đến 14/9": a reporting period that opens mid-month starts with the next month
            int a = Integer.parseInt(m.group("a")) + (Integer.parseInt(m.group("d")) > 10 ? 1 : 0);
            int b = p == SINCE ? own.to() : Integer.parseInt(m.group("b"));
            boolean acrossYears = p == DAY_SPAN && m.group("y0") != null && year != 0 && !m.group("y0").equals(String.valueOf(year));
            if (acrossYears || a == 13) {
                return a == 13 ? new Span(1, b, year) : null;
            }
            return a >= 1 && b <= 12 && a <= b ? new Span(a, b, year) : null;
        }
        return new Span(1, own.to(), year);
    }

    private static int year(Matcher m) {
        for (String g : new String[] {"year", "year2"}) {
            try {
                String y = m.group(g);
                if (y != null) {
                    return Integer.parseInt(y);
                }
            } catch (IllegalArgumentException noSuchGroup) {
                // the pattern has no such group
            }
        }
        return 0;
    }
}
