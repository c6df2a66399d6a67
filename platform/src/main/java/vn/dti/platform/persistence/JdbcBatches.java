package vn.dti.platform.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import jakarta.persistence.EntityManager;

import org.hibernate.Session;

/**
 * Writes many rows with one prepared statement, sent to PostgreSQL in JDBC batches (with
 * {@code reWriteBatchedInserts} the driver turns them into multi-row inserts), inside the caller's
 * transaction, after the pending entity changes are flushed.
 */
public final class JdbcBatches {

    /** Rows sent to the database per round trip. */
    public static final int SIZE = 500;

    private JdbcBatches() {
    }

    /** Sets one row's parameters on the statement. */
    @FunctionalInterface
    public interface Binder<T> {
        void bind(PreparedStatement statement, T row) throws SQLException;
    }

    public static <T> void write(EntityManager entityManager, String sql, Iterable<T> rows, Binder<T> binder) {
        entityManager.flush();
        entityManager.unwrap(Session.class).doWork(connection -> write(connection, sql, rows, binder));
    }

    private static <T> void write(Connection connection, String sql, Iterable<T> rows, Binder<T> binder)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int pending = 0;
            for (T row : rows) {
                binder.bind(statement, row);
                statement.addBatch();
                if (++pending == SIZE) {
                    statement.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                statement.executeBatch();
            }
        }
    }
}
