package vn.dti.report.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period a report or article states in its opening: its heading lines ("Kết quả chuyển đổi số năm 2023",
 * "Quý I/2020 không có hồ sơ … quá hạn"), its dated line ("(Vĩnh Phúc, 29/09/2021)", "(Viettimes, 01/2023 – kết quả năm
 * 2022)") and the time adverbial opening its first sentence ("Năm 2020, tổng số hồ sơ …", "Trong 9 tháng năm 2020, …").
 * Relative wording ("từ đầu năm đến nay", "tháng 10 vừa qua") is resolved with the dated line. A period that does not
 * fit the date of writing is dropped: a wrong period turns correct values off, no period only loses a reference.
 */
final class ReportOpening {

    private static final int MAX_HEADING_LINES = 12;
    private static final int BODY_LINE = 160;
    /** The last month of writing in which an article still reports on the whole previous year. */
    private static final int LAST_MONTH_FOR_PREVIOUS_YEAR = 4;
    private static final int FIRST_MONTH_OF_CURRENT_YEAR = 4;

    private static final Pattern FULL_DATE = Pattern.compile("(?:ngày\\s+)?(?<![\\d/])(\\d{1,2})(?:\\s+tháng\\s+|[/.-])(\\d{1,2})(?:\\s+năm\\s+|[/.-])(\\d{4})");
    private static final Pattern MONTH_DATE = Pattern.compile("(?:^\\(|, |\\()(?:tháng )?(\\d{1,2})[/-](\\d{4})(?!\\d)");
    private static final Pattern YEAR_DATE = Pattern.compile("(?:^\\(|, )(\\d{4})(?=\\s*(?:\\)|[–;-]))");
    /** "(…)" alone on its line, or "Quảng Nam, ngày 08 tháng 01 năm 2025". */
    private static final Pattern DATED_LINE = Pattern.compile("^\\(.*\\)$|^[^,()]{2,40}, ngày .*");
    /** The part of a title about the next period: "…, phương hướng, nhiệm vụ quý IV/2025", "… và đề xuất nhiệm vụ … năm 2025". */
    private static final Pattern NEXT_PERIOD_PART = Pattern.compile(
            "(?:,|;| và| -| –)\\s*(?:phương hướng|nhiệm vụ|đề xuất nhiệm vụ|kế hoạch|định hướng)");
    /** A heading about a target or a plan names the year aimed at, not the one reported on. */
    private static final Pattern TARGET_HEADING = Pattern.compile("(?<!\\p{L})(?:mục tiêu|phấn đấu|kế hoạch năm|dự kiến)(?!\\p{L})|^kế hoạch$");
    private static final Pattern BARE_QUARTER = Pattern.compile("(?<!\\p{L})quý (iv|i{1,3})(?![\\p{L}\\d/-])(?!\\s+năm)");
    private static final Pattern RESULTS_OF = Pattern.compile("kết quả (?:năm|quý|\\d{1,2} tháng|tháng|giai đoạn)[^)]*");
    /** "quý I", "3 tháng đầu năm", "tháng 10": the article is about a part of a year, which the date of writing cannot tell. */
    private static final Pattern PART_OF_YEAR = Pattern.compile("(?<!\\p{L})(?:quý|\\d{1,2} tháng|tháng \\d{1,2})(?!\\p{L})");
    private static final Pattern SINCE_NEW_YEAR = Pattern.compile("(?<!\\p{L})(?:từ đầu năm|năm nay)(?!\\p{L})");
    private static final Pattern LAST_MONTH = Pattern.compile("^(?:trong )?tháng (\\d{1,2})(?: vừa qua| qua| trước)?(?![\\d/\\p{L}-])");
    private static final Pattern REPORT_NAMED = Pattern.compile("(?<!\\p{L})báo cáo(?!\\p{L})");

    private record WrittenOn(int year, int month) {
        static final WrittenOn UNKNOWN = new WrittenOn(0, 0);

        /**
         * An article dated from April on with no period of its own reports on the year it was written in; one written
         * in January–March may still be about the previous year, and a bare year of publication says too little.
         */
        Optional<String> currentYear() {
            return month >= FIRST_MONTH_OF_CURRENT_YEAR ? Optional.of(String.valueOf(year)) : Optional.empty();
        }

        boolean fits(String period, boolean heading) {
            if (year == 0) {
                return true;
            }
            int end = endYear(period);
            if (end > year) {
                return false;
            }
            if (heading) {
                return end >= year - 1;
            }
            return end == year || end == year - 1 && month >= 1 && month <= LAST_MONTH_FOR_PREVIOUS_YEAR;
        }
    }

