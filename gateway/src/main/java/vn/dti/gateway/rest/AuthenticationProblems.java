package vn.dti.gateway.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Every {@code /api/v1/**} request outside the public paths needs a valid token. quarkus-oidc
 * checks the token (forged or expired ones fail here as {@link AuthenticationFailedException});
 * a request without any token is refused here rather than by an {@code authenticated} HTTP
 * policy, because that policy answers with an empty 401 and clients expect a problem answer.
 */
@ApplicationScoped
public class AuthenticationProblems {

    private static final String PUBLIC_PATHS = "/api/v1/public/";

    void register(@Observes Router router) {
        router.route("/api/v1/*").order(0).handler(AuthenticationProblems::requireToken);
        router.route("/api/v1/*").failureHandler(AuthenticationProblems::handle);
    }

    private static void requireToken(RoutingContext context) {
        boolean anonymous = !(context.user() instanceof QuarkusHttpUser user) || user.getSecurityIdentity().isAnonymous();
        if (anonymous && !context.normalizedPath().startsWith(PUBLIC_PATHS)) {
            sendUnauthorized(context);
        } else {
            context.next();
        }
    }

    private static void handle(RoutingContext context) {
        Throwable failure = context.failure();
        if (context.response().ended()) {
            context.next();
        } else if (failure instanceof ForbiddenException) {
            Problems.send(context, 403, "Không có quyền / Forbidden", "This token does not allow this request");
        } else if (isUnauthenticated(context, failure)) {
            sendUnauthorized(context);
        } else {
            context.next();
        }
    }

    private static void sendUnauthorized(RoutingContext context) {
        context.response().putHeader("WWW-Authenticate", "Bearer");
        Problems.send(context, 401, "Chưa xác thực / Unauthorized",
                "A valid bearer token is required: the token is missing, forged or expired");
    }

    private static boolean isUnauthenticated(RoutingContext context, Throwable failure) {
        return failure instanceof AuthenticationFailedException
                || failure instanceof AuthenticationCompletionException
                || failure instanceof UnauthorizedException
                || (failure == null && context.statusCode() == 401);
    }
}
