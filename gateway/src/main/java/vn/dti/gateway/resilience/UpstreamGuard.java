package vn.dti.gateway.resilience;

import java.io.IOException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;

import org.jboss.logging.Logger;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.StreamResetException;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import vn.dti.gateway.rest.Problems;
import vn.dti.gateway.routing.RouteTable;
import vn.dti.gateway.routing.Service;

/**
 * Puts each service's circuit breaker in front of the proxy: an open breaker answers 503 at once,
 * and a service that cannot be reached or does not answer in time counts as a failure and gets a
 * problem answer (503 or 504) instead of the proxy's bare 502. Every such answer is logged with its
 * cause. An idempotent request that meets a pooled connection the service already closed is sent
 * once more on another, up to {@link #MAX_STALE_RESENDS} times; a client that goes away is not the service's failure.
 */
public class UpstreamGuard implements ProxyInterceptor {

    private static final Logger LOG = Logger.getLogger(UpstreamGuard.class);
    private static final int CLIENT_CLOSED_REQUEST = 499;
    /** After a service restarts, every connection the pool holds to it is closed: a request may meet several before a fresh one. */
    public static final int MAX_STALE_RESENDS = 3;

    private final Upstreams upstreams;
    private final String retryAfterSeconds;
    private final long replayableBodyBytes;
    private final Map<Service, Long> lastRefusalLogged = new ConcurrentHashMap<>();

    /** The same as quarkus.http.limits.max-body-size: what an HTTP/2 body without Content-Length may weigh. */
    static final long UNANNOUNCED_BODY_LIMIT = 10L * 1024 * 1024;

    public UpstreamGuard(Upstreams upstreams, Duration breakerOpenFor, long replayableBodyBytes) {
        this.upstreams = upstreams;
        this.retryAfterSeconds = Long.toString(Math.max(1, breakerOpenFor.toSeconds()));
        this.replayableBodyBytes = replayableBodyBytes;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        HttpServerRequest incoming = context.request().proxiedRequest();
        Service service = RouteTable.serviceFor(incoming.path()).orElseThrow();
        CircuitBreaker breaker = upstreams.breakerOf(service);
        if (!breaker.allowsRequest()) {
            logRefusal(incoming, service, breaker);
            return Future.succeededFuture(unavailable(context, service));
        }
        Replay replay = Replay.of(incoming, replayableBodyBytes);
        if (replay == Replay.UNANNOUNCED_BODY) {
            return boundedBody(incoming, UNANNOUNCED_BODY_LIMIT).compose(body -> {
                context.request().setBody(Body.body(body));
                return send(context, service, breaker, Replay.isIdempotent(incoming) ? MAX_STALE_RESENDS : 0);
            }, failure -> Future.succeededFuture(failure instanceof BodyTooLarge
                    ? problem(context, 413, "Yêu cầu quá lớn / Payload too large",
                            "The body is larger than " + UNANNOUNCED_BODY_LIMIT + " bytes")
                    : clientClosed(context, service, failure)));
        }
        if (replay == Replay.NOT_POSSIBLE) {
            return send(context, service, breaker, 0);
        }
        return replayableBody(context, replay)
                .compose(ready -> send(context, service, breaker, MAX_STALE_RESENDS),
                        failure -> Future.succeededFuture(clientClosed(context, service, failure)));
    }

    private Future<ProxyResponse> send(ProxyContext context, Service service, CircuitBreaker breaker, int resendsLeft) {
        return context.sendRequest().compose(response -> {
            breaker.recordSuccess();
            return Future.succeededFuture(response);
        }, failure -> {
            if (clientIsGone(context)) {
                return Future.succeededFuture(clientClosed(context, service, failure));
            }
            if (resendsLeft > 0 && isStaleConnection(failure)) {
                LOG.infof("%s %s: pooled connection to %s was closed (%s); sending once more on another one",
                        method(context), path(context), Upstreams.nameOf(service), describe(failure));
                return send(context, service, breaker, resendsLeft - 1);
            }
            breaker.recordFailure();
            return Future.succeededFuture(failed(context, service, breaker, failure));
        });
    }

    /**
     * An HTTP/2 body announced without Content-Length cannot be streamed to an HTTP/1.1 service as is
     * (the proxy would need the length or chunking); it is read first, up to the gateway's body limit.
     */
    private static Future<Buffer> boundedBody(HttpServerRequest incoming, long limit) {
        Promise<Buffer> promise = Promise.promise();
        Buffer body = Buffer.buffer();
        incoming.handler(chunk -> {
            if (promise.future().isComplete()) {
                return;
            }
            if (body.length() + chunk.length() > limit) {
                promise.tryFail(new BodyTooLarge());
            } else {
                body.appendBuffer(chunk);
            }
        });
        incoming.exceptionHandler(promise::tryFail);
        incoming.endHandler(end -> promise.tryComplete(body));
        incoming.resume();
        return promise.future();
    }

    private static final class BodyTooLarge extends RuntimeException {
        BodyTooLarge() {
            super("body too large", null, false, false);
        }
    }

