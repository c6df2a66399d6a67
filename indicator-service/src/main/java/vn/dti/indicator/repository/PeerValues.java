package vn.dti.indicator.repository;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * BEST_IN_GROUP bookkeeping: each unit's value per component in its peer group (province, group,
 * period, stage, framework version) and the highest value the group was last scored against.
 */
@ApplicationScoped
public class PeerValues {

    /** The peer group of a unit in one period and stage, under one framework version. */
    public record PeerScope(String province, String group, String period, Stage stage, String frameworkCode,
            int frameworkVersion) {
    }

    private static final String SCOPE = "province_code = ?1 and unit_group = ?2 and period = ?3 and stage = ?4"
            + " and framework_code = ?5 and framework_version = ?6";

    @Inject
    EntityManager em;

    /**
     * Replaces every member's values at once: one delete and a few multi-row inserts. The delete
     * also takes the group's values under earlier framework versions, which no score reads any more
     * once the whole group is on this one.
     */
    public void replaceGroupValues(PeerScope scope, Map<String, Map<String, BigDecimal>> valuesByUnit) {
        em.createNativeQuery("delete from peer_value where province_code = ?1 and unit_group = ?2 and period = ?3"
                + " and stage = ?4").setParameter(1, scope.province()).setParameter(2, String.valueOf(scope.group()))
                .setParameter(3, scope.period()).setParameter(4, scope.stage().name()).executeUpdate();
        insertAll(scope, valuesByUnit);
    }

    /** Replaces these units' values at once: one delete and a few multi-row inserts. */
    public void replaceValuesOf(PeerScope scope, Map<String, Map<String, BigDecimal>> valuesByUnit) {
        if (valuesByUnit.isEmpty()) {
            return;
        }
        bind(em.createNativeQuery("delete from peer_value where " + SCOPE + " and unit_code = any(?7)"), scope)
                .setParameter(7, valuesByUnit.keySet().toArray(String[]::new)).executeUpdate();
        insertAll(scope, valuesByUnit);
    }

    /** All rows in one statement: three arrays unnested, not thousands of bound parameters. */
    private void insertAll(PeerScope scope, Map<String, Map<String, BigDecimal>> valuesByUnit) {
        List<String> units = new ArrayList<>();
        List<String> components = new ArrayList<>();
        List<BigDecimal> values = new ArrayList<>();
        valuesByUnit.forEach((unit, byComponent) -> byComponent.forEach((component, value) -> {
            units.add(unit);
            components.add(component);
            values.add(value);
        }));
        if (units.isEmpty()) {
            return;
        }
        bind(em.createNativeQuery("insert into peer_value (province_code, unit_group, period, stage, framework_code,"
                + " framework_version, unit_code, component_code, value) select ?1, ?2, ?3, ?4, ?5, ?6, u, c, v"
                + " from unnest(cast(?7 as text[]), cast(?8 as text[]), cast(?9 as numeric[])) as t(u, c, v)"), scope)
                .setParameter(7, units.toArray(String[]::new))
                .setParameter(8, components.toArray(String[]::new))
                .setParameter(9, values.toArray(BigDecimal[]::new))
                .executeUpdate();
    }

    /** The current highest value per component among the group's units. */
    public Map<String, BigDecimal> highest(PeerScope scope) {
        return toMap(bind(em.createNativeQuery("select component_code, max(value) from peer_value where " + SCOPE
                + " group by component_code"), scope).getResultList());
    }

    /** The highest values the group's scores were last computed with. */
    public Map<String, BigDecimal> scoredAgainst(PeerScope scope) {
        return toMap(bind(em.createNativeQuery("select component_code, value from peer_best where " + SCOPE), scope)
                .getResultList());
    }

    public void rememberScoredAgainst(PeerScope scope, Map<String, BigDecimal> bests) {
        bind(em.createNativeQuery("delete from peer_best where " + SCOPE), scope).executeUpdate();
        bests.forEach((component, value) -> bind(em.createNativeQuery("insert into peer_best (province_code,"
                + " unit_group, period, stage, framework_code, framework_version, component_code, value)"
                + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"), scope)
                .setParameter(7, component).setParameter(8, value).executeUpdate());
    }

    private static jakarta.persistence.Query bind(jakarta.persistence.Query query, PeerScope scope) {
        return query.setParameter(1, scope.province()).setParameter(2, String.valueOf(scope.group()))
                .setParameter(3, scope.period()).setParameter(4, scope.stage().name())
                .setParameter(5, scope.frameworkCode()).setParameter(6, scope.frameworkVersion());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, BigDecimal> toMap(List<?> rows) {
        Map<String, BigDecimal> map = new HashMap<>();
        for (Object[] row : (List<Object[]>) rows) {
            map.put((String) row[0], ((BigDecimal) row[1]).stripTrailingZeros());
        }
        return map;
    }
}
