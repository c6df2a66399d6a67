package vn.dti.indicator.events;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Records an event in the caller's transaction, so that a state change and its event are stored
 * together or not at all; {@link OutboxRelay} sends it once the transaction has committed.
 */
@ApplicationScoped
public class Outbox {

    public static final String SCORE_EVENTS = "score-events";
    static final String SOURCE = "indicator-service";
    static final int SCHEMA_VERSION = 1;

    @Inject
    ObjectMapper json;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String channel, String type, String unitCode, Object payload) {
        EventEnvelope envelope = new EventEnvelope(UUID.randomUUID(), type, SCHEMA_VERSION, Instant.now(), SOURCE,
                unitCode, payload);
        OutboxEvent event = new OutboxEvent();
        event.eventId = envelope.eventId();
        event.channel = channel;
        event.key = unitCode;
        event.type = type;
        event.schemaVersion = SCHEMA_VERSION;
        event.envelope = toJson(envelope);
        event.createdAt = envelope.occurredAt();
        event.persist();
    }

    private String toJson(EventEnvelope envelope) {
        try {
            return json.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Event " + envelope.type() + " cannot be written as JSON", e);
        }
    }
}
