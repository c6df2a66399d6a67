package vn.dti.report.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

import vn.dti.report.repository.OrgUnit;
import vn.dti.report.repository.UnitLevel;
import vn.dti.report.repository.UnitLineage;
import vn.dti.report.repository.UnitName;

/** A unit as clients see it, with its dated successor links (several with shares after a split). */
public record UnitView(String code, String name, String nameEn, UnitLevel level, String group, String parentCode,
        String province, LocalDate validFrom, LocalDate validTo, String successorCode, List<Link> successors,
        List<Link> predecessors, @JsonIgnore long revision) {

    /** A dated successor or predecessor link. */
    public record Link(String code, LocalDate date, String kind, BigDecimal share) {
    }

    public static UnitView of(OrgUnit unit) {
        return new UnitView(unit.code, unit.name, unit.nameEn, unit.level, unit.group, unit.parentCode,
                unit.provinceCode, unit.validFrom, unit.validTo, unit.successorCode, null, null, unit.revision);
    }

    public static UnitView of(OrgUnit unit, List<UnitLineage> successors) {
        return of(unit).withLineage(successors, List.of());
    }

    public UnitView withLineage(List<UnitLineage> next, List<UnitLineage> previous) {
        return new UnitView(code, name, nameEn, level, group, parentCode, province, validFrom, validTo, successorCode,
                next.stream().map(l -> new Link(l.successorCode, l.effectiveDate, l.kind.name(), l.share)).toList(),
                previous.stream().map(l -> new Link(l.predecessorCode, l.effectiveDate, l.kind.name(), l.share)).toList(),
                revision);
    }

    /** The same unit under the name it carried on a given day. */
    public UnitView named(UnitName asOf) {
        if (asOf == null) {
            return this;
        }
        return new UnitView(code, asOf.name, asOf.nameEn, level, group, parentCode, province, validFrom, validTo,
                successorCode, successors, predecessors, revision);
    }
}
