package vn.dti.platform.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A record that could not be applied, kept for an administrator: listed, then replayed once the
 * cause is fixed. {@code replayedAt} is set when a replay applied it.
 */
public record DeadLetter(long id, String channel, UUID eventId, String eventType, String reason, String record,
        Instant failedAt, Instant replayedAt) {
}
