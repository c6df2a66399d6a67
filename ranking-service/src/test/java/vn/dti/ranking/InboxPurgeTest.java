package vn.dti.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import vn.dti.platform.events.InboxPurge;
import vn.dti.ranking.support.InfrastructureTestResource;

/** Ids of applied events leave the inbox after two weeks (longer than the topics keep a record); newer ones stay. */
@QuarkusTest
@QuarkusTestResource(InfrastructureTestResource.class)
class InboxPurgeTest {

    @Inject
    InboxPurge purge;

    @Inject
    EntityManager em;

    @Test
    void idsOfEventsAppliedBeforeTheRetentionAreDeletedAndNewerOnesKept() {
        UUID old = applied(OffsetDateTime.now().minusDays(15));
        UUID recent = applied(OffsetDateTime.now().minusDays(6));

        int deleted = purge.purgeAppliedBefore(OffsetDateTime.now().minusDays(14));

        assertTrue(deleted >= 1, "the id applied 15 days ago is deleted");
        assertEquals(0, count(old));
        assertEquals(1, count(recent));
    }

    private UUID applied(OffsetDateTime at) {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "insert into processed_event (event_id, event_type, processed_at) values (?1, 'ScoresComputed', ?2)")
                .setParameter(1, id).setParameter(2, at).executeUpdate());
        return id;
    }

    private long count(UUID eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from processed_event where event_id = ?1").setParameter(1, eventId).getSingleResult())
                .longValue());
    }
}
