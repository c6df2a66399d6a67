package vn.dti.gateway.health;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import vn.dti.gateway.config.GatewayConfig;
import vn.dti.gateway.resilience.Upstreams;
import vn.dti.gateway.routing.Service;

/** The gateway is ready when every service behind it answers its own readiness check. */
@Readiness
@ApplicationScoped
public class ServicesReadinessCheck implements HealthCheck {

    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);

    @Inject
    GatewayConfig config;

    @Inject
    Upstreams upstreams;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(PROBE_TIMEOUT).build();

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("services behind the gateway").up();
        probe(response, "report-service", config.services().report());
        probe(response, "indicator-service", config.services().indicator());
        probe(response, "ranking-service", config.services().ranking());
        for (Service service : Service.values()) {
            response.withData(Upstreams.nameOf(service) + " breaker", upstreams.breakerOf(service).isOpen() ? "OPEN" : "CLOSED");
        }
        return response.build();
    }

    private void probe(HealthCheckResponseBuilder response, String name, URI service) {
        boolean up = isReady(service);
        response.withData(name, up ? "UP" : "DOWN");
        if (!up) {
            response.down();
        }
    }

    private boolean isReady(URI service) {
        try {
            HttpRequest request = HttpRequest.newBuilder(service.resolve("/q/health/ready")).timeout(PROBE_TIMEOUT).build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
