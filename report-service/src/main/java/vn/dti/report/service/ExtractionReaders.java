package vn.dti.report.service;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.dti.platform.problem.ProblemException;
import vn.dti.report.config.ReportConfig;
import vn.dti.report.extraction.ExtractionEngine;
import vn.dti.report.extraction.ExtractionResult;
import vn.dti.report.extraction.KnownReport;
import vn.dti.report.extraction.ReadingStopped;

/**
 * Reads texts on a few threads of their own, each within a time budget: a text dense in figures cannot hold a core for
 * minutes, and many texts at once cannot starve the rest of the service. A text over its budget is refused with 422 (send
 * its sections apart); one that finds every reader busy for too long is refused with 503 and Retry-After.
 */
@ApplicationScoped
public class ExtractionReaders {

    private final Duration timeBudget;
    private final Duration queueWait;
    private final ThreadPoolExecutor pool;

    @Inject
    public ExtractionReaders(ReportConfig config) {
        this(config.extraction().timeBudget(), config.extraction().concurrency(), config.extraction().queueLength(),
                config.extraction().queueWait());
    }

    public ExtractionReaders(Duration timeBudget, int concurrency, int queueLength, Duration queueWait) {
        this.timeBudget = timeBudget;
        this.queueWait = queueWait;
        AtomicInteger threads = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(concurrency, concurrency, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(queueLength),
                task -> {
                    Thread t = new Thread(task, "extraction-reader-" + threads.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
    }

    /** @param field the request's field that holds the text, named in a 422 */
    public ExtractionResult read(ExtractionEngine engine, String text, KnownReport known, String field) {
        return within(() -> engine.extract(text, known), field);
    }

    /**
     * Runs {@code work} (reading a document's text, extracting from it) on a reader within the budget; the extraction stops
     * when its thread is interrupted.
     */
    public <T> T within(Callable<T> work, String field) {
        CountDownLatch started = new CountDownLatch(1);
        Future<T> reading = submit(() -> {
            started.countDown();
            return work.call();
        });
        awaitStart(reading, started);
        return awaitResult(reading, field);
    }

    private <T> Future<T> submit(Callable<T> task) {
        try {
            return pool.submit(task);
        } catch (RejectedExecutionException e) {
            throw new ReadersBusy(retryAfterSeconds());
        }
    }

    private void awaitStart(Future<?> reading, CountDownLatch started) {
        try {
            if (!started.await(queueWait.toMillis(), TimeUnit.MILLISECONDS)) {
                reading.cancel(true);
                pool.purge();
                throw new ReadersBusy(retryAfterSeconds());
            }
        } catch (InterruptedException e) {
            reading.cancel(true);
            Thread.currentThread().interrupt();
            throw new ReadersBusy(retryAfterSeconds());
        }
    }

    private <T> T awaitResult(Future<T> reading, String field) {
        try {
            return reading.get(timeBudget.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            reading.cancel(true);
            String budget = budgetInSeconds();
            throw ProblemException.invalid(field, "must be readable within " + budget + " s; this report is too long or too dense "
                    + "in figures: send its sections apart / báo cáo quá dài hoặc có quá nhiều số liệu để đọc trong " + budget
                    + " giây, hãy gửi từng phần");
        } catch (InterruptedException e) {
            reading.cancel(true);
            Thread.currentThread().interrupt();
            throw new ReadersBusy(retryAfterSeconds());
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ReadingStopped) {
                throw new ReadersBusy(retryAfterSeconds());
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("The reading failed", e.getCause());
        }
    }

    private String budgetInSeconds() {
        long millis = timeBudget.toMillis();
        return millis % 1000 == 0 ? String.valueOf(millis / 1000) : String.valueOf(millis / 1000.0);
    }

    private long retryAfterSeconds() {
        return Math.max(1, timeBudget.toSeconds() / 2);
    }

    /** Texts waiting for a reader now. */
    int queued() {
        return pool.getQueue().size();
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }

    /** Every reader is busy and the queue is full, the wait for a free reader ran out, or the readers are stopping. */
    public static class ReadersBusy extends RuntimeException {

        private final long retryAfterSeconds;

        ReadersBusy(long retryAfterSeconds) {
            super("Every extraction reader is busy", null, false, false);
            this.retryAfterSeconds = retryAfterSeconds;
        }

        public long retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }
}
