package vn.dti.platform.events;

import java.time.Instant;
import java.util.UUID;

/** The JSON envelope of every domain event (docs/events.md); {@code key} is the Kafka record key. */
public record EventEnvelope(UUID eventId, String type, int schemaVersion, Instant occurredAt, String source, String key,
        Object payload) {
}
