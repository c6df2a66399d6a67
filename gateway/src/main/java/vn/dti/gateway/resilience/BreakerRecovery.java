package vn.dti.gateway.resilience;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import vn.dti.gateway.config.GatewayConfig;
import vn.dti.gateway.routing.Service;

/**
 * Closes a service's breaker as soon as its readiness check answers again, instead of refusing
 * requests for the rest of the open interval: the readiness check does it whenever it runs, and
 * every open breaker's service is probed once a second.
 */
@ApplicationScoped
public class BreakerRecovery {

    private static final Logger LOG = Logger.getLogger(BreakerRecovery.class);

    @Inject
    Upstreams upstreams;

    @Inject
    ReadinessProbe readiness;

    @Inject
    GatewayConfig config;

    void start(@Observes StartupEvent startup, Vertx vertx) {
        long every = config.breaker().recoveryProbeInterval().toMillis();
        vertx.setPeriodic(every, every, id -> vertx.executeBlocking(() -> {
            probeOpenBreakers();
            return null;
        }, false));
    }

    void probeOpenBreakers() {
        for (Service service : Service.values()) {
            if (upstreams.breakerOf(service).isOpen()) {
                probe(service);
            }
        }
    }

    /** Probes a service's readiness; a ready service gets its breaker closed. Blocking. */
    public boolean probe(Service service) {
        boolean ready = readiness.isReady(upstreams.originOf(service));
        if (ready && upstreams.breakerOf(service).recordReady()) {
            LOG.infof("%s is ready again: its circuit breaker is closed", Upstreams.nameOf(service));
        }
        return ready;
    }
}
