package vn.dti.gateway.rest;

import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import vn.dti.gateway.config.GatewayConfig;

/**
 * Headers on every exchange: an {@code X-Request-Id} (the client's, else a new one) sent to the
 * service and back to the client, and the browser security headers on every answer.
 */
@ApplicationScoped
public class EdgeHeaders {

    public static final String REQUEST_ID = "X-Request-Id";

    /** Before authentication, so that 401 answers carry them too. */
    private static final int ORDER = Integer.MIN_VALUE + 10;
    private static final Pattern ACCEPTABLE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    @Inject
    GatewayConfig config;

    void register(@Observes Router router) {
        router.route().order(ORDER).handler(this::decorate);
    }

    private void decorate(RoutingContext context) {
        String requestId = requestIdOf(context);
        context.request().headers().set(REQUEST_ID, requestId);
        context.put(REQUEST_ID, requestId);
        context.addHeadersEndHandler(done -> {
            MultiMap headers = context.response().headers();
            headers.set(REQUEST_ID, requestId);
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("Referrer-Policy", "no-referrer");
            // Pages with their own policy (the dashboard) name who may frame them; nothing else may.
            if (!headers.contains("Content-Security-Policy")) {
                headers.set("Content-Security-Policy", "frame-ancestors 'none'");
                headers.set("X-Frame-Options", "DENY");
            }
            config.headers().strictTransportSecurity().ifPresent(value -> headers.set("Strict-Transport-Security", value));
        });
        context.next();
    }

    /** A client's id is kept only if it looks like an id, so that logs cannot be forged through it. */
    private static String requestIdOf(RoutingContext context) {
        String given = context.request().getHeader(REQUEST_ID);
        return given != null && ACCEPTABLE_ID.matcher(given).matches() ? given : UUID.randomUUID().toString();
    }
}
