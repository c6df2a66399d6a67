package vn.dti.ranking.events;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** The event ids already applied, remembered in the transaction of the change they caused. */
@ApplicationScoped
public class ProcessedEvents {

    @Inject
    EntityManager entityManager;

    /** True the first time an event id is seen; false for a redelivery, which must change nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(UUID eventId, String type) {
        int inserted = entityManager.createNativeQuery("insert into processed_event (event_id, event_type, processed_at) "
                + "values (?1, ?2, ?3) on conflict (event_id) do nothing")
                .setParameter(1, eventId).setParameter(2, type).setParameter(3, Instant.now())
                .executeUpdate();
        return inserted == 1;
    }
}
