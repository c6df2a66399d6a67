package vn.dti.platform.events;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.hibernate.Session;

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

    /**
     * The first deliveries among a batch of events (id to type), remembered in one statement; the
     * ids already applied, or repeated in the batch, are left out.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<UUID> firstDeliveries(Map<UUID, String> events) {
        Set<UUID> first = new HashSet<>();
        if (events.isEmpty()) {
            return first;
        }
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("insert into " + config.inbox().table()
                    + " (event_id, event_type, processed_at) select id, type, ? from unnest(?, ?) as e(id, type)"
                    + " on conflict (event_id) do nothing returning event_id")) {
                insert.setObject(1, OffsetDateTime.now());
                insert.setArray(2, connection.createArrayOf("uuid", events.keySet().toArray()));
                insert.setArray(3, connection.createArrayOf("text", events.values().toArray()));
                try (ResultSet rows = insert.executeQuery()) {
                    while (rows.next()) {
                        first.add(rows.getObject(1, UUID.class));
                    }
                }
            }
        });
        return first;
    }
}
