package vn.dti.gateway.rest;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.netty.handler.codec.http.QueryStringEncoder;
import vn.dti.gateway.audit.AuditMerge;
import vn.dti.gateway.config.GatewayConfig;
import vn.dti.gateway.resilience.Upstreams;
import vn.dti.gateway.routing.Service;

/**
 * {@code GET /api/v1/audit}: asks every service for its part with the caller's token (each applies
 * the caller's scope) and merges the parts newest first into one page.
 */
@ApplicationScoped
public class AuditRoutes {

    private static final List<String> FILTERS = List.of("province", "unit", "actor", "action", "from", "to");

    @Inject
    Upstreams upstreams;

    @Inject
    GatewayConfig config;

    void register(@Observes Router router, Vertx vertx) {
        HttpClient client = vertx.createHttpClient();
        router.get("/api/v1/audit").order(3).handler(context -> merge(context, client));
    }

    private void merge(RoutingContext context, HttpClient client) {
        MultiMap params = context.request().params();
        int page;
        int size;
        try {
            page = Integer.parseInt(params.get("page") == null ? "0" : params.get("page"));
            size = Integer.parseInt(params.get("size") == null ? "50" : params.get("size"));
        } catch (NumberFormatException e) {
            Problems.send(context, 422, "Dữ liệu không hợp lệ / Validation failed", "page and size must be whole numbers");
            return;
        }
        if (page < 0 || size < 1 || (page + 1) * size > AuditMerge.MAX_WINDOW) {
            Problems.send(context, 422, "Dữ liệu không hợp lệ / Validation failed",
                    "page ≥ 0, size ≥ 1 and (page + 1) × size ≤ " + AuditMerge.MAX_WINDOW + "; narrow from/to for older lines");
            return;
        }
        List<Future<Map.Entry<Integer, Buffer>>> parts = new ArrayList<>();
        for (Service service : Service.values()) {
            parts.add(fetch(client, service, params, (page + 1) * size, context.request().getHeader("Authorization")));
        }
        Future.all(parts).onComplete(done -> {
            if (done.failed()) {
                Problems.send(context, 503, "Dịch vụ tạm ngừng / Service unavailable",
                        "The audit of a service cannot be read now: " + done.cause().getMessage());
                return;
            }
            List<JsonObject> pages = new ArrayList<>();
            for (Future<Map.Entry<Integer, Buffer>> part : parts) {
                Map.Entry<Integer, Buffer> answer = part.result();
                if (answer.getKey() != 200) {
                    context.response().setStatusCode(answer.getKey()).putHeader("Content-Type", Problems.CONTENT_TYPE)
                            .end(answer.getValue());
                    return;
                }
                pages.add(answer.getValue().toJsonObject());
            }
            context.response().putHeader("Content-Type", "application/json")
                    .end(AuditMerge.merge(pages, page, size).toBuffer());
        });
    }

    private Future<Map.Entry<Integer, Buffer>> fetch(HttpClient client, Service service, MultiMap params, int window,
            String authorization) {
        QueryStringEncoder query = new QueryStringEncoder("/api/v1/audit");
        FILTERS.stream().filter(name -> params.get(name) != null).forEach(name -> query.addParam(name, params.get(name)));
        query.addParam("page", "0");
        query.addParam("size", Integer.toString(window));
        URI origin = upstreams.originOf(service);
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.GET).setHost(origin.getHost())
                .setPort(origin.getPort()).setURI(query.toString())
                .setConnectTimeout(config.timeouts().connect().toMillis())
                .setIdleTimeout(config.timeouts().read().toMillis());
        if (authorization != null) {
            options.putHeader("Authorization", authorization);
        }
        return client.request(options).compose(request -> request.send())
                .compose((HttpClientResponse response) -> response.body()
                        .map(body -> Map.entry(response.statusCode(), body)));
    }
}