    /** Keeps the body in memory so it can be sent twice; a bodiless request gets an empty one. */
    private static Future<Void> replayableBody(ProxyContext context, Replay replay) {
        if (replay == Replay.WITHOUT_BODY) {
            context.request().setBody(Body.body(Buffer.buffer()));
            return Future.succeededFuture();
        }
        HttpServerRequest incoming = context.request().proxiedRequest();
        Future<Buffer> body = incoming.body();
        incoming.resume();
        return body.map(buffer -> {
            context.request().setBody(Body.body(buffer));
            return null;
        });
    }

    private ProxyResponse failed(ProxyContext context, Service service, CircuitBreaker breaker, Throwable failure) {
        boolean timedOut = failure instanceof TimeoutException;
        LOG.warnf("%s %s answered %d: %s at %s failed (%s); breaker %s", method(context), path(context), timedOut ? 504 : 503,
                Upstreams.nameOf(service), upstreams.originOf(service), describe(failure), breaker.describe());
        return timedOut ? timedOut(context, service) : unavailable(context, service);
    }

    private void logRefusal(HttpServerRequest incoming, Service service, CircuitBreaker breaker) {
        long now = System.currentTimeMillis();
        Long last = lastRefusalLogged.get(service);
        String message = "%s %s answered 503 at once: %s breaker %s".formatted(incoming.method(), incoming.path(),
                Upstreams.nameOf(service), breaker.describe());
        if (last == null || now - last >= 1000) {
            lastRefusalLogged.put(service, now);
            LOG.warn(message);
        } else {
            LOG.debug(message);
        }
    }

    private static ProxyResponse clientClosed(ProxyContext context, Service service, Throwable failure) {
        LOG.debugf("%s %s: the client went away before %s answered (%s); not counted against the service",
                method(context), path(context), Upstreams.nameOf(service), describe(failure));
        return problem(context, CLIENT_CLOSED_REQUEST, "Yêu cầu bị hủy / Client closed request",
                "The client closed the connection before the answer");
    }

    private ProxyResponse unavailable(ProxyContext context, Service service) {
        String name = Upstreams.nameOf(service);
        return problem(context, 503, "Dịch vụ tạm ngừng / Service unavailable",
                name + " is not answering; try again shortly (" + name + " đang tạm ngừng, vui lòng thử lại sau)")
                .putHeader("Retry-After", retryAfterSeconds);
    }

    private static ProxyResponse timedOut(ProxyContext context, Service service) {
        return problem(context, 504, "Dịch vụ không trả lời kịp / Gateway timeout",
                Upstreams.nameOf(service) + " did not answer in time");
    }

    private static ProxyResponse problem(ProxyContext context, int status, String title, String detail) {
        return context.request().release().response()
                .setStatusCode(status)
                .putHeader("Content-Type", Problems.CONTENT_TYPE)
                .setBody(Body.body(Problems.body(status, title, detail, context.request().proxiedRequest().path())));
    }

    private static boolean clientIsGone(ProxyContext context) {
        return context.request().proxiedRequest().response().closed();
    }

    /** Closed or reset before any answer: what a pooled connection the service already dropped looks like. */
    static boolean isStaleConnection(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof TimeoutException || cause instanceof ConnectException) {
                return false;
            }
            if (cause instanceof HttpClosedException || cause instanceof StreamResetException || cause instanceof IOException) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Throwable failure) {
        return failure.getClass().getName() + ": " + failure.getMessage();
    }

    private static String method(ProxyContext context) {
        return context.request().proxiedRequest().method().name();
    }

    private static String path(ProxyContext context) {
        return context.request().proxiedRequest().path();
    }

    /** Whether a request may be sent a second time, and whether its body must be kept for that. */
    enum Replay {
        NOT_POSSIBLE, WITHOUT_BODY, WITH_BODY, UNANNOUNCED_BODY;

        static boolean isIdempotent(HttpServerRequest request) {
            return switch (request.method().name()) {
                case "GET", "HEAD", "PUT", "DELETE", "OPTIONS" -> true;
                case "POST" -> request.getHeader("Idempotency-Key") != null;
                default -> false;
            };
        }

        static Replay of(HttpServerRequest request, long maxBodyBytes) {
            String length = request.getHeader("Content-Length");
            if (length == null && request.version() == HttpVersion.HTTP_2 && mayCarryBody(request.method().name())) {
                return UNANNOUNCED_BODY;
            }
            if (!isIdempotent(request)) {
                return NOT_POSSIBLE;
            }
            if (length == null) {
                return request.getHeader("Transfer-Encoding") == null ? WITHOUT_BODY : NOT_POSSIBLE;
            }
            try {
                long bytes = Long.parseLong(length.trim());
                return bytes == 0 ? WITHOUT_BODY : bytes <= maxBodyBytes ? WITH_BODY : NOT_POSSIBLE;
            } catch (NumberFormatException e) {
                return NOT_POSSIBLE;
            }
        }

        private static boolean mayCarryBody(String method) {
            return method.equals("POST") || method.equals("PUT") || method.equals("PATCH") || method.equals("DELETE");
        }
    }
}
