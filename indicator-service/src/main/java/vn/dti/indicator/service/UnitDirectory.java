package vn.dti.indicator.service;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import vn.dti.indicator.events.ReportPayload;
import vn.dti.indicator.events.UnitChanged;
import vn.dti.indicator.repository.UnitInfo;
import vn.dti.platform.security.UnitCodes;

/** This service's copy of the units, fed by {@code UnitChanged} and by the report events. */
@ApplicationScoped
public class UnitDirectory {

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(UnitChanged change) {
        UnitInfo unit = findOrNew(change.unitCode(), change.province());
        unit.name = change.name();
        unit.nameEn = change.nameEn();
        unit.level = change.level();
        unit.group = change.group();
        unit.validTo = change.validTo();
        unit.updatedAt = Instant.now();
        unit.persist();
    }

    /** A report carries the unit's name, level and group as they were when it was written. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void learnFrom(ReportPayload report) {
        UnitInfo unit = findOrNew(report.unitCode(), report.province());
        unit.name = report.unitName() != null ? report.unitName() : unit.name;
        unit.level = report.unitLevel() != null ? report.unitLevel() : unit.level;
        unit.group = report.unitGroup() != null ? report.unitGroup() : unit.group;
        unit.updatedAt = Instant.now();
        unit.persist();
    }

    private static UnitInfo findOrNew(String unitCode, String province) {
        UnitInfo unit = UnitInfo.findById(unitCode);
        if (unit == null) {
            unit = new UnitInfo();
            unit.unitCode = unitCode;
        }
        unit.province = province != null ? province : UnitCodes.provinceOf(unitCode);
        return unit;
    }
}
