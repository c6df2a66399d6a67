package vn.dti.report.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.scheduler.Scheduled;
import vn.dti.report.repository.IdempotencyRecord;
import vn.dti.platform.problem.ProblemException;
import vn.dti.report.security.CallerScope;

/**
 * Makes a write safe to retry: the first answer to an {@code Idempotency-Key} is stored in the
 * same transaction as the write, and a retry with the same key and request gets it again instead
 * of a second report. Keys belong to the caller and are kept for a day.
 */
@ApplicationScoped
public class Idempotency {

    private static final Duration RETENTION = Duration.ofHours(24);

    /** What a write answered: status, body, and where the created resource lives. */
    public record Outcome(int status, Object body, String location) {
    }

    /** A replayed answer: the stored JSON body as it was first sent. */
    public record Replay(int status, String json, String location) {
    }

    @Inject
    CallerScope caller;

    @Inject
    ObjectMapper json;

    /**
     * Runs {@code write} once per key; without a key it simply runs. Returns either the fresh
     * outcome or the replay of the first one.
     */
    @Transactional
    public Object once(String key, String method, String path, Object request, Supplier<Outcome> write) {
        if (key == null || key.isBlank()) {
            return write.get();
        }
        if (key.length() > 128) {
            throw ProblemException.invalid("Idempotency-Key", "must be at most 128 characters");
        }
        String fingerprint = fingerprint(method, path, request);
        Optional<IdempotencyRecord> earlier = IdempotencyRecord.find("actor = ?1 and key = ?2", caller.userName(), key)
                .firstResultOptional();
        if (earlier.isPresent()) {
            return replay(earlier.get(), fingerprint);
        }
        Outcome outcome = write.get();
        store(key, fingerprint, outcome);
        return outcome;
    }

    @Scheduled(every = "1h", delayed = "1m")
    @Transactional
    void forgetOldKeys() {
        IdempotencyRecord.delete("createdAt < ?1", Instant.now().minus(RETENTION));
    }

    private Replay replay(IdempotencyRecord record, String fingerprint) {
        if (!record.fingerprint.equals(fingerprint)) {
            throw new ProblemException(422, "Khóa đã dùng cho yêu cầu khác / Idempotency-Key reused",
                    "This Idempotency-Key was already used for a different request");
        }
        return new Replay(record.status, record.body, record.location);
    }

    private void store(String key, String fingerprint, Outcome outcome) {
        IdempotencyRecord record = new IdempotencyRecord();
        record.actor = caller.userName();
        record.key = key;
        record.fingerprint = fingerprint;
        record.status = outcome.status();
        record.body = toJson(outcome.body());
        record.location = outcome.location();
        record.createdAt = Instant.now();
        record.persist();
    }

    private String fingerprint(String method, String path, Object request) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((method + " " + path + "\n").getBytes(StandardCharsets.UTF_8));
            sha.update(toJson(request).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
