package vn.dti.gateway.rest;

import java.net.URI;
import java.time.Duration;

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
import vn.dti.gateway.resilience.UpstreamGuard;
import vn.dti.gateway.resilience.Upstreams;
import vn.dti.gateway.routing.RouteClass;
import vn.dti.gateway.routing.RouteTable;

/**
 * Forwards every {@code /api/v1/**} request to the service that owns its path, token and all:
 * services check the token again and apply their own scoping. Bodies stream both ways.
 */
@ApplicationScoped
public class ProxyRoutes {

    @Inject
    GatewayConfig config;

    @Inject
    Upstreams upstreams;

    @Inject
    RateLimitHandler rateLimits;

    void register(@Observes Router router, Vertx vertx) {
        HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                .setKeepAlive(true)
                .setMaxPoolSize(100));
        HttpProxy proxy = HttpProxy.reverseProxy(client)
                .originRequestProvider(this::originRequest)
                .addInterceptor(new UpstreamGuard(upstreams, config.breaker().openFor(), config.replayableBodyBytes()));
        router.route("/api/v1/*").order(1).handler(ProxyRoutes::rejectUnknownPaths);
        router.route("/api/v1/*").order(2).handler(rateLimits::handle);
        router.route("/api/v1/*").order(4).handler(ProxyHandler.create(proxy));
    }

    private static void rejectUnknownPaths(RoutingContext context) {
        if (RouteTable.serviceFor(context.normalizedPath()).isPresent()) {
            context.next();
        } else {
            Problems.send(context, 404, "Không tìm thấy / Not found", "No API resource at " + context.normalizedPath());
        }
    }

    private Future<HttpClientRequest> originRequest(HttpServerRequest request, HttpClient client) {
        URI origin = upstreams.originOf(RouteTable.serviceFor(request.path()).orElseThrow());
        RequestOptions options = new RequestOptions()
                .setServer(SocketAddress.inetSocketAddress(origin.getPort(), origin.getHost()))
                .setConnectTimeout(config.timeouts().connect().toMillis())
                .setIdleTimeout(timeoutOf(RouteClass.of(request.method().name(), request.path())).toMillis());
        int retries = RouteClass.isRead(request.method().name()) ? config.connectRetries() : 0;
        return connect(client, options, retries);
    }

    /** Only connecting is retried: nothing has reached the service yet, so no request can run twice. */
    private static Future<HttpClientRequest> connect(HttpClient client, RequestOptions options, int retriesLeft) {
        Future<HttpClientRequest> attempt = client.request(options);
        return retriesLeft == 0 ? attempt : attempt.recover(failure -> connect(client, options, retriesLeft - 1));
    }

    private Duration timeoutOf(RouteClass routeClass) {
        return switch (routeClass) {
            case PUBLIC_READ -> config.timeouts().publicRead();
            case READ -> config.timeouts().read();
            case WRITE -> config.timeouts().write();
            case EXPORT -> config.timeouts().export();
        };
    }
}
