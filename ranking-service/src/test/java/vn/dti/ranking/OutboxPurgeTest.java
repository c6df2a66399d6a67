package vn.dti.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import vn.dti.platform.events.OutboxPurge;
import vn.dti.ranking.support.InfrastructureTestResource;

/** Published events leave the outbox after the retention period; newer ones stay. */
@QuarkusTest
@QuarkusTestResource(InfrastructureTestResource.class)
class OutboxPurgeTest {

    @Inject
    OutboxPurge purge;

    @Inject
    EntityManager em;

    @Test
    void publishedEventsOlderThanTheRetentionAreDeletedAndNewerOnesKept() {
        assertEquals(Duration.ofDays(7), purge.retention());
        UUID old = published(OffsetDateTime.now().minusDays(8));
        UUID recent = published(OffsetDateTime.now().minusHours(1));

        int deleted = purge.purgePublishedBefore(OffsetDateTime.now().minus(purge.retention()));

        assertTrue(deleted >= 1, "the week-old event is deleted");
        assertEquals(0, count(old));
        assertEquals(1, count(recent));
    }

    private UUID published(OffsetDateTime at) {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("insert into outbox_event (event_id, channel,"
                + " event_key, event_type, schema_version, envelope, created_at, published_at)"
                + " values (?1, 'ranking-events', 'KPU:xa', 'RankingPublished', 1, '{}', ?2, ?2)")
                .setParameter(1, id).setParameter(2, at).executeUpdate());
        return id;
    }

    private long count(UUID eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from outbox_event where event_id = ?1").setParameter(1, eventId).getSingleResult())
                .longValue());
    }
}
