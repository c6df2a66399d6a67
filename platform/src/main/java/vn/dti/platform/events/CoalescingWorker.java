package vn.dti.platform.events;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jboss.logging.Logger;

/**
 * Runs one task on its own thread whenever woken; wakes that arrive while a run is queued collapse
 * into it, and a wake during a run queues exactly one more. Nothing waits for a fixed interval: the
 * task runs as soon as the thread is free.
 */
public final class CoalescingWorker {

    private static final Logger LOG = Logger.getLogger(CoalescingWorker.class);

    private final String name;
    private final Runnable task;
    private final AtomicBoolean queued = new AtomicBoolean();
    private volatile ScheduledExecutorService thread;

    public CoalescingWorker(String name, Runnable task) {
        this.name = name;
        this.task = task;
    }

    public void start() {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread worker = new Thread(runnable, name);
            worker.setDaemon(true);
            return worker;
        });
        executor.setRemoveOnCancelPolicy(true);
        thread = executor;
    }

    public void stop() {
        ScheduledExecutorService running = thread;
        thread = null;
        if (running != null) {
            running.shutdownNow();
        }
    }

    public void wake() {
        ScheduledExecutorService running = thread;
        if (running != null && queued.compareAndSet(false, true)) {
            try {
                running.execute(this::run);
            } catch (RuntimeException rejected) {
                queued.set(false);
            }
        }
    }

    /** Wakes the worker after {@code delay}, for a retry after a failure. */
    public void wakeAfter(Duration delay) {
        ScheduledExecutorService running = thread;
        if (running != null) {
            try {
                running.schedule(this::wake, delay.toMillis(), TimeUnit.MILLISECONDS);
            } catch (RuntimeException rejected) {
                // stopping
            }
        }
    }

    private void run() {
        queued.set(false);
        try {
            task.run();
        } catch (RuntimeException e) {
            LOG.warnf("%s failed, will retry: %s", name, e.getMessage());
            wakeAfter(Duration.ofMillis(500));
        }
    }
}
