package vn.dti.gateway.rest;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Lets text answers (JSON, problems, CSV) be gzipped. With quarkus.http.enable-compression,
 * Quarkus marks every answer {@code Content-Encoding: identity} and only its own kinds of route
 * lift that mark; plain router routes such as the proxy have to lift it themselves.
 */
@ApplicationScoped
public class ResponseCompression {

    private static final Set<String> COMPRESSIBLE = Set.of("application/json", "application/problem+json",
            "text/csv", "text/plain", "text/html");

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 10).handler(ResponseCompression::allowForText);
    }

    private static void allowForText(RoutingContext context) {
        context.addHeadersEndHandler(done -> {
            MultiMap headers = context.response().headers();
            if ("identity".equals(headers.get("Content-Encoding")) && isCompressible(headers.get("Content-Type"))) {
                headers.remove("Content-Encoding");
            }
        });
        context.next();
    }

    private static boolean isCompressible(String contentType) {
        return contentType != null && COMPRESSIBLE.contains(contentType.split(";")[0].trim().toLowerCase());
    }
}
