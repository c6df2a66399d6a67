package vn.dti.gateway.rest;

import java.util.OptionalLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.RoutingContext;
import vn.dti.gateway.config.GatewayConfig;
import vn.dti.gateway.ratelimit.ClientQuotas;
import vn.dti.gateway.routing.RouteClass;

/** Answers 429 once a client has used up its quota for the kind of request it makes. */
@ApplicationScoped
public class RateLimitHandler {

    @Inject
    ClientQuotas quotas;

    @Inject
    GatewayConfig config;

    void handle(RoutingContext context) {
        SecurityIdentity identity = identityOf(context);
        if (identity != null && config.rateLimits().exemptRoles().stream().anyMatch(identity::hasRole)) {
            context.next();
            return;
        }
        RouteClass routeClass = RouteClass.of(context.request().method().name(), context.normalizedPath());
        OptionalLong wait = quotas.waitBeforeNext(clientOf(context, identity), routeClass);
        if (wait.isEmpty()) {
            context.next();
        } else {
            refuse(context, routeClass, ClientQuotas.retryAfterSeconds(wait.getAsLong()));
        }
    }

    private static void refuse(RoutingContext context, RouteClass routeClass, long seconds) {
        context.response().putHeader("Retry-After", Long.toString(seconds));
        Problems.send(context, 429, "Quá nhiều yêu cầu / Too many requests",
                "The quota for " + routeClass.name().toLowerCase().replace('_', ' ')
                        + " requests is used up; retry in " + seconds + " s");
    }

    /** The caller's identity when it sent a valid token, else null. */
    private static SecurityIdentity identityOf(RoutingContext context) {
        return context.user() instanceof QuarkusHttpUser user && !user.getSecurityIdentity().isAnonymous()
                ? user.getSecurityIdentity()
                : null;
    }

    /**
     * The token's subject when there is a token, else the caller's IP address (behind a load
     * balancer, set quarkus.http.proxy.proxy-address-forwarding so that it is the client's).
     */
    private static String clientOf(RoutingContext context, SecurityIdentity identity) {
        if (identity != null) {
            String subject = identity.getPrincipal() instanceof JsonWebToken jwt ? jwt.getSubject() : null;
            return "sub:" + (subject != null ? subject : identity.getPrincipal().getName());
        }
        return "ip:" + context.request().remoteAddress().host();
    }
}
