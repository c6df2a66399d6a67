package vn.dti.report.events;

import java.time.LocalDate;

import vn.dti.report.repository.OrgUnit;
import vn.dti.report.repository.UnitLevel;

/** Payload of {@code UnitChanged}: the unit as it stands after the change. */
public record UnitChanged(String change, String unitCode, String name, String nameEn, UnitLevel level, String group,
        String parentCode, String province, LocalDate validFrom, LocalDate validTo, String successorCode) {

    public static final String TYPE = "UnitChanged";

    public static UnitChanged of(String change, OrgUnit unit) {
        return new UnitChanged(change, unit.code, unit.name, unit.nameEn, unit.level, unit.group, unit.parentCode,
                unit.provinceCode, unit.validFrom, unit.validTo, unit.successorCode);
    }
}
