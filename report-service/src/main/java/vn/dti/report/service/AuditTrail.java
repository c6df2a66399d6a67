package vn.dti.report.service;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.arc.Arc;

import vn.dti.report.repository.AuditEntry;
import vn.dti.report.security.CallerScope;

/** Writes the audit trail in the caller's transaction, so a change and its record never part. */
@ApplicationScoped
public class AuditTrail {

    public static final String UNIT = "UNIT";
    public static final String REPORT = "REPORT";
    public static final String CAMPAIGN = "CAMPAIGN";
    public static final String ELEMENT = "DATA_ELEMENT";

    @Inject
    CallerScope caller;

    @Transactional(Transactional.TxType.MANDATORY)
    public void action(String entityType, String entityId, String action, String reason) {
        write(entityType, entityId, action, null, null, null, reason);
    }

    /** Records a field change; an unchanged value records nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void change(String entityType, String entityId, String action, String field, Object oldValue, Object newValue,
            String reason) {
        if (!Objects.equals(text(oldValue), text(newValue))) {
            write(entityType, entityId, action, field, text(oldValue), text(newValue), reason);
        }
    }

    public List<AuditEntry> of(String entityType, String entityId) {
        return AuditEntry.list("entityType = ?1 and entityId = ?2 order by id", entityType, entityId);
    }

    private void write(String entityType, String entityId, String action, String field, String oldValue,
            String newValue, String reason) {
        AuditEntry entry = new AuditEntry();
        entry.at = Instant.now();
        entry.actor = Arc.container().requestContext().isActive() ? caller.userName() : "system";
        entry.entityType = entityType;
        entry.entityId = entityId;
        entry.action = action;
        entry.field = field;
        entry.oldValue = oldValue;
        entry.newValue = newValue;
        entry.reason = reason;
        entry.persist();
    }

    private static String text(Object value) {
        if (value instanceof java.math.BigDecimal number) {
            return number.stripTrailingZeros().toPlainString();
        }
        return value == null ? null : value.toString();
    }
}
