package vn.dti.gateway.rest;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** RFC 9457 answers the gateway gives itself, in the same shape as the services' answers. */
final class Problems {

    private Problems() {
    }

    static void send(RoutingContext context, int status, String title, String detail) {
        JsonObject problem = new JsonObject()
                .put("type", "https://dti.gov.vn/problems/" + status)
                .put("title", title)
                .put("status", status)
                .put("detail", detail)
                .put("instance", context.normalizedPath());
        context.response().setStatusCode(status)
                .putHeader("Content-Type", "application/problem+json")
                .end(problem.encode());
    }
}
