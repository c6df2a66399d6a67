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
        var em = UnitInfo.getEntityManager();
        if (change.successors() != null || "DELETED".equals(change.change())) {
            em.createNativeQuery("delete from unit_lineage where predecessor_code = ?1").setParameter(1, change.unitCode())
                    .executeUpdate();
        }
        if ("DELETED".equals(change.change())) {
            UnitInfo.deleteById(change.unitCode());
            return;
        }
        for (UnitChanged.Successor link : change.successors() == null ? java.util.List.<UnitChanged.Successor>of()
                : change.successors()) {
            em.createNativeQuery("insert into unit_lineage (predecessor_code, successor_code, effective_date, kind) "
                    + "values (?1, ?2, ?3, ?4) on conflict do nothing").setParameter(1, change.unitCode())
                    .setParameter(2, link.code()).setParameter(3, link.date()).setParameter(4, link.kind()).executeUpdate();
        }
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
