package vn.dti.platform.audit;

import java.time.Instant;

/**
 * One append-only audit line as every service stores and answers it: who did what to which
 * object, when, why, the value before and after, and the report version it concerned.
 */
public record AuditRecord(Long id, String service, Instant at, String actor, String action, String entityType,
        String entityId, String field, String province, String unit, String reason, String before, String after,
        Integer reportVersion) {

    /** A new line of {@code entityType}/{@code entityId}; the writer fills id, service and time. */
    public static AuditRecord of(String actor, String action, String entityType, String entityId, String province,
            String unit) {
        return new AuditRecord(null, null, null, actor, action, entityType, entityId, null, province, unit, null, null,
                null, null);
    }

    public AuditRecord field(String name) {
        return new AuditRecord(id, service, at, actor, action, entityType, entityId, name, province, unit, reason, before,
                after, reportVersion);
    }

    public AuditRecord reason(String why) {
        return new AuditRecord(id, service, at, actor, action, entityType, entityId, field, province, unit, why, before,
                after, reportVersion);
    }

    public AuditRecord change(Object oldValue, Object newValue) {
        return new AuditRecord(id, service, at, actor, action, entityType, entityId, field, province, unit, reason,
                text(oldValue), text(newValue), reportVersion);
    }

    public AuditRecord reportVersion(Integer version) {
        return new AuditRecord(id, service, at, actor, action, entityType, entityId, field, province, unit, reason, before,
                after, version);
    }

    static String text(Object value) {
        if (value instanceof java.math.BigDecimal number) {
            return number.stripTrailingZeros().toPlainString();
        }
        return value == null ? null : value.toString();
    }
}
