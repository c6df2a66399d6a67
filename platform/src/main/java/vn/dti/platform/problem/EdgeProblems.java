package vn.dti.platform.problem;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Failures raised below JAX-RS (a multipart body without its closing boundary, a body over the
 * limit, a malformed request line) get the same problem+json as everything else, not Quarkus'
 * error page; a broken body is the client's fault, 400.
 */
@Singleton
public class EdgeProblems {

    private static final Logger LOG = Logger.getLogger(EdgeProblems.class);

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::handle);
    }

    void handle(RoutingContext context) {
        if (context.response().headWritten() || context.response().ended()) {
            context.next();
            return;
        }
        Throwable failure = context.failure();
        int status = context.statusCode();
        ProblemException problemException = failure == null ? null : ProblemMappers.causeOf(failure, ProblemException.class);
        Problem problem;
        if (problemException != null) {
            problem = problemException.problem();
        } else if (status >= 400 && status < 500) {
            ProblemType type = ProblemType.forStatus(status);
            problem = Problem.of(status, type.title(), ProblemMappers.detailFor(type));
        } else if (failure != null && isBodyFailure(failure)) {
            problem = Problem.of(ProblemType.MALFORMED, "The request body could not be read (malformed or incomplete multipart or form data)");
        } else {
            Problem fromDatabase = failure == null ? null : DatabaseProblems.of(failure);
            if (fromDatabase == null) {
                context.next();
                return;
            }
            problem = fromDatabase;
        }
        if (problem.status() >= 500) {
            LOG.error("Failure on " + context.normalizedPath(), failure);
        }
        String title = ProblemResponses.localized(problem.title(), context.request().getHeader("Accept-Language"));
        context.response().setStatusCode(problem.status())
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .putHeader("Cache-Control", "no-store")
                .end(Json.encode(problem.withInstance(context.normalizedPath()).withTitle(title)));
    }

    private static boolean isBodyFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String name = t.getClass().getName();
            String message = String.valueOf(t.getMessage());
            if (name.contains("DecoderException") || name.contains("ErrorDataDecoderException")
                    || name.contains("EndOfDataDecoderException") || name.contains("NotEnoughDataDecoderException")
                    || message.contains("multipart") || message.contains("boundary")
                    || t instanceof IllegalStateException && message.contains("Request has already been read")
                    || t instanceof io.vertx.core.VertxException && message.contains("Connection was closed")) {
                return true;
            }
        }
        return false;
    }
}
