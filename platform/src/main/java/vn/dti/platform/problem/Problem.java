package vn.dti.platform.problem;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem detail, the same in every service: {@code errors} lists the fields or
 * parameters that broke a rule.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public record FieldError(String field, String message) {
    }

    public static Problem of(ProblemType type, String detail) {
        return new Problem(type.uri(), type.title(), type.status(), detail, null, List.of());
    }

    /** A problem with a caller-chosen title ("Vietnamese / English"); the type still follows the status table. */
    public static Problem of(int status, String title, String detail) {
        ProblemType type = ProblemType.forStatus(status);
        return new Problem(type.uri(), title == null ? type.title() : title, status, detail, null, List.of());
    }

    public Problem withInstance(String path) {
        return new Problem(type, title, status, detail, path, errors);
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, instance, fieldErrors == null ? List.of() : fieldErrors);
    }

    public Problem withTitle(String newTitle) {
        return new Problem(type, newTitle, status, detail, instance, errors);
    }
}
