package vn.dti.platform.events;

import java.time.Duration;
import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/**
 * Deletes the outbox's published events once they are older than the retention period, a batch
 * per transaction, so that the outbox does not grow with every event ever sent (a national
 * recompute alone records some 12,000).
 */
@ApplicationScoped
public class OutboxPurge {

    private static final Logger LOG = Logger.getLogger(OutboxPurge.class);

    @Inject
    EntityManager entityManager;

    @Inject
    EventsConfig config;

    @Scheduled(every = "${dti.events.outbox.purge-interval:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeExpired() {
        try {
            int deleted = purgePublishedBefore(OffsetDateTime.now().minus(config.outbox().retention()));
            if (deleted > 0) {
                LOG.infof("%d published event(s) older than %s deleted from the outbox", deleted,
                        config.outbox().retention());
            }
        } catch (RuntimeException e) {
            LOG.warnf("Outbox not purged this time: %s", e.getMessage());
        }
    }

    /** @return how many published events older than {@code before} were deleted */
    public int purgePublishedBefore(OffsetDateTime before) {
        String table = config.outbox().table();
        return BatchedDelete.run(entityManager, "delete from " + table + " where id in (select id from " + table
                + " where published_at < ?1 order by id limit ?2)", before, config.outbox().purgeBatchSize());
    }

    /** How long published events are kept. */
    public Duration retention() {
        return config.outbox().retention();
    }
}
