package vn.dti.platform.events;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The event ids already applied, remembered in the transaction of the change they caused. One
 * {@code INSERT … ON CONFLICT DO NOTHING}: two consumers racing on one event cannot both win.
 */
@ApplicationScoped
public class EventInbox {

    @Inject
    EntityManager entityManager;

    @Inject
    EventsConfig config;

    /** True the first time an event id is seen; false for a redelivery, which must change nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(UUID eventId, String type) {
        return entityManager.createNativeQuery("insert into " + config.inbox().table()
                + " (event_id, event_type, processed_at) values (?1, ?2, ?3) on conflict (event_id) do nothing")
                .setParameter(1, eventId)
                .setParameter(2, type)
                .setParameter(3, OffsetDateTime.now())
                .executeUpdate() == 1;
    }
}
