package vn.dti.indicator.service;

import java.util.regex.Pattern;

/** Period codes of the API contract (2023, 2023H1, 2023-9M, 2023Q3, 2023-07, 2021/2025). */
public final class Periods {

    private static final Pattern PERIOD = Pattern.compile("\\d{4}(H[12]|-9M|Q[1-4]|-(0[1-9]|1[0-2])|/\\d{4})?");

    private Periods() {
    }

    public static boolean isValid(String period) {
        return period != null && PERIOD.matcher(period).matches();
    }

    /** The kind of a period as framework activations name it: YEAR, HALF_YEAR, NINE_MONTHS, QUARTER, MONTH, STAGE. */
    public static String kindOf(String period) {
        firstYear(period);
        if (period.length() == 4) {
            return "YEAR";
        }
        return switch (period.charAt(4)) {
            case 'H' -> "HALF_YEAR";
            case 'Q' -> "QUARTER";
            case '/' -> "STAGE";
            default -> period.endsWith("-9M") ? "NINE_MONTHS" : "MONTH";
        };
    }

    /** The year a period starts in: framework activations are by year. */
    public static int firstYear(String period) {
        if (!isValid(period)) {
            throw new IllegalArgumentException("'" + period + "' is not a period such as 2023, 2023H1, 2023-9M, 2023Q3,"
                    + " 2023-07 or 2021/2025");
        }
        return Integer.parseInt(period.substring(0, 4));
    }
}
