package vn.dti.platform.idempotency;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/** Forgets keys older than the retention, so the table stays small. */
@ApplicationScoped
public class IdempotencyCleanup {

    private static final Logger LOG = Logger.getLogger(IdempotencyCleanup.class);

    @Inject
    IdempotencyStore store;

    @Inject
    IdempotencyConfig config;

    @Scheduled(every = "${dti.idempotency.cleanup-every:1h}", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void forgetOldKeys() {
        int forgotten = store.purge(Instant.now().minus(config.retention()));
        if (forgotten > 0) {
            LOG.debugf("forgot %d idempotency keys", forgotten);
        }
    }
}
