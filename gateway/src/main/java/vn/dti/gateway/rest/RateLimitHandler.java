package vn.dti.gateway.rest;

import java.util.OptionalLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.RoutingContext;
import vn.dti.gateway.ratelimit.ClientQuotas;
import vn.dti.gateway.routing.RouteClass;

/** Answers 429 once a client has used up its quota for the kind of request it makes. */
@ApplicationScoped
public class RateLimitHandler {

    @Inject
    ClientQuotas quotas;

    void handle(RoutingContext context) {
        RouteClass routeClass = RouteClass.of(context.request().method().name(), context.normalizedPath());
        OptionalLong wait = quotas.waitBeforeNext(clientOf(context), routeClass);
        if (wait.isEmpty()) {
            context.next();
            return;
        }
        long seconds = ClientQuotas.retryAfterSeconds(wait.getAsLong());
        context.response().putHeader("Retry-After", Long.toString(seconds));
        Problems.send(context, 429, "Quá nhiều yêu cầu / Too many requests",
                "The quota for " + routeClass.name().toLowerCase().replace('_', ' ')
                        + " requests is used up; retry in " + seconds + " s");
    }

    /** The token's subject when there is a token, else the caller's IP address. */
    private static String clientOf(RoutingContext context) {
        if (context.user() instanceof QuarkusHttpUser user && !user.getSecurityIdentity().isAnonymous()) {
            SecurityIdentity identity = user.getSecurityIdentity();
            String subject = identity.getPrincipal() instanceof JsonWebToken jwt ? jwt.getSubject() : null;
            return "sub:" + (subject != null ? subject : identity.getPrincipal().getName());
        }
        return "ip:" + context.request().remoteAddress().host();
    }
}
