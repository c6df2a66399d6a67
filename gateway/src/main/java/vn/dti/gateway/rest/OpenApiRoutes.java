package vn.dti.gateway.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import vn.dti.gateway.openapi.SuiteApiDocument;

/** Serves the suite's merged API document; the Swagger UI at /q/swagger-ui reads it from here. */
@ApplicationScoped
public class OpenApiRoutes {

    @Inject
    SuiteApiDocument document;

    void register(@Observes Router router) {
        router.get("/q/openapi").handler(this::serve);
        router.get("/openapi").handler(this::serve);
    }

    private void serve(RoutingContext context) {
        document.current()
                .onSuccess(merged -> context.response()
                        .putHeader("Content-Type", "application/json;charset=UTF-8")
                        .putHeader("Cache-Control", "no-cache")
                        .end(merged.toBuffer()))
                .onFailure(context::fail);
    }
}
