package vn.dti.indicator.scoring;

import java.math.BigDecimal;
import java.util.UUID;

/** One data-element value with the report it came from; booleans are 1 (true) and 0 (false). */
public record InputValue(String element, BigDecimal value, UUID reportId, Integer reportVersion, boolean adjusted) {

    public static InputValue of(String element, BigDecimal value) {
        return new InputValue(element, value, null, null, false);
    }

    public static InputValue of(String element, String value) {
        return of(element, new BigDecimal(value));
    }
}
