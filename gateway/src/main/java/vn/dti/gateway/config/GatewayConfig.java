package vn.dti.gateway.config;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where the gateway sends each service's requests and how it guards them, under {@code dti.gateway}. */
@ConfigMapping(prefix = "dti.gateway")
public interface GatewayConfig {

    Services services();

    /** Web portals allowed to call the API from a browser; quarkus.http.cors.origins reads them. */
    List<String> portalOrigins();

    /** How long a service may stay silent before the gateway gives up with 504, per kind of request. */
    Timeouts timeouts();

    /** How many more times a GET or HEAD is tried when the service cannot be reached. */
    @WithDefault("1")
    int connectRetries();

    /**
     * Largest body kept in memory so that an idempotent request (GET, HEAD, PUT, DELETE, or POST with
     * an Idempotency-Key) can be sent once more when a pooled connection turns out to be closed.
     */
    @WithDefault("1048576")
    long replayableBodyBytes();

    Breaker breaker();

    RateLimits rateLimits();

    Headers headers();

    OpenApi openapi();

    Dashboard dashboard();

    interface Services {
        URI report();

        URI indicator();

        URI ranking();
    }

    interface Timeouts {
        /** How long the gateway waits to open a connection to a service. */
        @WithDefault("2s")
        Duration connect();

        @WithDefault("10s")
        Duration publicRead();

        @WithDefault("30s")
        Duration read();

        @WithDefault("60s")
        Duration write();

        @WithDefault("120s")
        Duration export();
    }

    /** When a service is taken as down, and for how long the gateway stops calling it. */
    interface Breaker {
        /** Consecutive failures (no connection, no answer in time) that open the breaker. */
        @WithDefault("5")
        int failureThreshold();

        /** How long an open breaker answers 503 at once before one trial request goes through. */
        @WithDefault("10s")
        Duration openFor();

        /** How often the service behind an open breaker is asked whether it is ready again. */
        @WithDefault("1s")
        Duration recoveryProbeInterval();
    }

    /** Requests each client (token subject, else IP address) may make per route class. */
    interface RateLimits {
        @WithDefault("true")
        boolean enabled();

        Quota publicRead();

        Quota read();

        Quota write();

        Quota export();

        /**
         * Roles trusted not to flood the services (bulk loads by an administrator), whose
         * requests are not counted.
         */
        @WithDefault("admin")
        List<String> exemptRoles();

        /** Buckets of clients silent for this long are forgotten. */
        @WithDefault("10m")
        Duration forgetIdleClientsAfter();
    }

    interface Quota {
        long requests();

        Duration per();
    }

    interface Headers {
        /** A Strict-Transport-Security value; sent only when set (behind TLS). */
        Optional<String> strictTransportSecurity();
    }

    interface OpenApi {
        /** How long the merged API document is reused before the services are asked again. */
        @WithDefault("30s")
        Duration cacheFor();

        /** The OIDC discovery document named in the document's security scheme. */
        Optional<String> openIdConnectUrl();
    }

    /** The web dashboard at {@code /}: where browsers sign in (authorization code + PKCE). */
    interface Dashboard {
        /** The realm URL as browsers reach it, e.g. http://localhost:8180/realms/dti. */
        String authServerUrl();

        /** The realm's public client for browsers. */
        @WithDefault("dti-portal")
        String clientId();
    }
}
