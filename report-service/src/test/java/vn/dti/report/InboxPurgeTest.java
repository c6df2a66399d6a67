package vn.dti.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import vn.dti.platform.events.InboxPurge;
import vn.dti.report.support.InfrastructureTestResource;

/** report-service consumes no events: the shared inbox purge finds no table and leaves the schema alone. */
@QuarkusTest
@QuarkusTestResource(InfrastructureTestResource.class)
class InboxPurgeTest {

    @Inject
    InboxPurge purge;

    @Test
    void aServiceWithoutAnInboxHasNothingToPurge() {
        assertEquals(0, purge.purgeAppliedBefore(OffsetDateTime.now()));
    }
}
