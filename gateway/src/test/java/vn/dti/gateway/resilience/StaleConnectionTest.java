package vn.dti.gateway.resilience;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.Test;

import io.vertx.core.VertxException;
import io.vertx.core.http.HttpClosedException;

class StaleConnectionTest {

    @Test
    void aConnectionClosedOrResetBeforeAnyAnswerIsStale() {
        assertTrue(UpstreamGuard.isStaleConnection(new HttpClosedException("Connection was closed")));
        assertTrue(UpstreamGuard.isStaleConnection(new IOException("Connection reset by peer")));
        assertTrue(UpstreamGuard.isStaleConnection(new VertxException(new java.nio.channels.ClosedChannelException())));
    }

    @Test
    void refusedConnectionsAndTimeoutsAreNotStale() {
        assertFalse(UpstreamGuard.isStaleConnection(new ConnectException("Connection refused")));
        assertFalse(UpstreamGuard.isStaleConnection(new TimeoutException("no answer in time")));
        assertFalse(UpstreamGuard.isStaleConnection(new IllegalStateException("bug")));
    }
}
