package vn.dti.gateway.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import vn.dti.gateway.openapi.DocumentFormat;
import vn.dti.gateway.openapi.SuiteApiDocument;

/**
 * Serves the suite's merged API document as JSON, or as YAML for {@code ?format=yaml} or an
 * Accept header that prefers YAML; the Swagger UI at /q/swagger-ui reads it from here.
 */
@ApplicationScoped
public class OpenApiRoutes {

    @Inject
    SuiteApiDocument document;

    void register(@Observes Router router) {
        router.get("/q/openapi").handler(this::serve);
        router.get("/openapi").handler(this::serve);
    }

    private void serve(RoutingContext context) {
        DocumentFormat format = DocumentFormat.requested(context.queryParams().get("format"), context.request().getHeader("Accept"));
        document.current()
                .onSuccess(merged -> context.response()
                        .putHeader("Content-Type", format.contentType())
                        .putHeader("Cache-Control", "no-cache")
                        .putHeader("Vary", "Accept")
                        .end(format.write(merged)))
                .onFailure(context::fail);
    }
}
