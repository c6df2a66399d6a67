package vn.dti.report.service;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.arc.Arc;

import vn.dti.report.repository.AuditEntry;
import vn.dti.report.repository.Campaign;
import vn.dti.report.repository.Report;
import vn.dti.platform.security.UnitCodes;
import vn.dti.report.security.CallerScope;

/** Writes the audit trail in the caller's transaction, so a change and its record never part. */
@ApplicationScoped
public class AuditTrail {

    public static final String UNIT = "UNIT";
    public static final String REPORT = "REPORT";
    public static final String CAMPAIGN = "CAMPAIGN";
    public static final String ELEMENT = "DATA_ELEMENT";
    public static final String GROUP = "PEER_GROUP";

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
        locate(entry);
        entry.persist();
    }

    /** Province, unit and report version of the line, so that the audit query can filter on them. */
    private static void locate(AuditEntry entry) {
        switch (entry.entityType) {
            case UNIT -> {
                entry.unitCode = entry.entityId;
                entry.provinceCode = UnitCodes.provinceOf(entry.entityId);
            }
            case REPORT -> Report.<Report>findByIdOptional(UUID.fromString(entry.entityId)).ifPresent(report -> {
                entry.unitCode = report.unitCode;
                entry.provinceCode = report.provinceCode;
                entry.reportVersion = report.version;
            });
            case CAMPAIGN -> Campaign.<Campaign>findByIdOptional(UUID.fromString(entry.entityId))
                    .ifPresent(campaign -> entry.provinceCode = campaign.provinceCode);
            case GROUP -> {
                String province = entry.entityId.substring(0, entry.entityId.indexOf('/'));
                entry.provinceCode = "*".equals(province) ? null : province;
            }
            default -> {
            }
        }
    }

    private static String text(Object value) {
        if (value instanceof java.math.BigDecimal number) {
            return number.stripTrailingZeros().toPlainString();
        }
        return value == null ? null : value.toString();
    }
}
