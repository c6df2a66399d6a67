package vn.dti.indicator.service;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import vn.dti.indicator.events.ReportPayload;
import vn.dti.indicator.events.UnitChanged;
import vn.dti.platform.security.UnitCodes;

/**
 * This service's copy of the units, fed by {@code UnitChanged} and by the report events. Each
 * change is one upsert ({@code INSERT … ON CONFLICT}), so consumers of both topics learning the same
 * new unit at once cannot collide on its key.
 */
@ApplicationScoped
public class UnitDirectory {

    @Inject
    EntityManager entityManager;

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(UnitChanged change) {
        replaceLineage(change);
        if ("DELETED".equals(change.change())) {
            entityManager.createNativeQuery("delete from unit_info where unit_code = ?1")
                    .setParameter(1, change.unitCode()).executeUpdate();
            return;
        }
        entityManager.createNativeQuery("""
                insert into unit_info (unit_code, name, name_en, level, unit_group, province_code, valid_to, updated_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
                on conflict (unit_code) do update set name = excluded.name, name_en = excluded.name_en,
                    level = excluded.level, unit_group = excluded.unit_group, province_code = excluded.province_code,
                    valid_to = excluded.valid_to, updated_at = excluded.updated_at""")
                .setParameter(1, change.unitCode())
                .setParameter(2, change.name())
                .setParameter(3, change.nameEn())
                .setParameter(4, change.level() == null ? null : change.level().name())
                .setParameter(5, change.group())
                .setParameter(6, provinceOf(change.unitCode(), change.province()))
                .setParameter(7, change.validTo())
                .setParameter(8, OffsetDateTime.now())
                .executeUpdate();
    }

    /** The dated successor links the change carries replace the unit's earlier ones. */
    private void replaceLineage(UnitChanged change) {
        if (change.successors() == null && !"DELETED".equals(change.change())) {
            return;
        }
        entityManager.createNativeQuery("delete from unit_lineage where predecessor_code = ?1")
                .setParameter(1, change.unitCode()).executeUpdate();
        for (UnitChanged.Successor link : change.successors() == null ? List.<UnitChanged.Successor>of()
                : change.successors()) {
            entityManager.createNativeQuery("insert into unit_lineage (predecessor_code, successor_code, effective_date, kind) "
                    + "values (?1, ?2, ?3, ?4) on conflict do nothing").setParameter(1, change.unitCode())
                    .setParameter(2, link.code()).setParameter(3, link.date()).setParameter(4, link.kind()).executeUpdate();
        }
    }

    /** A report carries the unit's name, level and group as they were when it was written. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void learnFrom(ReportPayload report) {
        entityManager.createNativeQuery("""
                insert into unit_info (unit_code, name, level, unit_group, province_code, updated_at)
                values (?1, ?2, ?3, ?4, ?5, ?6)
                on conflict (unit_code) do update set name = coalesce(excluded.name, unit_info.name),
                    level = coalesce(excluded.level, unit_info.level),
                    unit_group = coalesce(excluded.unit_group, unit_info.unit_group),
                    province_code = excluded.province_code, updated_at = excluded.updated_at""")
                .setParameter(1, report.unitCode())
                .setParameter(2, report.unitName())
                .setParameter(3, report.unitLevel() == null ? null : report.unitLevel().name())
                .setParameter(4, report.unitGroup())
                .setParameter(5, provinceOf(report.unitCode(), report.province()))
                .setParameter(6, OffsetDateTime.now())
                .executeUpdate();
    }

    /** {@link #learnFrom} for many reports in one statement (the last report of a unit wins). */
    public void learnFromAll(Collection<ReportPayload> reports) {
        Map<String, ReportPayload> byUnit = new LinkedHashMap<>();
        reports.forEach(report -> byUnit.put(report.unitCode(), report));
        if (byUnit.isEmpty()) {
            return;
        }
        List<ReportPayload> units = List.copyOf(byUnit.values());
        entityManager.createNativeQuery("""
                insert into unit_info (unit_code, name, level, unit_group, province_code, updated_at)
                select c, n, l, g, p, ?6 from unnest(cast(?1 as text[]), cast(?2 as text[]), cast(?3 as text[]),
                    cast(?4 as text[]), cast(?5 as text[])) as t(c, n, l, g, p)
                on conflict (unit_code) do update set name = coalesce(excluded.name, unit_info.name),
                    level = coalesce(excluded.level, unit_info.level),
                    unit_group = coalesce(excluded.unit_group, unit_info.unit_group),
                    province_code = excluded.province_code, updated_at = excluded.updated_at""")
                .setParameter(1, units.stream().map(ReportPayload::unitCode).toArray(String[]::new))
                .setParameter(2, units.stream().map(ReportPayload::unitName).toArray(String[]::new))
                .setParameter(3, units.stream().map(r -> r.unitLevel() == null ? null : r.unitLevel().name())
                        .toArray(String[]::new))
                .setParameter(4, units.stream().map(ReportPayload::unitGroup).toArray(String[]::new))
                .setParameter(5, units.stream().map(r -> provinceOf(r.unitCode(), r.province())).toArray(String[]::new))
                .setParameter(6, OffsetDateTime.now())
                .executeUpdate();
    }

    private static String provinceOf(String unitCode, String province) {
        return province != null ? province : UnitCodes.provinceOf(unitCode);
    }
}
