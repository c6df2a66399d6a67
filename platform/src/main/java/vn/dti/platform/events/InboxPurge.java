package vn.dti.platform.events;

import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Deletes the inbox's ids of events applied longer ago than the retention period, a batch per
 * transaction: every consumed event leaves one row, so without it the inbox grows by some 24,000
 * rows with each national recompute. A service without an inbox table is left alone.
 */
@ApplicationScoped
public class InboxPurge {

    private static final Logger LOG = Logger.getLogger(InboxPurge.class);

    @Inject
    EntityManager entityManager;

    @Inject
    EventsConfig config;

    @Scheduled(every = "${dti.events.inbox.purge-interval:1h}", delayed = "2m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeExpired() {
        try {
            int deleted = purgeAppliedBefore(OffsetDateTime.now().minus(config.inbox().retention()));
            if (deleted > 0) {
                LOG.infof("%d applied event id(s) older than %s deleted from the inbox", deleted, config.inbox().retention());
            }
        } catch (RuntimeException e) {
            LOG.warnf("Inbox not purged this time: %s", e.getMessage());
        }
    }

    /** @return how many ids of events applied before {@code before} were deleted (0 without an inbox table) */
    public int purgeAppliedBefore(OffsetDateTime before) {
        if (!hasInbox()) {
            return 0;
        }
        String table = config.inbox().table();
        return BatchedDelete.run(entityManager, "delete from " + table + " where event_id in (select event_id from "
                + table + " where processed_at < ?1 limit ?2)", before, config.inbox().purgeBatchSize());
    }

    private boolean hasInbox() {
        return QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("select to_regclass(?1) is not null").setParameter(1, config.inbox().table())
                .getSingleResult().equals(Boolean.TRUE));
    }
}
