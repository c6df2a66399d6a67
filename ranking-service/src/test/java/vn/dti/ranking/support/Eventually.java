package vn.dti.ranking.support;

import java.time.Duration;
import java.util.function.Supplier;

/** Waits for an asynchronous effect (an event consumed, a draft recomputed). */
public final class Eventually {

    private Eventually() {
    }

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
            sleep();
        }
        throw new AssertionError("Timed out waiting for " + what, last);
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
