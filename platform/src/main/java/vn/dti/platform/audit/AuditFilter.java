package vn.dti.platform.audit;

/** The filters of {@code GET /api/v1/audit}, the same in every service; dates as ISO text, checked by {@link AuditLog}. */
public record AuditFilter(String province, String unit, String actor, String action, String from, String to) {
}
