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

    public synchronized boolean isOpen() {
        return openUntil != null;
    }
}
