package vn.dti.platform.problem;

import java.util.List;

/** Thrown for a rule a request breaks; answered as problem+json by {@link ProblemMappers}. */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, List.of());
    }

    public ProblemException(ProblemType type, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.problem = Problem.of(type, detail).withErrors(errors);
    }

    public ProblemException(int status, String title, String detail) {
        this(status, title, detail, List.of());
    }

    public ProblemException(int status, String title, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.problem = Problem.of(status, title, detail).withErrors(errors);
    }

    public Problem problem() {
        return problem;
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(ProblemType.NOT_FOUND, what + " does not exist or is not visible to you");
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(ProblemType.FORBIDDEN, detail);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(ProblemType.CONFLICT, detail);
    }

    public static ProblemException preconditionFailed(String detail) {
        return new ProblemException(ProblemType.PRECONDITION_FAILED, detail);
    }

    public static ProblemException tooLarge(String detail) {
        return new ProblemException(ProblemType.TOO_LARGE, detail);
    }

    /** 422: a well-formed request breaks a rule of the named field. */
    public static ProblemException invalid(String field, String message) {
        return new ProblemException(ProblemType.VALIDATION, "The request breaks a rule",
                List.of(new Problem.FieldError(field, message)));
    }

    public static ProblemException invalid(List<Problem.FieldError> errors) {
        return new ProblemException(ProblemType.VALIDATION, "The request breaks a rule", errors);
    }

    /** 400: the named field or parameter cannot be read at all (wrong type, format, characters). */
    public static ProblemException malformed(String field, String message) {
        return new ProblemException(ProblemType.MALFORMED, field + ": " + message,
                List.of(new Problem.FieldError(field, message)));
    }
}
