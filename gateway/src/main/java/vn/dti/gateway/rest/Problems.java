package vn.dti.gateway.rest;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** RFC 9457 answers the gateway gives itself, in the same shape as the services' answers. */
public final class Problems {

    public static final String CONTENT_TYPE = "application/problem+json";

    private Problems() {
    }

    public static void send(RoutingContext context, int status, String title, String detail) {
        context.response().setStatusCode(status)
                .putHeader("Content-Type", CONTENT_TYPE)
                .end(body(status, title, detail, context.normalizedPath()));
    }

    public static Buffer body(int status, String title, String detail, String instance) {
        return new JsonObject()
                .put("type", "https://dti.gov.vn/problems/" + status)
                .put("title", title)
                .put("status", status)
                .put("detail", detail)
                .put("instance", instance)
                .toBuffer();
    }
}
