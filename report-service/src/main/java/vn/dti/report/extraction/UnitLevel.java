package vn.dti.report.extraction;

import java.util.Locale;

/** The tier of the reporting unit, read from its name; decides whose figures are the unit's own. */
enum UnitLevel {
    PROVINCE, DEPARTMENT, DISTRICT, COMMUNE, UNKNOWN;

    /** "Thành phố Huế" is left a district-level city: it became centrally run only in 2025. */
    static UnitLevel ofName(String unitName) {
        if (unitName == null) {
            return UNKNOWN;
        }
        String n = unitName.toLowerCase(Locale.ROOT);
        if (n.matches("^(?:ubnd|ủy ban nhân dân|uỷ ban nhân dân)\\s+(?:xã|phường|thị trấn|đặc khu)\\b.*")
                || n.matches("^(?:xã|phường|thị trấn)\\s.*")) {
            return COMMUNE;
        }
        if (n.matches("^(?:ubnd|ủy ban nhân dân|uỷ ban nhân dân)\\s+(?:thành phố|tp\\.?)\\s+(?:hà nội|hồ chí minh|hải phòng|đà nẵng|cần thơ)$")) {
            return PROVINCE;
        }
        if (n.matches("^(?:ubnd|ủy ban nhân dân|uỷ ban nhân dân)\\s+(?:huyện|quận|thị xã|thành phố)\\b.*")
                || n.matches("^(?:huyện|quận|thị xã)\\s.*")) {
            return DISTRICT;
        }
        if (n.matches("^(?:ubnd|ủy ban nhân dân|uỷ ban nhân dân)\\s+tỉnh\\b.*")) {
            return PROVINCE;
        }
        return DEPARTMENT;
    }

    /**
     * Known to be above the communes, so that a section or sentence about the communes holds parts of its figures. An unknown
     * level is not: a commune's report read as a district's loses its own figures.
     */
    boolean isAboveCommunes() {
        return this == PROVINCE || this == DEPARTMENT || this == DISTRICT;
    }
}
