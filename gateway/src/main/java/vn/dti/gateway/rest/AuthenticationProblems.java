package vn.dti.gateway.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Missing, forged or expired tokens get a problem answer with a Bearer challenge instead of an
 * empty 401; a token without the role a route needs gets a problem 403.
 */
@ApplicationScoped
public class AuthenticationProblems {

    void register(@Observes Router router) {
        router.route("/api/v1/*").failureHandler(AuthenticationProblems::handle);
    }

    private static void handle(RoutingContext context) {
        Throwable failure = context.failure();
        if (context.response().ended()) {
            context.next();
        } else if (failure instanceof ForbiddenException) {
            Problems.send(context, 403, "Không có quyền / Forbidden", "This token does not allow this request");
        } else if (isUnauthenticated(context, failure)) {
            context.response().putHeader("WWW-Authenticate", "Bearer");
            Problems.send(context, 401, "Chưa xác thực / Unauthorized",
                    "A valid bearer token is required: the token is missing, forged or expired");
        } else {
            context.next();
        }
    }

    private static boolean isUnauthenticated(RoutingContext context, Throwable failure) {
        return failure instanceof AuthenticationFailedException
                || failure instanceof AuthenticationCompletionException
                || failure instanceof UnauthorizedException
                || (failure == null && context.statusCode() == 401);
    }
}
