package vn.dti.indicator.events;

import java.time.Instant;
import java.util.UUID;

/** The JSON envelope of every domain event; see docs/events.md. */
public record EventEnvelope(UUID eventId, String type, int schemaVersion, Instant occurredAt, String source, String key,
        Object payload) {
}
