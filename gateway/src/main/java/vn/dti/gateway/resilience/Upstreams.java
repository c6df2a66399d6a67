package vn.dti.gateway.resilience;

import java.net.URI;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.dti.gateway.config.GatewayConfig;
import vn.dti.gateway.routing.Service;

/** Each service behind the gateway: where it listens, what it is called, and its circuit breaker. */
@ApplicationScoped
public class Upstreams {

    private final GatewayConfig config;
    private final Map<Service, CircuitBreaker> breakers = new EnumMap<>(Service.class);

    @Inject
    public Upstreams(GatewayConfig config) {
        this.config = config;
        for (Service service : Service.values()) {
            breakers.put(service, new CircuitBreaker(config.breaker().failureThreshold(), config.breaker().openFor(),
                    Clock.systemUTC()));
        }
    }

    public URI originOf(Service service) {
        return switch (service) {
            case REPORT -> config.services().report();
            case INDICATOR -> config.services().indicator();
            case RANKING -> config.services().ranking();
        };
    }

    public static String nameOf(Service service) {
        return service.name().toLowerCase() + "-service";
    }

    public CircuitBreaker breakerOf(Service service) {
        return breakers.get(service);
    }
}
