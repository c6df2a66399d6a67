package vn.dti.indicator.events;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import vn.dti.indicator.repository.ProcessedEvent;

/** Remembers applied event ids in the consumer's transaction: a redelivered event is skipped. */
@ApplicationScoped
public class EventInbox {

    /** @return false when the event was applied before */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(UUID eventId, String type) {
        if (ProcessedEvent.findById(eventId) != null) {
            return false;
        }
        ProcessedEvent processed = new ProcessedEvent();
        processed.eventId = eventId;
        processed.type = type;
        processed.processedAt = Instant.now();
        processed.persist();
        return true;
    }
}
