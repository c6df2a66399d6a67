package vn.dti.platform.events;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * The dead letters of one service, in its own table. The open count is a gauge
 * ({@code dti_events_dead_letters_open}) and a health check; every new one counts in
 * {@code dti_events_dead_lettered_total}.
 */
@ApplicationScoped
public class DeadLetters {

    private static final String COLUMNS = "id, channel, event_id, event_type, reason, record, failed_at, replayed_at";

    @Inject
    EntityManager entityManager;

    @Inject
    EventsConfig config;

    private final AtomicLong open = new AtomicLong();
    private final Counter deadLettered;

    @Inject
    public DeadLetters(MeterRegistry registry) {
        Gauge.builder("dti.events.dead.letters.open", open, AtomicLong::get)
                .description("Dead-lettered events not replayed yet")
                .register(registry);
        deadLettered = Counter.builder("dti.events.dead.lettered")
                .description("Events dead-lettered since start")
                .register(registry);
    }

    /** Stores a dead letter in its own transaction, apart from the failed one. */
    public long store(String channel, UUID eventId, String eventType, String reason, String record) {
        long id = QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery("insert into "
                + table() + " (channel, event_id, event_type, reason, record, failed_at)"
                + " values (?1, ?2, ?3, ?4, ?5, ?6) returning id")
                .setParameter(1, channel)
                .setParameter(2, eventId)
                .setParameter(3, eventType)
                .setParameter(4, reason)
                .setParameter(5, record == null ? "" : record)
                .setParameter(6, OffsetDateTime.now())
                .getSingleResult()).longValue());
        deadLettered.increment();
        open.incrementAndGet();
        return id;
    }

    @Transactional
    public List<DeadLetter> list(boolean includeReplayed, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select " + COLUMNS + " from " + table()
                + (includeReplayed ? "" : " where replayed_at is null") + " order by id limit ?1")
                .setParameter(1, limit)
                .getResultList();
        return rows.stream().map(DeadLetters::toDeadLetter).toList();
    }

    @Transactional
    public Optional<DeadLetter> find(long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select " + COLUMNS + " from " + table() + " where id = ?1")
                .setParameter(1, id)
                .getResultList();
        return rows.stream().findFirst().map(DeadLetters::toDeadLetter);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void markReplayed(long id) {
        entityManager.createNativeQuery("update " + table() + " set replayed_at = ?2 where id = ?1 and replayed_at is null")
                .setParameter(1, id)
                .setParameter(2, OffsetDateTime.now())
                .executeUpdate();
    }

    /** Records a failed replay attempt's reason. */
    public void failedAgain(long id, String reason) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("update " + table()
                + " set reason = ?2, failed_at = ?3 where id = ?1")
                .setParameter(1, id)
                .setParameter(2, reason)
                .setParameter(3, OffsetDateTime.now())
                .executeUpdate());
    }

    public long openCount() {
        return open.get();
    }

    @Scheduled(every = "${dti.events.dead-letters.count-interval:15s}", delayed = "2s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void recount() {
        try {
            open.set(QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                    "select count(*) from " + table() + " where replayed_at is null").getSingleResult()).longValue()));
        } catch (RuntimeException databaseDown) {
            // keep the last count; the next run tries again
        }
    }

    private String table() {
        return config.deadLetters().table();
    }

    private static DeadLetter toDeadLetter(Object[] row) {
        return new DeadLetter(((Number) row[0]).longValue(), (String) row[1], (UUID) row[2], (String) row[3],
                (String) row[4], (String) row[5], instant(row[6]), instant(row[7]));
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        throw new IllegalStateException("Unexpected timestamp type " + value.getClass());
    }
}
