package vn.dti.indicator.support;

import java.time.Duration;
import java.util.function.Supplier;

/** Polls until a condition holds: events are applied asynchronously. */
public final class Eventually {

    private Eventually() {
    }

    public static <T> T await(Supplier<T> probe, java.util.function.Predicate<T> done, Duration timeout) {
        long deadline = System.currentTimeMillis() + timeout.toMillis();
        T last = probe.get();
        while (!done.test(last)) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("Condition not met within " + timeout + "; last value: " + last);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            last = probe.get();
        }
        return last;
    }
}
