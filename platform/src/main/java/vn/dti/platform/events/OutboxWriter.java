package vn.dti.platform.events;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import vn.dti.platform.persistence.JdbcBatches;

/**
 * Records an event in the caller's transaction, so that a state change and its event are stored
 * together or not at all. When that transaction commits, the {@link OutboxRelay} is woken at once.
 */
@ApplicationScoped
public class OutboxWriter {

    static final int SCHEMA_VERSION = 1;
    private static final Object WAKE_KEY = new Object();

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper json;

    @Inject
    EventsConfig config;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    OutboxRelay relay;

    /** @return the id of the recorded event */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID record(String channel, String type, String key, Object payload) {
        EventEnvelope envelope = new EventEnvelope(UUID.randomUUID(), type, SCHEMA_VERSION, Instant.now(),
                config.source(), key, payload);
        entityManager.createNativeQuery("insert into " + config.outbox().table()
                + " (event_id, channel, event_key, event_type, schema_version, envelope, created_at)"
                + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                .setParameter(1, envelope.eventId())
                .setParameter(2, channel)
                .setParameter(3, key)
                .setParameter(4, type)
                .setParameter(5, SCHEMA_VERSION)
                .setParameter(6, toJson(envelope))
                .setParameter(7, OffsetDateTime.ofInstant(envelope.occurredAt(), ZoneOffset.UTC))
                .executeUpdate();
        wakeRelayAfterCommit();
        return envelope.eventId();
    }

    /** One event of a {@link #recordAll} batch: its Kafka record key and payload. */
    public record Keyed(String key, Object payload) {
    }

    /**
     * Records many events of one channel and type in the caller's transaction, as JDBC batches
     * rather than one statement per event (a peer group's thousands of rescored units).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAll(String channel, String type, List<Keyed> events) {
        if (events.isEmpty()) {
            return;
        }
        Instant now = Instant.now();
        String sql = "insert into " + config.outbox().table()
                + " (event_id, channel, event_key, event_type, schema_version, envelope, created_at)"
                + " values (?, ?, ?, ?, ?, ?, ?)";
        JdbcBatches.write(entityManager, sql, events, (statement, event) -> {
            EventEnvelope envelope = new EventEnvelope(UUID.randomUUID(), type, SCHEMA_VERSION, now,
                    config.source(), event.key(), event.payload());
            statement.setObject(1, envelope.eventId());
            statement.setString(2, channel);
            statement.setString(3, event.key());
            statement.setString(4, type);
            statement.setInt(5, SCHEMA_VERSION);
            statement.setString(6, toJson(envelope));
            statement.setObject(7, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
        });
        wakeRelayAfterCommit();
    }

    private void wakeRelayAfterCommit() {
        AfterCommit.run(transactions, WAKE_KEY, relay::wake);
    }

    private String toJson(EventEnvelope envelope) {
        try {
            return json.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Event " + envelope.type() + " cannot be written as JSON", e);
        }
    }
}
