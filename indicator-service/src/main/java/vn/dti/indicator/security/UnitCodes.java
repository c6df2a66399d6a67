package vn.dti.indicator.security;

/** Unit codes look like {@code BDI.SNGV}: the province code, a dot, the unit's own code. */
public final class UnitCodes {

    private UnitCodes() {
    }

    public static String provinceOf(String unitCode) {
        int dot = unitCode.indexOf('.');
        return dot < 0 ? unitCode : unitCode.substring(0, dot);
    }
}
