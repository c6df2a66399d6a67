package vn.dti.report.events;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import vn.dti.report.repository.OrgUnit;
import vn.dti.report.repository.UnitLevel;

/**
 * Payload of {@code UnitChanged}: the unit as it stands after the change. Restructuring adds its
 * dated successor links ({@code successors}, several with shares for a split), the change that
 * made them ({@code changeId}) and the day it took effect ({@code effectiveDate}).
 */
public record UnitChanged(String change, String unitCode, String name, String nameEn, UnitLevel level, String group,
        String parentCode, String province, LocalDate validFrom, LocalDate validTo, String successorCode,
        List<Successor> successors, UUID changeId, LocalDate effectiveDate) {

    public static final String TYPE = "UnitChanged";

    /** A dated successor link; {@code kind} is MERGE, PROVINCE_MERGE, MOVE or SPLIT. */
    public record Successor(String code, LocalDate date, String kind, BigDecimal share) {
    }

    public static UnitChanged of(String change, OrgUnit unit) {
        return new UnitChanged(change, unit.code, unit.name, unit.nameEn, unit.level, unit.group, unit.parentCode,
                unit.provinceCode, unit.validFrom, unit.validTo, unit.successorCode, null, null, null);
    }

    public UnitChanged lineage(List<Successor> links, UUID change, LocalDate date) {
        return new UnitChanged(this.change, unitCode, name, nameEn, level, group, parentCode, province, validFrom,
                validTo, successorCode, links, change, date);
    }
}
