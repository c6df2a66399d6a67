package vn.dti.platform.problem;

import java.sql.SQLException;

/**
 * The database's own checks as the last line: a value it cannot store (SQLSTATE class 22: too long,
 * out of range, NUL byte) is the client's input, 422; a unique-key race is 409; nothing was written.
 */
final class DatabaseProblems {

    private DatabaseProblems() {
    }

    static Problem of(Throwable e) {
        SQLException sql = ProblemMappers.sqlCauseOf(e);
        if (sql == null || sql.getSQLState() == null) {
            return null;
        }
        String state = sql.getSQLState();
        if (state.startsWith("22")) {
            return Problem.of(ProblemType.VALIDATION,
                    "A value is too long, out of range or contains characters that cannot be stored; nothing was saved");
        }
        if (state.equals("23514") || state.equals("23502")) {
            return Problem.of(ProblemType.VALIDATION, "A value breaks a rule of the stored data; nothing was saved");
        }
        if (state.startsWith("23")) {
            return Problem.of(ProblemType.CONFLICT, "A concurrent request changed the same data; read it again and retry");
        }
        if (state.equals("40001") || state.equals("40P01")) {
            return Problem.of(ProblemType.CONFLICT, "A concurrent request changed the same data; retry");
        }
        return null;
    }
}
