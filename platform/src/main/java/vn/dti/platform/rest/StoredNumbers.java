package vn.dti.platform.rest;

import java.math.BigDecimal;

/** Numbers a column can hold exactly: no silent rounding (1e-400 is not 0), no overflow (1e20 in numeric(10,2)). */
public final class StoredNumbers {

    private StoredNumbers() {
    }

    /**
     * Null when {@code value} fits {@code numeric(precision, scale)} without rounding, else the rule
     * as a message: "must have at most 20 digits before and 4 after the decimal point".
     */
    public static String problemOf(BigDecimal value, int precision, int scale) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        int fraction = Math.max(stripped.scale(), 0);
        int whole = stripped.precision() - stripped.scale();
        if (fraction > scale || whole > precision - scale) {
            return "must have at most " + (precision - scale) + " digits before and " + scale + " after the decimal point";
        }
        return null;
    }

    public static boolean fits(BigDecimal value, int precision, int scale) {
        return problemOf(value, precision, scale) == null;
    }
}
