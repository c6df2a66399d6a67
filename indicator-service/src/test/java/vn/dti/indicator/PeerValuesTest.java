package vn.dti.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import vn.dti.indicator.repository.PeerValues;
import vn.dti.indicator.repository.PeerValues.PeerScope;
import vn.dti.indicator.repository.Stage;
import vn.dti.indicator.support.InfrastructureTestResource;

/** A peer group rescored under a new framework version keeps only that version's peer values. */
@QuarkusTest
@QuarkusTestResource(InfrastructureTestResource.class)
class PeerValuesTest {

    @Inject
    PeerValues peers;

    @Inject
    EntityManager em;

    @Test
    void aWholeGroupUnderANewVersionDropsTheValuesOfEarlierVersions() {
        Map<String, Map<String, BigDecimal>> values = Map.of(
                "PVT.A", Map.of("2.4", new BigDecimal("100")),
                "PVT.B", Map.of("2.4", new BigDecimal("250")));
        PeerScope first = new PeerScope("PVT", "xa", "2023", Stage.REVIEWED, "dti-pvt", 1);
        PeerScope second = new PeerScope("PVT", "xa", "2023", Stage.REVIEWED, "dti-pvt", 2);
        PeerScope otherStage = new PeerScope("PVT", "xa", "2023", Stage.SELF, "dti-pvt", 1);
        QuarkusTransaction.requiringNew().run(() -> peers.replaceGroupValues(first, values));
        QuarkusTransaction.requiringNew().run(() -> peers.replaceGroupValues(otherStage, values));

        QuarkusTransaction.requiringNew().run(() -> peers.replaceGroupValues(second, values));

        assertEquals(0, rows(1, "REVIEWED"));
        assertEquals(2, rows(2, "REVIEWED"));
        assertEquals(2, rows(1, "SELF"), "another stage's values are its own");
        BigDecimal best = QuarkusTransaction.requiringNew().call(() -> peers.highest(second)).get("2.4");
        assertEquals(0, new BigDecimal("250").compareTo(best), "the group's best under the new version");
    }

    private long rows(int version, String stage) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("select count(*) from peer_value"
                + " where province_code = 'PVT' and framework_version = ?1 and stage = ?2")
                .setParameter(1, version).setParameter(2, stage).getSingleResult()).longValue());
    }
}
