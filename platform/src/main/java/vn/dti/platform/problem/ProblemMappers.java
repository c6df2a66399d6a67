package vn.dti.platform.problem;

import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import vn.dti.platform.rest.ParameterRules;

/**
 * Turns every failure into an RFC 9457 {@code application/problem+json} answer with the status of
 * {@link ProblemType}; client input never answers 5xx.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri, HttpHeaders headers) {
        return ProblemResponses.of(e.problem(), uri, headers);
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri, HttpHeaders headers) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
        return ProblemResponses.of(Problem.of(ProblemType.VALIDATION, "The request breaks a rule").withErrors(errors),
                uri, headers);
    }

    /** Quarkus has its own (empty-bodied) mapper for this subtype; this one names the field instead. */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri, HttpHeaders headers) {
        return ProblemResponses.of(JsonProblems.of(e), uri, headers);
    }

    @ServerExceptionMapper
    public Response jsonMapping(JsonMappingException e, UriInfo uri, HttpHeaders headers) {
        ProblemException inner = causeOf(e, ProblemException.class);
        return ProblemResponses.of(inner != null ? inner.problem() : JsonProblems.of(e), uri, headers);
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e, UriInfo uri, HttpHeaders headers) {
        return ProblemResponses.of(JsonProblems.of(e), uri, headers);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri, HttpHeaders headers) {
        Response response = ProblemResponses.of(Problem.of(ProblemType.UNAUTHORIZED, "A valid bearer token is required"),
                uri, headers);
        response.getHeaders().add("WWW-Authenticate", "Bearer");
        return response;
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri, HttpHeaders headers) {
        return ProblemResponses.of(Problem.of(ProblemType.FORBIDDEN, "Your role does not allow this action"), uri, headers);
    }

    /** A query or path parameter that cannot be converted is a malformed request (400), not an unknown resource. */
    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri, HttpHeaders headers, ResourceInfo resource) {
        if (e.getCause() != null && resource != null && resource.getResourceMethod() != null) {
            ProblemException named = ParameterRules.firstViolation(resource.getResourceMethod(), uri);
            Problem problem = named != null ? named.problem()
                    : Problem.of(ProblemType.MALFORMED, "A query or path parameter has the wrong format");
            return ProblemResponses.of(problem, uri, headers);
        }
        return ProblemResponses.of(Problem.of(ProblemType.NOT_FOUND, "Nothing exists at this address"), uri, headers);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri, HttpHeaders headers) {
        JsonProcessingException json = causeOf(e, JsonProcessingException.class);
        if (json != null) {
            return malformedJson(json, uri, headers);
        }
        int status = e.getResponse().getStatus();
        ProblemType type = ProblemType.forStatus(status);
        Response response = ProblemResponses.of(Problem.of(status, type.title(), detailFor(type)), uri, headers);
        if (e instanceof NotAllowedException && e.getResponse().getHeaderString("Allow") != null) {
            response.getHeaders().add("Allow", e.getResponse().getHeaderString("Allow"));
        }
        return response;
    }

    /** Lost update between two writers of the same row: the same 412 as a stale If-Match. */
    @ServerExceptionMapper
    public Response staleWrite(jakarta.persistence.OptimisticLockException e, UriInfo uri, HttpHeaders headers) {
        return ProblemResponses.of(Problem.of(ProblemType.PRECONDITION_FAILED,
                "The resource changed while you were writing; read it again and retry"), uri, headers);
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e, UriInfo uri, HttpHeaders headers) {
        Problem fromDatabase = DatabaseProblems.of(e);
        if (fromDatabase != null) {
            LOG.debugf(e, "Database refused input on %s", uri.getPath());
            return ProblemResponses.of(fromDatabase, uri, headers);
        }
        ProblemException inner = causeOf(e, ProblemException.class);
        if (inner != null) {
            return ProblemResponses.of(inner.problem(), uri, headers);
        }
        LOG.error("Unexpected failure on " + uri.getPath(), e);
        return ProblemResponses.of(Problem.of(ProblemType.INTERNAL, "An unexpected error occurred"), uri, headers);
    }

    static String detailFor(ProblemType type) {
        return switch (type) {
            case METHOD_NOT_ALLOWED -> "This address does not support this HTTP method";
            case NOT_ACCEPTABLE -> "None of the media types in Accept can be produced here";
            case UNSUPPORTED_MEDIA_TYPE -> "The Content-Type of the body is not accepted here";
            case TOO_LARGE -> "The request body is larger than allowed";
            case NOT_FOUND -> "Nothing exists at this address";
            default -> type.titleEn();
        };
    }

    static <T extends Throwable> T causeOf(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    static SQLException sqlCauseOf(Throwable e) {
        return causeOf(e, SQLException.class);
    }

    /** The field as the client wrote it: "code", "values[2].value"; a query parameter by its name. */
    static String fieldOf(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (node.isInIterable() && node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        return field.isEmpty() ? parameter : field.toString();
    }
}
