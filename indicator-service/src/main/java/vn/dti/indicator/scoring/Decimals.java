package vn.dti.indicator.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Points and indices are kept exact and rounded half-up only for display. */
public final class Decimals {

    public static final int POINT_DECIMALS = 2;
    public static final int INDEX_DECIMALS = 4;

    private Decimals() {
    }

    public static BigDecimal points(BigDecimal exact) {
        return exact == null ? null : exact.setScale(POINT_DECIMALS, RoundingMode.HALF_UP);
    }

    public static BigDecimal index(BigDecimal exact) {
        return exact == null ? null : exact.setScale(INDEX_DECIMALS, RoundingMode.HALF_UP);
    }

    public static BigDecimal clamp(BigDecimal value, BigDecimal low, BigDecimal high) {
        return value.max(low).min(high);
    }

    /** points ÷ applicable max, or null when nothing applies. */
    public static BigDecimal ratio(BigDecimal points, BigDecimal applicableMax) {
        return applicableMax.signum() == 0 ? null : points.divide(applicableMax, Expression.MATH);
    }
}
