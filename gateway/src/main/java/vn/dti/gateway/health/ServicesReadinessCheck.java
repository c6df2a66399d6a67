package vn.dti.gateway.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import vn.dti.gateway.resilience.BreakerRecovery;
import vn.dti.gateway.resilience.Upstreams;
import vn.dti.gateway.routing.Service;

/**
 * The gateway is ready when every service behind it answers its own readiness check. A service
 * seen ready again gets its breaker closed at once.
 */
@Readiness
@ApplicationScoped
public class ServicesReadinessCheck implements HealthCheck {

    @Inject
    Upstreams upstreams;

    @Inject
    BreakerRecovery recovery;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("services behind the gateway").up();
        for (Service service : Service.values()) {
            boolean up = recovery.probe(service);
            response.withData(Upstreams.nameOf(service), up ? "UP" : "DOWN");
            if (!up) {
                response.down();
            }
        }
        for (Service service : Service.values()) {
            response.withData(Upstreams.nameOf(service) + " breaker", upstreams.breakerOf(service).isOpen() ? "OPEN" : "CLOSED");
        }
        return response.build();
    }
}
