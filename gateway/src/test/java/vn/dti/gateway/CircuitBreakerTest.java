package vn.dti.gateway;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import vn.dti.gateway.resilience.CircuitBreaker;

class CircuitBreakerTest {

    private final MovableClock clock = new MovableClock();
    private final CircuitBreaker breaker = new CircuitBreaker(3, Duration.ofSeconds(10), clock);

    @Test
    void staysClosedBelowTheThresholdAndASuccessStartsTheCountAgain() {
        breaker.recordFailure();
        breaker.recordFailure();
        breaker.recordSuccess();
        breaker.recordFailure();
        breaker.recordFailure();
        assertTrue(breaker.allowsRequest());
    }

    @Test
    void opensAtTheThresholdAndRefusesUntilTheIntervalIsOver() {
        failThreeTimes();
        assertFalse(breaker.allowsRequest());
        clock.advance(Duration.ofSeconds(9));
        assertFalse(breaker.allowsRequest());
    }

    @Test
    void letsOneTrialThroughAfterTheIntervalAndClosesWhenItSucceeds() {
        failThreeTimes();
        clock.advance(Duration.ofSeconds(10));
        assertTrue(breaker.allowsRequest());
        assertFalse(breaker.allowsRequest(), "only one trial at a time");
        breaker.recordSuccess();
        assertTrue(breaker.allowsRequest());
        assertFalse(breaker.isOpen());
    }

    @Test
    void aFailedTrialOpensTheBreakerForAnotherInterval() {
        failThreeTimes();
        clock.advance(Duration.ofSeconds(10));
        assertTrue(breaker.allowsRequest());
        breaker.recordFailure();
        assertFalse(breaker.allowsRequest());
        clock.advance(Duration.ofSeconds(10));
        assertTrue(breaker.allowsRequest());
    }

    @Test
    void readinessClosesAnOpenBreakerBeforeTheIntervalIsOver() {
        failThreeTimes();
        assertFalse(breaker.allowsRequest());
        assertTrue(breaker.recordReady(), "it was open");
        assertTrue(breaker.allowsRequest());
        assertFalse(breaker.isOpen());
        assertFalse(breaker.recordReady(), "already closed");
    }

    private void failThreeTimes() {
        for (int i = 0; i < 3; i++) {
            breaker.recordFailure();
        }
    }

    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2025-07-01T00:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
