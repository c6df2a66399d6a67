package vn.dti.platform.audit;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The filter of {@code GET /api/v1/audit}: province, unit, actor, action and a time span
 * ({@code from} inclusive, {@code to} exclusive). Null fields do not filter.
 */
public record AuditQuery(String province, String unit, String actor, String action, Instant from, Instant to) {

    /** The same filter limited to one province (a reviewer's own). */
    public AuditQuery inProvince(String provinceCode) {
        return new AuditQuery(provinceCode, unit, actor, action, from, to);
    }

    /** SQL condition over the standard {@code audit_log} columns, with its named parameters. */
    public Map.Entry<String, Map<String, Object>> where() {
        StringBuilder sql = new StringBuilder("1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
        add(sql, params, "province_code = :province", "province", province);
        add(sql, params, "unit_code = :unit", "unit", unit);
        add(sql, params, "actor = :actor", "actor", actor);
        add(sql, params, "action = :action", "action", action == null ? null : action.toUpperCase());
        add(sql, params, "at >= :from", "from", from);
        add(sql, params, "at < :to", "to", to);
        return Map.entry(sql.toString(), params);
    }

    private static void add(StringBuilder sql, Map<String, Object> params, String condition, String name, Object value) {
        if (value != null && !(value instanceof String text && text.isBlank())) {
            sql.append(" and ").append(condition);
            params.put(name, value);
        }
    }
}
