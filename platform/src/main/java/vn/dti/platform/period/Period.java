package vn.dti.platform.period;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.dti.platform.problem.ProblemException;

/**
 * A reporting period in the codes of the API contract: {@code 2023} (year), {@code 2023H1}
 * (half-year), {@code 2023-9M} (first nine months), {@code 2023Q3} (quarter), {@code 2023-07}
 * (month), {@code 2021/2025} (multi-year stage), parsed the same way in every service; with the
 * comparable neighbours a ranking moves against: 2023 ↔ 2022, 2023Q1 ↔ 2022Q4, 2021/2025 ↔ 2016/2020.
 */
public record Period(String code, Kind kind, LocalDate start, LocalDate end) {

    public enum Kind {
        MONTH("Tháng", "Month"),
        QUARTER("Quý", "Quarter"),
        HALF_YEAR("6 tháng", "Half-year"),
        NINE_MONTHS("9 tháng", "Nine months"),
        YEAR("Năm", "Year"),
        STAGE("Giai đoạn", "Multi-year stage");

        public final String labelVi;
        public final String labelEn;

        Kind(String labelVi, String labelEn) {
            this.labelVi = labelVi;
            this.labelEn = labelEn;
        }
    }

    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern HALF = Pattern.compile("(\\d{4})H([12])");
    private static final Pattern NINE_MONTHS = Pattern.compile("(\\d{4})-9M");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})Q([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(0[1-9]|1[0-2])");
    private static final Pattern STAGE = Pattern.compile("(\\d{4})/(\\d{4})");

    public static boolean isValid(String code) {
        try {
            parse(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The year a period starts in: framework activations are by year. */
    public static int firstYear(String code) {
        return parse(code).start().getYear();
    }

    /** A period a caller sent: a 422 problem naming {@code period} when it is not one. */
    public static Period ofParameter(String code) {
        try {
            return parse(code);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("period", e.getMessage());
        }
    }

    /** @throws IllegalArgumentException with a message a person can act on */
    public static Period parse(String code) {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("is required, e.g. 2023, 2023H1, 2023-9M, 2023Q3, 2023-07 or 2021/2025");
        }
        String text = code.strip().toUpperCase();
        Matcher m;
        if ((m = YEAR.matcher(text)).matches()) {
            int year = year(m.group(1));
            return new Period(text, Kind.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        }
        if ((m = HALF.matcher(text)).matches()) {
            int year = year(m.group(1));
            int half = Integer.parseInt(m.group(2));
            return new Period(text, Kind.HALF_YEAR, LocalDate.of(year, half == 1 ? 1 : 7, 1),
                    half == 1 ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31));
        }
        if ((m = NINE_MONTHS.matcher(text)).matches()) {
            int year = year(m.group(1));
            return new Period(text, Kind.NINE_MONTHS, LocalDate.of(year, 1, 1), LocalDate.of(year, 9, 30));
        }
        if ((m = QUARTER.matcher(text)).matches()) {
            int year = year(m.group(1));
            int quarter = Integer.parseInt(m.group(2));
            YearMonth first = YearMonth.of(year, quarter * 3 - 2);
            return new Period(text, Kind.QUARTER, first.atDay(1), first.plusMonths(2).atEndOfMonth());
        }
        if ((m = MONTH.matcher(text)).matches()) {
            YearMonth month = YearMonth.of(year(m.group(1)), Integer.parseInt(m.group(2)));
            return new Period(text, Kind.MONTH, month.atDay(1), month.atEndOfMonth());
        }
        if ((m = STAGE.matcher(text)).matches()) {
            int from = year(m.group(1));
            int to = year(m.group(2));
            if (to <= from) {
                throw new IllegalArgumentException("a multi-year stage must end after it starts, e.g. 2021/2025");
            }
            return new Period(text, Kind.STAGE, LocalDate.of(from, 1, 1), LocalDate.of(to, 12, 31));
        }
        throw new IllegalArgumentException("'" + code + "' is not a period: use 2023, 2023H1, 2023-9M, 2023Q3, 2023-07 or 2021/2025");
    }

    /** The period of the same kind just before this one. */
    public Period previous() {
        return shifted(-1);
    }

    /** The period of the same kind just after this one. */
    public Period next() {
        return shifted(1);
    }

    private Period shifted(int steps) {
        int year = start.getYear();
        return switch (kind) {
            case YEAR -> parse(Integer.toString(year + steps));
            case NINE_MONTHS -> parse((year + steps) + "-9M");
            case HALF_YEAR -> {
                int halves = year * 2 + (start.getMonthValue() == 1 ? 0 : 1) + steps;
                yield parse(Math.floorDiv(halves, 2) + "H" + (Math.floorMod(halves, 2) + 1));
            }
            case QUARTER -> {
                int quarters = year * 4 + (start.getMonthValue() - 1) / 3 + steps;
                yield parse(Math.floorDiv(quarters, 4) + "Q" + (Math.floorMod(quarters, 4) + 1));
            }
            case MONTH -> {
                YearMonth month = YearMonth.from(start).plusMonths(steps);
                yield parse(String.format("%d-%02d", month.getYear(), month.getMonthValue()));
            }
            case STAGE -> {
                int length = end.getYear() - year + 1;
                yield parse((year + steps * length) + "/" + (end.getYear() + steps * length));
            }
        };
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }

    /** "Quý III/2023", "6 tháng đầu năm 2023", "Giai đoạn 2021-2025". */
    public String labelVi() {
        int year = start.getYear();
        return switch (kind) {
            case YEAR -> "Năm " + year;
            case HALF_YEAR -> (start.getMonthValue() == 1 ? "6 tháng đầu năm " : "6 tháng cuối năm ") + year;
            case NINE_MONTHS -> "9 tháng đầu năm " + year;
            case QUARTER -> "Quý " + roman(start.getMonthValue() / 3 + 1) + "/" + year;
            case MONTH -> "Tháng " + start.getMonthValue() + "/" + year;
            case STAGE -> "Giai đoạn " + year + "-" + end.getYear();
        };
    }

    /** "Q3 2023", "First half of 2023", "Stage 2021-2025". */
    public String labelEn() {
        int year = start.getYear();
        return switch (kind) {
            case YEAR -> "Year " + year;
            case HALF_YEAR -> (start.getMonthValue() == 1 ? "First half of " : "Second half of ") + year;
            case NINE_MONTHS -> "First nine months of " + year;
            case QUARTER -> "Q" + (start.getMonthValue() / 3 + 1) + " " + year;
            case MONTH -> start.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH) + " " + year;
            case STAGE -> "Stage " + year + "-" + end.getYear();
        };
    }

    private static int year(String digits) {
        int year = Integer.parseInt(digits);
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException("year " + year + " is outside " + FIRST_YEAR + "-" + LAST_YEAR);
        }
        return year;
    }

    private static String roman(int quarter) {
        return switch (quarter) {
            case 1 -> "I";
            case 2 -> "II";
            case 3 -> "III";
            default -> "IV";
        };
    }
}
