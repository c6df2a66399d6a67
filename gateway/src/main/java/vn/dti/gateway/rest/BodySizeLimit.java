package vn.dti.gateway.rest;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Refuses a body announced larger than quarkus.http.limits.max-body-size with a problem answer,
 * before Quarkus' own check would refuse it with an empty 413. Bodies sent without a length are
 * still cut off by Quarkus when they pass the limit.
 */
@ApplicationScoped
public class BodySizeLimit {

    /** After the request id is set, before Quarkus' upload limit (order -2). */
    private static final int ORDER = Integer.MIN_VALUE + 20;

    @Inject
    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    Optional<MemorySize> maxBodySize;

    void register(@Observes Router router) {
        maxBodySize.ifPresent(limit -> router.route().order(ORDER).handler(context -> refuseIfTooLarge(context, limit.asLongValue())));
    }

    private static void refuseIfTooLarge(RoutingContext context, long limit) {
        String announced = context.request().getHeader("Content-Length");
        if (announced != null && isOver(announced, limit)) {
            context.response().putHeader("Connection", "close");
            Problems.send(context, 413, "Nội dung quá lớn / Payload too large",
                    "The request body is larger than the " + limit / 1024 + " KB the gateway accepts");
        } else {
            context.next();
        }
    }

    private static boolean isOver(String announced, long limit) {
        try {
            return Long.parseLong(announced.trim()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
