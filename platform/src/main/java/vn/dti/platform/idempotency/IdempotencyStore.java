package vn.dti.platform.idempotency;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The {@code idempotency_key} table every service keeps in its own database. Each method joins the
 * caller's transaction; {@link IdempotentWrites} decides which statements commit on their own.
 */
@ApplicationScoped
public class IdempotencyStore {

    /** A claim as stored: the request hash, when it was claimed, and the answer once there is one. */
    public record Entry(String requestHash, Instant claimedAt, Optional<StoredAnswer> answer) {
    }

    private static final String KEY_MATCH = " where subject = ? and method = ? and path = ? and idem_key = ?";

    @Inject
    DataSource dataSource;

    @Inject
    ObjectMapper json;

    /** INSERT … ON CONFLICT DO NOTHING: true when this request now owns the key. */
    public boolean claim(Claim claim) {
        return update("insert into idempotency_key (subject, method, path, idem_key, request_hash, claimed_at) "
                + "values (?, ?, ?, ?, ?, now()) on conflict do nothing", claim) == 1;
    }

    public Optional<Entry> find(Claim claim) {
        String sql = "select request_hash, claimed_at, status, headers, body from idempotency_key" + KEY_MATCH;
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            bindKey(statement, claim, 1);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                int status = row.getInt("status");
                Optional<StoredAnswer> answer = row.wasNull() ? Optional.empty()
                        : Optional.of(new StoredAnswer(status, headersOf(row.getString("headers")), row.getString("body")));
                return Optional.of(new Entry(row.getString("request_hash"), row.getTimestamp("claimed_at").toInstant(), answer));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading idempotency key failed", e);
        }
    }

    /** Takes over a claim left unfinished since {@code before} by an instance that crashed. */
    public boolean takeOver(Claim claim, Instant before) {
        String sql = "update idempotency_key set claimed_at = now(), request_hash = ?" + KEY_MATCH
                + " and status is null and claimed_at < ?";
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, claim.requestHash());
            bindKey(statement, claim, 2);
            statement.setTimestamp(6, Timestamp.from(before));
            return statement.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("taking over idempotency key failed", e);
        }
    }

    /** Stores the answer; called inside the write's transaction so both commit together. */
    public void complete(Claim claim, StoredAnswer answer) {
        String sql = "update idempotency_key set status = ?, headers = ?, body = ?, completed_at = now()" + KEY_MATCH;
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setInt(1, answer.status());
            statement.setString(2, toJson(answer.headers()));
            statement.setString(3, answer.body());
            bindKey(statement, claim, 4);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("storing idempotent answer failed", e);
        }
    }

    /** Frees a key whose first attempt failed, so a retry runs the write again. */
    public void release(Claim claim) {
        update("delete from idempotency_key" + KEY_MATCH + " and status is null", claim);
    }

    public int purge(Instant before) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("delete from idempotency_key where claimed_at < ?")) {
            statement.setTimestamp(1, Timestamp.from(before));
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("purging idempotency keys failed", e);
        }
    }

    private int update(String sql, Claim claim) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            int next = bindKey(statement, claim, 1);
            if (sql.startsWith("insert")) {
                statement.setString(next, claim.requestHash());
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("updating idempotency key failed", e);
        }
    }

    private static int bindKey(PreparedStatement statement, Claim claim, int first) throws SQLException {
        statement.setString(first, claim.subject());
        statement.setString(first + 1, claim.method());
        statement.setString(first + 2, claim.path());
        statement.setString(first + 3, claim.key());
        return first + 4;
    }

    private Map<String, String> headersOf(String stored) {
        try {
            return stored == null ? Map.of() : json.readValue(stored, new TypeReference<LinkedHashMap<String, String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String toJson(Map<String, String> headers) {
        try {
            return json.writeValueAsString(headers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
