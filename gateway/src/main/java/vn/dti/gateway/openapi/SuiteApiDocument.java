package vn.dti.gateway.openapi;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonObject;
import vn.dti.gateway.config.GatewayConfig;
import vn.dti.gateway.resilience.Upstreams;
import vn.dti.gateway.routing.Service;

/**
 * The suite's one API document, merged from the services' own documents and kept for a short
 * while. A service that does not answer is left out and named in the document; such an
 * incomplete document is not kept, so the service's part is back as soon as it is.
 */
@ApplicationScoped
public class SuiteApiDocument {

    private static final String SERVICE_DOCUMENT = "/q/openapi?format=json";
    private static final Duration FETCH_TIMEOUT = Duration.ofSeconds(3);

    private final GatewayConfig config;
    private final Upstreams upstreams;
    private final HttpClient client;

    private volatile JsonObject cached;
    private volatile Instant cachedAt = Instant.MIN;

    @Inject
    public SuiteApiDocument(GatewayConfig config, Upstreams upstreams, Vertx vertx) {
        this.config = config;
        this.upstreams = upstreams;
        this.client = vertx.createHttpClient();
    }

    public Future<JsonObject> current() {
        JsonObject document = cached;
        if (document != null && Instant.now().isBefore(cachedAt.plus(config.openapi().cacheFor()))) {
            return Future.succeededFuture(document);
        }
        return fetchAndMerge();
    }

    private Future<JsonObject> fetchAndMerge() {
        Map<String, Future<JsonObject>> fetches = new LinkedHashMap<>();
        for (Service service : Service.values()) {
            fetches.put(Upstreams.nameOf(service), fetch(upstreams.originOf(service)));
        }
        return Future.join(new ArrayList<>(fetches.values())).transform(done -> {
            Map<String, JsonObject> documents = new LinkedHashMap<>();
            List<String> missing = new ArrayList<>();
            fetches.forEach((name, fetch) -> {
                if (fetch.succeeded()) {
                    documents.put(name, fetch.result());
                } else {
                    missing.add(name);
                }
            });
            JsonObject merged = OpenApiMerger.merge(documents, missing, config.openapi().openIdConnectUrl());
            if (missing.isEmpty()) {
                cached = merged;
                cachedAt = Instant.now();
            }
            return Future.succeededFuture(merged);
        });
    }

    private Future<JsonObject> fetch(URI origin) {
        RequestOptions request = new RequestOptions().setMethod(HttpMethod.GET)
                .setHost(origin.getHost()).setPort(origin.getPort()).setURI(SERVICE_DOCUMENT)
                .putHeader("Accept", "application/json")
                .setConnectTimeout(FETCH_TIMEOUT.toMillis()).setTimeout(FETCH_TIMEOUT.toMillis());
        return client.request(request)
                .compose(sent -> sent.send())
                .compose(response -> response.statusCode() == 200
                        ? response.body()
                        : Future.failedFuture("HTTP " + response.statusCode()))
                .map(JsonObject::new);
    }
}
