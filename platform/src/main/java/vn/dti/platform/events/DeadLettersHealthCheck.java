package vn.dti.platform.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

import io.smallrye.health.api.Wellness;

/**
 * Not well while dead letters wait for an administrator (shown in {@code /q/health} and
 * {@code /q/health/well}); readiness is unaffected, the service keeps serving.
 */
@Wellness
@ApplicationScoped
public class DeadLettersHealthCheck implements HealthCheck {

    @Inject
    DeadLetters deadLetters;

    @Override
    public HealthCheckResponse call() {
        long open = deadLetters.openCount();
        return HealthCheckResponse.named("dead-letters")
                .status(open == 0)
                .withData("open", open)
                .build();
    }
}
