package vn.dti.gateway.resilience;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Stops calling a service that keeps failing. After {@code failureThreshold} failures in a row the
 * breaker opens: requests are refused at once for {@code openFor}; then one trial request goes
 * through, and its outcome closes the breaker again or keeps it open for another interval.
 */
public final class CircuitBreaker {

    private final int failureThreshold;
    private final Duration openFor;
    private final Clock clock;

    private int failuresInARow;
    private Instant openUntil;
    private boolean trialInFlight;

    public CircuitBreaker(int failureThreshold, Duration openFor, Clock clock) {
        this.failureThreshold = failureThreshold;
        this.openFor = openFor;
        this.clock = clock;
    }

    public synchronized boolean allowsRequest() {
        if (openUntil == null) {
            return true;
        }
        if (trialInFlight || clock.instant().isBefore(openUntil)) {
            return false;
        }
        trialInFlight = true;
        return true;
    }

    public synchronized void recordSuccess() {
        failuresInARow = 0;
        openUntil = null;
        trialInFlight = false;
    }

    public synchronized void recordFailure() {
        failuresInARow++;
        if (trialInFlight || failuresInARow >= failureThreshold) {
            openUntil = clock.instant().plus(openFor);
        }
        trialInFlight = false;
    }

    public synchronized int failuresInARow() {
        return failuresInARow;
    }

    public synchronized boolean isOpen() {
        return openUntil != null;
    }

    /**
     * The service answered its own readiness check: close at once instead of waiting out the
     * interval. Returns whether the breaker was open.
     */
    public synchronized boolean recordReady() {
        boolean wasOpen = openUntil != null;
        recordSuccess();
        return wasOpen;
    }

    /** CLOSED, OPEN, or HALF_OPEN while a trial request is in flight; with the failures in a row, for logs. */
    public synchronized String describe() {
        String state = openUntil == null ? "CLOSED" : trialInFlight ? "HALF_OPEN" : "OPEN until " + openUntil;
        return state + ", " + failuresInARow + " failure(s) in a row";
    }
}
