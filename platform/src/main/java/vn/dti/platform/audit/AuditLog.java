package vn.dti.platform.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import vn.dti.platform.problem.ProblemException;

/**
 * Writes and reads the service's append-only {@code audit_log} table (each service its own; a
 * database trigger refuses updates and deletes). Writes join the caller's transaction, so a
 * change and its audit line are stored together or not at all.
 */
@ApplicationScoped
public class AuditLog {

    private static final String COLUMNS = "id, at, actor, action, entity_type, entity_id, field, province_code, "
            + "unit_code, reason, before_value, after_value, report_version";

    @Inject
    EntityManager em;

    @ConfigProperty(name = "quarkus.application.name", defaultValue = "service")
    String service;

    @Transactional(Transactional.TxType.MANDATORY)
    public void write(AuditRecord line) {
        em.createNativeQuery("insert into audit_log (at, actor, action, entity_type, entity_id, field, province_code, "
                + "unit_code, reason, before_value, after_value, report_version) "
                + "values (:at, :actor, :action, :entityType, :entityId, :field, :province, :unit, :reason, :before, "
                + ":after, :reportVersion)")
                .setParameter("at", Timestamp.from(Instant.now()))
                .setParameter("actor", line.actor() == null ? "system" : line.actor())
                .setParameter("action", line.action())
                .setParameter("entityType", line.entityType())
                .setParameter("entityId", line.entityId())
                .setParameter("field", line.field())
                .setParameter("province", line.province())
                .setParameter("unit", line.unit())
                .setParameter("reason", line.reason())
                .setParameter("before", line.before())
                .setParameter("after", line.after())
                .setParameter("reportVersion", line.reportVersion())
                .executeUpdate();
    }

    /** Newest first. */
    @Transactional
    /**
     * The page a caller asked for through {@code GET /api/v1/audit}: the filters checked (422 naming
     * the field), narrowed to the caller's province (404 outside it, as for an unknown unit).
     */
    public AuditPage pageFor(AuditFilter filter, String callerProvince, boolean admin, int page, int size) {
        AuditQuery query;
        try {
            query = new AuditQuery(filter.province(), filter.unit(), filter.actor(), filter.action(),
                    AuditScope.instant(filter.from(), "from"), AuditScope.instant(filter.to(), "to"));
        } catch (IllegalArgumentException e) {
            String[] parts = e.getMessage().split(": ", 2);
            throw ProblemException.invalid(parts[0], parts.length > 1 ? parts[1] : e.getMessage());
        }
        AuditQuery scoped = AuditScope.restrict(query, callerProvince, admin)
                .orElseThrow(() -> ProblemException.notFound(
                        "Audit of " + (filter.unit() != null ? filter.unit() : filter.province())));
        return page(scoped, page, size);
    }

    public AuditPage page(AuditQuery query, int page, int size) {
        Map.Entry<String, Map<String, Object>> where = query.where();
        Query count = em.createNativeQuery("select count(*) from audit_log where " + where.getKey());
        Query rows = em.createNativeQuery("select " + COLUMNS + " from audit_log where " + where.getKey()
                + " order by at desc, id desc");
        where.getValue().forEach((name, value) -> {
            Object bound = value instanceof Instant instant ? Timestamp.from(instant) : value;
            count.setParameter(name, bound);
            rows.setParameter(name, bound);
        });
        long total = ((Number) count.getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> found = rows.setFirstResult(page * size).setMaxResults(size).getResultList();
        return new AuditPage(found.stream().map(this::record).toList(), page, size, total);
    }

    private AuditRecord record(Object[] row) {
        return new AuditRecord(((Number) row[0]).longValue(), service, instant(row[1]), (String) row[2],
                (String) row[3], (String) row[4], (String) row[5], (String) row[6], (String) row[7], (String) row[8],
                (String) row[9], (String) row[10], (String) row[11], row[12] == null ? null : ((Number) row[12]).intValue());
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        return (Instant) value;
    }
}
