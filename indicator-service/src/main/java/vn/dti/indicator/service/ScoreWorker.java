package vn.dti.indicator.service;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import vn.dti.indicator.repository.ScoreQueue;
import vn.dti.indicator.repository.ScoreQueue.PendingGroup;
import vn.dti.platform.events.AfterCommit;
import vn.dti.platform.events.CoalescingWorker;

/**
 * Scores the queued units group by group, each group in its own transaction, as soon as a
 * transaction that queued one commits. Units queued while a round runs are taken together in the
 * next one, so a burst of N acceptances in a group costs a few batches, not N group rescores. A
 * group that fails stays queued and is tried again; the schedule is only a safety net (and picks up
 * units another instance queued). The queue's length and age are gauges ({@code dti.scores.pending}).
 */
@ApplicationScoped
public class ScoreWorker {

    private static final Logger LOG = Logger.getLogger(ScoreWorker.class);
    private static final int GROUPS_PER_ROUND = 50;
    private static final Duration RETRY_DELAY = Duration.ofSeconds(1);
    private static final Duration LONG_ROUND = Duration.ofMillis(50);
    private static final Duration MAX_GATHER = Duration.ofSeconds(1);
    private static final Object WAKE_KEY = new Object();

    @Inject
    ScoreQueue queue;

    @Inject
    ScoringService scoring;

    @Inject
    TransactionSynchronizationRegistry transactions;

    private final CoalescingWorker worker = new CoalescingWorker("score-worker", this::drain);
    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong oldestMillis = new AtomicLong();

    @Inject
    public ScoreWorker(MeterRegistry registry) {
        Gauge.builder("dti.scores.pending", pending, AtomicLong::get)
                .description("Units queued for scoring / Đơn vị chờ tính điểm").register(registry);
        Gauge.builder("dti.scores.pending.oldest.seconds", oldestMillis, millis -> millis.get() / 1000.0)
                .description("How long the oldest queued unit has waited / Thời gian chờ lâu nhất").register(registry);
    }

    void start(@Observes StartupEvent startup) {
        worker.start();
    }

    void stop(@Observes ShutdownEvent shutdown) {
        worker.stop();
    }

    /** Wakes the worker once the current transaction (which queued units) commits. */
    public void wakeAfterCommit() {
        AfterCommit.run(transactions, WAKE_KEY, worker::wake);
    }

    @Scheduled(every = "${dti.indicator.score-queue-poll:2s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        worker.wake();
        try {
            ScoreQueue.Backlog backlog = QuarkusTransaction.requiringNew().call(queue::backlog);
            pending.set(backlog.units());
            oldestMillis.set(Math.round(backlog.oldestSeconds() * 1000));
        } catch (RuntimeException e) {
            LOG.debugf("Score queue not measured: %s", e.getMessage());
        }
    }

    void drain() {
        List<PendingGroup> groups;
        int failed;
        do {
            long start = System.nanoTime();
            groups = QuarkusTransaction.requiringNew().call(() -> queue.groups(GROUPS_PER_ROUND));
            failed = 0;
            for (PendingGroup group : groups) {
                try {
                    int scored = QuarkusTransaction.requiringNew().call(() -> scoring.scoreQueued(group));
                    LOG.debugf("%s: %d unit(s) rescored", group, scored);
                } catch (RuntimeException e) {
                    failed++; // stays queued; the other groups go on
                    LOG.warnf("Queued scores of %s not computed yet, will retry: %s", group, e.getMessage());
                }
            }
            Duration round = Duration.ofNanos(System.nanoTime() - start);
            if (failed == 0 && round.compareTo(LONG_ROUND) > 0) {
                // a burst is going on: let its next acceptances gather for as long as this round took,
                // so that a big group is rescored a few times, not once per acceptance
                worker.wakeAfter(round.compareTo(MAX_GATHER) > 0 ? MAX_GATHER : round);
                return;
            }
        } while (!groups.isEmpty() && failed < groups.size());
        if (failed > 0) {
            worker.wakeAfter(RETRY_DELAY);
        }
    }
}
