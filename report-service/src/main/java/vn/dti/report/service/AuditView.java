package vn.dti.report.service;

import java.time.Instant;

import vn.dti.report.repository.AuditEntry;

/** One line of an audit trail as clients see it. */
public record AuditView(Instant at, String actor, String action, String field, String oldValue, String newValue,
        String reason) {

    public static AuditView of(AuditEntry entry) {
        return new AuditView(entry.at, entry.actor, entry.action, entry.field, entry.oldValue, entry.newValue, entry.reason);
    }
}
