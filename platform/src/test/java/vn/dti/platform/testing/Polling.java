package vn.dti.platform.testing;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Waits for an asynchronous effect (an event consumed, a score computed, a draft recomputed).
 * Each service's {@code support.Eventually} extends it.
 */
public class Polling {

    private static final Duration PAUSE = Duration.ofMillis(100);

    protected Polling() {
    }

    /** Probes until the value satisfies {@code done}; fails with the last value seen. */
    public static <T> T await(Supplier<T> probe, Predicate<T> done, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        T last = probe.get();
        while (!done.test(last)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Condition not met within " + timeout + "; last value: " + last);
            }
            pause();
            last = probe.get();
        }
        return last;
    }

    /** Tries until the attempt returns a value without failing an assertion; fails with the last assertion. */
    public static <T> T await(String what, Duration timeout, Supplier<T> attempt) {
        long deadline = System.nanoTime() + timeout.toNanos();
        AssertionError last = null;
        while (System.nanoTime() < deadline) {
            try {
                T result = attempt.get();
                if (result != null) {
                    return result;
                }
            } catch (AssertionError e) {
                last = e;
            }
            pause();
        }
        throw new AssertionError("Timed out waiting for " + what, last);
    }

    private static void pause() {
        try {
            Thread.sleep(PAUSE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
