package vn.dti.platform.audit;

import java.util.List;

/** A page of audit lines, newest first, in the list envelope of the API contract. */
public record AuditPage(List<AuditRecord> items, int page, int size, long total) {
}