    /**
     * "Năm 2023, huyện Vĩnh Linh đã …", "UBND xã Mỹ Hòa tiếp nhận …", "Sáng 4-11, Ban Chỉ đạo Chuyển đổi số huyện Đan Phượng đã tổ chức …":
     * the unit, or its own steering committee, as the subject of the first sentence.
     */
    private static final Pattern SUBJECT_UNIT = Pattern.compile("^(?:[^,.]{0,60}, )?(?:UBND |Ủy ban nhân dân |Uỷ ban nhân dân |Ban [Cc]hỉ đạo (?:\\p{L}+ ){0,5}?)?"
            + "(huyện|xã|phường|thị xã|thị trấn|quận|tỉnh|thành phố) (\\p{Lu}\\p{Ll}*(?: \\p{Lu}\\p{Ll}*){0,3})(?: \\([^()]{2,30}\\))?"
            + " (?:đã|đang|có|hiện có|tiếp nhận|đạt|tổ chức|triển khai|ban hành|thực hiện|xếp)(?!\\p{L})");

    /** "UBND huyện Đức Huệ, tỉnh Long An triển khai …": the lower unit, placed in its province, is the subject, not the province. */
    private static final Pattern LOWER_UNIT_OF_ITS_PROVINCE = Pattern.compile("^(?:UBND |Ủy ban nhân dân |Uỷ ban nhân dân )?"
            + "(huyện|xã|phường|thị xã|thị trấn|quận|Huyện|Xã|Phường|Thị xã|Thị trấn|Quận) (\\p{Lu}\\p{Ll}*(?: \\p{Lu}\\p{Ll}*){0,3}), (?:(?:huyện|thị xã|thành phố) [^,.]{2,30}, )?"
            + "(?:tỉnh|thành phố) \\p{Lu}\\p{Ll}*(?: \\p{Lu}\\p{Ll}*){0,3}"
            + " (?:đã|đang|có|hiện có|tiếp nhận|đạt|tổ chức|triển khai|ban hành|thực hiện|xếp)(?!\\p{L})");

    private ReportOpening() {
    }

    /** The unit a report names as the subject of its first sentence, for articles without a letterhead. */
    static Optional<String> unit(String text) {
        List<String> lines = openingLines(text);
        int body = bodyLine(lines);
        if (body >= lines.size()) {
            return Optional.empty();
        }
        Matcher lower = LOWER_UNIT_OF_ITS_PROVINCE.matcher(firstSentence(lines.get(body)));
        if (lower.find()) {
            return Optional.of("UBND " + lower.group(1).toLowerCase(Locale.ROOT) + " " + lower.group(2));
        }
        Matcher m = SUBJECT_UNIT.matcher(firstSentence(lines.get(body)));
        return m.find() ? Optional.of("UBND " + m.group(1) + " " + m.group(2)) : Optional.empty();
    }

    /** The period the opening states, else empty. @param lower the report's lower-case text */
    static Optional<String> period(String lower) {
        return period(lower, false);
    }

    /** The period the opening states, else the year of writing of an article dated from April on (see {@link WrittenOn#currentYear()}). */
    static Optional<String> periodOrYearOfWriting(String lower) {
        return period(lower, true);
    }

    private static Optional<String> period(String lower, boolean guess) {
        List<String> lines = openingLines(lower);
        int body = bodyLine(lines);
        int datedLine = datedLine(lines, body);
        WrittenOn written = datedLine < 0 ? WrittenOn.UNKNOWN : writtenOn(lines.get(datedLine));
        boolean plan = false;
        for (int i = 0; i < body; i++) {
            plan |= i != datedLine && TARGET_HEADING.matcher(lines.get(i)).find();
        }
        if (!plan) {
            for (int i = 0; i < body; i++) {
                if (i == datedLine) {
                    continue;
                }
                Optional<String> found = headingPeriod(lines.get(i), written);
                if (found.isPresent()) {
                    return found.filter(p -> written.fits(p, true));
                }
            }
        }
        if (datedLine >= 0) {
            Matcher results = RESULTS_OF.matcher(lines.get(datedLine));
            if (results.find()) {
                return PeriodPhrases.find(results.group()).filter(p -> written.fits(p, true));
            }
        }
        String first = body < lines.size() ? firstSentence(lines.get(body)) : "";
        Optional<String> opening = firstSentencePeriod(first, written);
        if (opening.isPresent() || !guess || plan || PART_OF_YEAR.matcher(first).find() || partOfYearInHeadings(lines, body, datedLine)) {
            return opening;
        }
        return written.currentYear();
    }

    private static boolean partOfYearInHeadings(List<String> lines, int body, int datedLine) {
        for (int i = 0; i < body; i++) {
            if (i != datedLine && PART_OF_YEAR.matcher(lines.get(i)).find()) {
                return true;
            }
        }
        return false;
    }

