package vn.dti.indicator.service;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import vn.dti.indicator.support.InfrastructureTestResource;

/**
 * The scheduled reconciliation must not ask again for a group rescore that a framework activation already
 * queued: doing so made a national recompute rescore twenty groups twice.
 */
@QuarkusTest
@QuarkusTestResource(InfrastructureTestResource.class)
class ReconciliationTest {

    @Inject
    Reconciliation reconciliation;

    @Inject
    EntityManager entityManager;

    @Test
    void aQueuedGroupRescoreCountsAsUnderWayUntilItIsApplied() {
        String group = "grp-" + UUID.randomUUID().toString().substring(0, 8);
        UUID eventId = recordRescoreRequest(group, null, "now()");

        assertTrue(reconciliation.rescoresUnderWay().contains(List.of("RCW", group, "2026")));

        markApplied(eventId);
        assertFalse(reconciliation.rescoresUnderWay().contains(List.of("RCW", group, "2026")));
    }

    @Test
    void aRescoreAskedForLongAgoAndNeverAppliedIsAskedForAgain() {
        String group = "grp-" + UUID.randomUUID().toString().substring(0, 8);
        recordRescoreRequest(group, null, "now() - interval '2 hours'");

        assertFalse(reconciliation.rescoresUnderWay().contains(List.of("RCW", group, "2026")));
    }

    @Test
    void aSingleUnitRescoreDoesNotHoldBackItsWholeGroup() {
        String group = "grp-" + UUID.randomUUID().toString().substring(0, 8);
        recordRescoreRequest(group, "RCW.UNIT", "now()");

        assertFalse(reconciliation.rescoresUnderWay().contains(List.of("RCW", group, "2026")));
    }

    /** An outbox row already marked published, so the relay leaves it alone and nothing applies it. */
    private UUID recordRescoreRequest(String group, String unitCode, String createdAt) {
        UUID eventId = UUID.randomUUID();
        String payload = "{\"province\":\"RCW\",\"group\":\"" + group + "\",\"period\":\"2026\",\"reason\":\"test\""
                + (unitCode == null ? "" : ",\"unitCode\":\"" + unitCode + "\"") + "}";
        String envelope = "{\"eventId\":\"" + eventId + "\",\"type\":\"PeerGroupRescoreRequested\",\"schemaVersion\":1,"
                + "\"key\":\"RCW:" + group + "\",\"payload\":" + payload + "}";
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                insert into outbox_event (event_id, channel, event_key, event_type, schema_version, envelope, created_at, published_at)
                values (?1, 'rescore-out', ?2, 'PeerGroupRescoreRequested', 1, ?3, %s, now())""".formatted(createdAt))
                .setParameter(1, eventId).setParameter(2, "RCW:" + group).setParameter(3, envelope).executeUpdate());
        return eventId;
    }

    private void markApplied(UUID eventId) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "insert into processed_event (event_id, event_type, processed_at) values (?1, 'PeerGroupRescoreRequested', now())")
                .setParameter(1, eventId).executeUpdate());
    }
}
