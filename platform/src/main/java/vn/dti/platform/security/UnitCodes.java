package vn.dti.platform.security;

import java.util.regex.Pattern;

/** Unit codes look like {@code BDI.SNGV}: the province code, a dot, the unit's own code. */
public final class UnitCodes {

    /** A province code, then dot-separated parts of capitals, digits, '-' or '_'. */
    public static final Pattern PATTERN = Pattern.compile("[A-Z]{2,10}(\\.[A-Z0-9_-]{1,40}){0,4}");

    private UnitCodes() {
    }

    public static String provinceOf(String unitCode) {
        int dot = unitCode.indexOf('.');
        return dot < 0 ? unitCode : unitCode.substring(0, dot);
    }

    public static boolean isWellFormed(String unitCode) {
        return unitCode != null && PATTERN.matcher(unitCode).matches();
    }

    public static boolean isProvince(String unitCode) {
        return unitCode != null && unitCode.indexOf('.') < 0;
    }
}