    private static int datedLine(List<String> lines, int body) {
        for (int i = 0; i < body; i++) {
            if (DATED_LINE.matcher(lines.get(i)).matches()) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> openingLines(String lower) {
        List<String> lines = new ArrayList<>();
        for (String line : lower.substring(0, Math.min(lower.length(), 2500)).split("\n")) {
            if (!line.isBlank()) {
                lines.add(line.strip());
            }
        }
        return lines;
    }

    /** The first line of running text: a long line or a sentence, or the first after at most a few heading lines; a text of one line is all body. */
    private static int bodyLine(List<String> lines) {
        if (lines.size() == 1) {
            return 0;
        }
        for (int i = 0; i < lines.size() && i < MAX_HEADING_LINES; i++) {
            String line = lines.get(i);
            if (line.length() >= BODY_LINE || line.length() > 40 && (line.endsWith(".") || line.endsWith(":") || line.endsWith(";"))) {
                return i;
            }
        }
        return Math.min(lines.size(), MAX_HEADING_LINES);
    }

    private static WrittenOn writtenOn(String line) {
        Matcher full = FULL_DATE.matcher(line);
        if (full.find()) {
            return new WrittenOn(Integer.parseInt(full.group(3)), Integer.parseInt(full.group(2)));
        }
        Matcher month = MONTH_DATE.matcher(line);
        if (month.find()) {
            return new WrittenOn(Integer.parseInt(month.group(2)), Integer.parseInt(month.group(1)));
        }
        Matcher year = YEAR_DATE.matcher(line);
        return year.find() ? new WrittenOn(Integer.parseInt(year.group(1)), 0) : WrittenOn.UNKNOWN;
    }

    /**
     * A heading's period, its part about the next period cut off; "quý III" without a year takes the heading's year, else the
     * date's (the year before when the quarter has not begun by the date of writing).
     */
    private static Optional<String> headingPeriod(String line, WrittenOn written) {
        Matcher next = NEXT_PERIOD_PART.matcher(line);
        String own = next.find() ? line.substring(0, next.start()) : line;
        Optional<String> found = PeriodPhrases.find(PeriodPhrases.withoutDates(own)).or(() -> PeriodPhrases.daySpan(own));
        if (found.isPresent()) {
            return found;
        }
        Matcher quarter = BARE_QUARTER.matcher(own);
        if (quarter.find()) {
            Optional<String> named = PeriodPhrases.find(PeriodPhrases.withoutDates(line));
            int q = PeriodPhrases.find("quý " + quarter.group(1) + "/2000").map(p -> p.charAt(5) - '0').orElse(1);
            int year = named.map(ReportOpening::endYear)
                    .orElse(written.month() > 0 && 3 * q - 2 > written.month() ? written.year() - 1 : written.year());
            return year > 0 ? PeriodPhrases.find("quý " + quarter.group(1) + "/" + year) : Optional.empty();
        }
        return Optional.empty();
    }

    private static String firstSentence(String line) {
        int stop = line.indexOf(". ");
        return stop < 0 ? line : line.substring(0, stop);
    }

    /**
     * "Năm 2020, …", "Thống kê … cho biết, trong quý I năm 2020 …" (a clause opened by its time), "Theo báo cáo … quý III-2023
     * …" (the period of the report cited), "từ đầu năm đến nay" and "tháng 10 vừa qua" dated by the dated line.
     */
    private static Optional<String> firstSentencePeriod(String sentence, WrittenOn written) {
        String s = PeriodPhrases.withoutDates(sentence);
        for (String clause : s.split(", ")) {
            Optional<String> found = PeriodPhrases.atStart(clause.strip());
            if (found.isPresent()) {
                return found.filter(p -> written.fits(p, false));
            }
            Matcher month = LAST_MONTH.matcher(clause.strip());
            if (month.find() && written.month() > 0) {
                int m = Integer.parseInt(month.group(1));
                int year = m <= written.month() ? written.year() : written.year() - 1;
                return m >= 1 && m <= 12 ? Optional.of(year + "-" + String.format("%02d", m)) : Optional.empty();
            }
        }
        Matcher report = REPORT_NAMED.matcher(s);
        if (report.find()) {
            Optional<String> cited = PeriodPhrases.find(s.substring(report.end()));
            if (cited.isPresent()) {
                return cited.filter(p -> written.fits(p, true));
            }
        }
        if (written.year() > 0 && SINCE_NEW_YEAR.matcher(s).find()) {
            return Optional.of(String.valueOf(written.year()));
        }
        return Optional.empty();
    }

    private static int endYear(String period) {
        int slash = period.indexOf('/');
        return Integer.parseInt(slash > 0 ? period.substring(slash + 1) : period.substring(0, 4));
    }
}
