package vn.dti.indicator.repository;

import java.math.BigDecimal;
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

    /** Rows per insert statement; PostgreSQL allows 65,535 bind parameters. */
    private static final int INSERT_CHUNK = 1000;

    @Inject
    EntityManager em;

    public void replaceUnitValues(PeerScope scope, String unitCode, Map<String, BigDecimal> values) {
        bind(em.createNativeQuery("delete from peer_value where " + SCOPE + " and unit_code = ?7"), scope)
                .setParameter(7, unitCode).executeUpdate();
        values.forEach((component, value) -> bind(em.createNativeQuery("insert into peer_value (province_code,"
                + " unit_group, period, stage, framework_code, framework_version, unit_code, component_code, value)"
                + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"), scope)
                .setParameter(7, unitCode).setParameter(8, component).setParameter(9, value).executeUpdate());
    }

    /** Replaces every member's values at once: one delete and a few multi-row inserts. */
    public void replaceGroupValues(PeerScope scope, Map<String, Map<String, BigDecimal>> valuesByUnit) {
        bind(em.createNativeQuery("delete from peer_value where " + SCOPE), scope).executeUpdate();
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

    private void insertAll(PeerScope scope, Map<String, Map<String, BigDecimal>> valuesByUnit) {
        List<Object[]> rows = new java.util.ArrayList<>();
        valuesByUnit.forEach((unit, values) -> values.forEach((component, value) -> rows.add(new Object[] {unit, component, value})));
        for (int from = 0; from < rows.size(); from += INSERT_CHUNK) {
            insertRows(scope, rows.subList(from, Math.min(rows.size(), from + INSERT_CHUNK)));
        }
    }

    private void insertRows(PeerScope scope, List<Object[]> rows) {
        StringBuilder sql = new StringBuilder("insert into peer_value (province_code, unit_group, period, stage,"
                + " framework_code, framework_version, unit_code, component_code, value) values ");
        for (int i = 0; i < rows.size(); i++) {
            int p = 7 + i * 3;
            sql.append(i == 0 ? "" : ", ").append("(?1, ?2, ?3, ?4, ?5, ?6, ?").append(p).append(", ?").append(p + 1)
                    .append(", ?").append(p + 2).append(')');
        }
        jakarta.persistence.Query query = bind(em.createNativeQuery(sql.toString()), scope);
        for (int i = 0; i < rows.size(); i++) {
            for (int c = 0; c < 3; c++) {
                query.setParameter(7 + i * 3 + c, rows.get(i)[c]);
            }
        }
        query.executeUpdate();
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
