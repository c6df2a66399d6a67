package vn.dti.gateway.rest;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import vn.dti.gateway.config.GatewayConfig;

/**
 * The web dashboard: static pages from META-INF/resources (served by Quarkus), the sign-in settings
 * they read, and their browser policy. Its pages may be framed by the configured portal origins
 * only (?embed=1), talk to the API here and to the realm's server for sign-in, and run only scripts
 * served from here.
 */
@ApplicationScoped
public class DashboardRoutes {

    static final String CONFIG_PATH = "/dashboard/config.json";

    @Inject
    GatewayConfig config;

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 20).handler(this::policy);
        router.get(CONFIG_PATH).handler(this::settings);
    }

    private void policy(RoutingContext context) {
        String path = context.normalizedPath();
        if (isPage(path)) {
            context.response().putHeader("Content-Security-Policy", contentSecurityPolicy());
            if (!isVersioned(path)) {
                // The dashboard's own files keep their names across releases: revalidate them every time.
                context.addHeadersEndHandler(done -> context.response().headers().set("Cache-Control", "no-cache"));
            }
        }
        context.next();
    }

    private void settings(RoutingContext context) {
        String realmUrl = config.dashboard().authServerUrl().replaceAll("/+$", "");
        int realms = realmUrl.lastIndexOf("/realms/");
        JsonObject body = new JsonObject()
                .put("url", realms < 0 ? realmUrl : realmUrl.substring(0, realms))
                .put("realm", realms < 0 ? "dti" : realmUrl.substring(realms + "/realms/".length()))
                .put("clientId", config.dashboard().clientId());
        context.response().putHeader("Content-Type", "application/json;charset=UTF-8")
                .putHeader("Cache-Control", "no-cache").end(body.encode());
    }

    /** Everything that is not the API, OpenAPI or the management endpoints is the dashboard. */
    static boolean isPage(String path) {
        return path != null && !path.startsWith("/api/") && !path.startsWith("/q/") && !path.equals("/openapi");
    }

    /** Library files carry their version in the path and may be cached for long. */
    static boolean isVersioned(String path) {
        return path.startsWith("/_static/") || path.startsWith("/webjars/");
    }

    String contentSecurityPolicy() {
        String signIn = originOf(config.dashboard().authServerUrl());
        Set<String> ancestors = new LinkedHashSet<>();
        ancestors.add("'self'");
        config.portalOrigins().stream().map(String::strip).filter(origin -> !origin.isEmpty()).forEach(ancestors::add);
        return String.join("; ",
                "default-src 'self'",
                "script-src 'self'",
                "style-src 'self' 'unsafe-inline'",
                "img-src 'self' data: blob:",
                "connect-src 'self' " + signIn,
                "frame-src 'self' " + signIn,
                "form-action 'self' " + signIn,
                "frame-ancestors " + String.join(" ", ancestors),
                "base-uri 'self'",
                "object-src 'none'");
    }

    private static String originOf(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    }
}
