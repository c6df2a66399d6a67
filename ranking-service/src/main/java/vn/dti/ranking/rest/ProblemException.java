package vn.dti.ranking.rest;

import java.util.List;

/**
 * Thrown by services for a rule a request breaks; mapped to problem+json by {@link ProblemMappers}.
 */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(int status, String title, String detail) {
        super(detail);
        this.problem = Problem.of(status, title, detail);
    }

    public ProblemException(int status, String title, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.problem = Problem.of(status, title, detail).withErrors(errors);
    }

    public Problem problem() {
        return problem;
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(404, "Không tìm thấy / Not found", what + " does not exist or is not visible to you");
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "Không được phép / Forbidden", detail);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "Xung đột trạng thái / Conflict", detail);
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(422, "Dữ liệu không hợp lệ / Validation failed", "The request breaks a rule",
                List.of(new Problem.FieldError(field, message)));
    }
}
