package vn.dti.report.service;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnore;

import vn.dti.report.repository.OrgUnit;
import vn.dti.report.repository.UnitLevel;

/** A unit as clients see it. */
public record UnitView(String code, String name, String nameEn, UnitLevel level, String group, String parentCode,
        String province, LocalDate validFrom, LocalDate validTo, String successorCode, @JsonIgnore long revision) {

    public static UnitView of(OrgUnit unit) {
        return new UnitView(unit.code, unit.name, unit.nameEn, unit.level, unit.group, unit.parentCode,
                unit.provinceCode, unit.validFrom, unit.validTo, unit.successorCode, unit.revision);
    }
}
