package vn.dti.ranking.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import vn.dti.ranking.repository.RankingKey;

/** Recomputes the drafts that score changes marked, each in its own transaction. */
@ApplicationScoped
public class DraftRefresher {

    private static final Logger LOG = Logger.getLogger(DraftRefresher.class);
    private static final int KEYS_PER_ROUND = 50;

    @Inject
    RefreshQueue queue;

    @Inject
    DraftBuilder builder;

    @Scheduled(every = "${dti.ranking.refresh-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            delayed = "1s")
    void refreshMarkedDrafts() {
        for (RankingKey key : queue.pending(KEYS_PER_ROUND)) {
            try {
                builder.rebuild(key);
            } catch (RuntimeException e) {
                LOG.warnf("Draft %s not recomputed yet, will retry: %s", key, e.getMessage());
            }
        }
    }
}
