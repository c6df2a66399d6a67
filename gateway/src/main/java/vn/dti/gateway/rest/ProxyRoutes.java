package vn.dti.gateway.rest;

import java.net.URI;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.proxy.handler.ProxyHandler;
import io.vertx.httpproxy.HttpProxy;
import vn.dti.gateway.config.GatewayConfig;
import vn.dti.gateway.routing.RouteTable;
import vn.dti.gateway.routing.Service;

/**
 * Forwards every {@code /api/v1/**} request to the service that owns its path, token and all:
 * services check the token again and apply their own scoping.
 */
@ApplicationScoped
public class ProxyRoutes {

    @Inject
    GatewayConfig config;

    void register(@Observes Router router, Vertx vertx) {
        HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                .setKeepAlive(true)
                .setMaxPoolSize(100));
        HttpProxy proxy = HttpProxy.reverseProxy(client).originRequestProvider(this::originRequest);
        router.route("/api/v1/*").order(1).handler(ProxyRoutes::rejectUnknownPaths);
        router.route("/api/v1/*").order(2).handler(ProxyHandler.create(proxy));
    }

    private static void rejectUnknownPaths(RoutingContext context) {
        if (RouteTable.serviceFor(context.normalizedPath()).isPresent()) {
            context.next();
        } else {
            Problems.send(context, 404, "Không tìm thấy / Not found", "No API resource at " + context.normalizedPath());
        }
    }

    private Future<HttpClientRequest> originRequest(HttpServerRequest request, HttpClient client) {
        URI origin = originOf(RouteTable.serviceFor(request.path()).orElseThrow());
        return client.request(new RequestOptions()
                .setServer(SocketAddress.inetSocketAddress(origin.getPort(), origin.getHost()))
                .setIdleTimeout(config.timeout().toMillis()));
    }

    private URI originOf(Service service) {
        return switch (service) {
            case REPORT -> config.services().report();
            case INDICATOR -> config.services().indicator();
            case RANKING -> config.services().ranking();
        };
    }
}
