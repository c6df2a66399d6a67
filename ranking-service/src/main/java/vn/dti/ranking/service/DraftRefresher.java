package vn.dti.ranking.service;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import vn.dti.platform.events.CoalescingWorker;
import vn.dti.ranking.repository.RankingKey;

/**
 * Recomputes the drafts that score and unit changes marked, each in its own transaction, as soon as
 * the marking transaction commits. Marks made while a round runs collapse into one more round, so a
 * burst recomputes each group a few times, not once per score; a round reads the unit lineage once
 * for all its groups. The schedule is only a safety net.
 */
@ApplicationScoped
public class DraftRefresher {

    private static final Logger LOG = Logger.getLogger(DraftRefresher.class);
    private static final int KEYS_PER_ROUND = 50;
    private static final java.time.Duration RETRY_DELAY = java.time.Duration.ofSeconds(2);

    @Inject
    RefreshQueue queue;

    @Inject
    DraftBuilder builder;

    @Inject
    UnitDirectory units;

    private final CoalescingWorker worker = new CoalescingWorker("draft-refresher", this::refreshMarkedDrafts);

    void start(@Observes StartupEvent startup) {
        worker.start();
    }

    void stop(@Observes ShutdownEvent shutdown) {
        worker.stop();
    }

    /** Called after a commit that marked a draft. */
    public void wake() {
        worker.wake();
    }

    @Scheduled(every = "${dti.ranking.refresh-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            delayed = "1s")
    void poll() {
        worker.wake();
    }

    private boolean rebuilt(RankingKey key, Map<String, List<String>> predecessors) {
        try {
            builder.rebuild(key, predecessors);
            return true;
        } catch (RuntimeException e) {
            // the others go on; this one stays marked and is tried again later
            LOG.warnf("Draft %s not recomputed yet, will retry: %s", key, e.getMessage());
            return false;
        }
    }

    void refreshMarkedDrafts() {
        List<RankingKey> keys;
        int failed;
        do {
            keys = queue.pending(KEYS_PER_ROUND);
            Map<String, List<String>> predecessors = keys.isEmpty() ? Map.of()
                    : QuarkusTransaction.requiringNew().call(units::predecessorsBySuccessor);
            // drafts are independent (each its own transaction and lock): a round uses both cores
            failed = (int) keys.parallelStream().filter(key -> !rebuilt(key, predecessors)).count();
        } while (keys.size() == KEYS_PER_ROUND && failed < keys.size());
        if (failed > 0) {
            worker.wakeAfter(RETRY_DELAY);
        }
    }
}
