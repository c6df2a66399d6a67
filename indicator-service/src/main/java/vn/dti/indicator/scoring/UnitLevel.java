package vn.dti.indicator.scoring;

import java.util.EnumSet;
import java.util.Set;

/** Cấp đơn vị / unit level, as report-service names it. */
public enum UnitLevel {
    PROVINCE, DEPARTMENT, DISTRICT, COMMUNE;

    /** ALL = departments, districts and communes. */
    public static final Set<UnitLevel> ALL = EnumSet.of(DEPARTMENT, DISTRICT, COMMUNE);
    /** LOCAL = districts and communes only. */
    public static final Set<UnitLevel> LOCAL = EnumSet.of(DISTRICT, COMMUNE);
}
