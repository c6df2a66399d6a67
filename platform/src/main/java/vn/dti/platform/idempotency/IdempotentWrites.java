package vn.dti.platform.idempotency;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;

/**
 * Makes a write safe to retry with an {@code Idempotency-Key}. The key (per caller, method and path)
 * is claimed in its own committed row before the write runs; the write and its answer then commit
 * together. A concurrent twin waits for that answer and replays it (status, body, ETag, Location);
 * a first attempt that fails frees the key. The same key with another body answers 422.
 */
@ApplicationScoped
public class IdempotentWrites {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";
    static final int MAX_KEY_LENGTH = 255;

    @Inject
    IdempotencyStore store;

    @Inject
    IdempotencyConfig config;

    @Inject
    SecurityIdentity identity;

    @Inject
    HttpServerRequest request;

    @Inject
    ObjectMapper json;

    /** Runs {@code write} once per key; {@code body} is the request as received (hashed, never stored). */
    public Response run(Object body, Supplier<Response> write) {
        String key = request.getHeader(HEADER);
        if (key == null || key.isBlank()) {
            return write.get();
        }
        if (key.length() > MAX_KEY_LENGTH) {
            return Problems.invalidKey(request.path(), "must be at most " + MAX_KEY_LENGTH + " characters");
        }
        Claim claim = new Claim(subject(), request.method().name(), request.path(), key, RequestHash.of(bytesOf(body)));
        return claimThenWrite(claim, write);
    }

    private Response claimThenWrite(Claim claim, Supplier<Response> write) {
        Instant giveUp = Instant.now().plus(config.twinWait());
        while (true) {
            if (QuarkusTransaction.requiringNew().call(() -> store.claim(claim))) {
                return firstAttempt(claim, write);
            }
            Optional<IdempotencyStore.Entry> entry = QuarkusTransaction.requiringNew().call(() -> store.find(claim));
            if (entry.isEmpty()) {
                continue;
            }
            if (!entry.get().requestHash().equals(claim.requestHash())) {
                return Problems.keyReused(claim.path());
            }
            if (entry.get().answer().isPresent()) {
                return replay(entry.get().answer().get());
            }
            Instant abandoned = Instant.now().minus(config.abandonedAfter());
            if (entry.get().claimedAt().isBefore(abandoned)
                    && QuarkusTransaction.requiringNew().call(() -> store.takeOver(claim, abandoned))) {
                return firstAttempt(claim, write);
            }
            if (Instant.now().isAfter(giveUp)) {
                return Problems.stillInProgress(claim.path());
            }
            pause();
        }
    }

    private Response firstAttempt(Claim claim, Supplier<Response> write) {
        StoredAnswer answer;
        try {
            answer = QuarkusTransaction.requiringNew().call(() -> {
                StoredAnswer fresh = answerOf(write.get());
                if (succeeded(fresh)) {
                    store.complete(claim, fresh);
                }
                return fresh;
            });
        } catch (RuntimeException e) {
            release(claim);
            throw e;
        }
        if (!succeeded(answer)) {
            release(claim);
        }
        return toResponse(answer).build();
    }

    private void release(Claim claim) {
        QuarkusTransaction.requiringNew().run(() -> store.release(claim));
    }

    private static boolean succeeded(StoredAnswer answer) {
        return answer.status() < 400;
    }

    private StoredAnswer answerOf(Response response) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : StoredAnswer.REPLAYED_HEADERS) {
            String value = response.getHeaderString(name);
            if (value != null) {
                headers.put(name, value);
            }
        }
        headers.putIfAbsent("Content-Type", MediaType.APPLICATION_JSON);
        Object entity = response.getEntity();
        String body = entity == null ? null : entity instanceof String text ? text : new String(bytesOf(entity),
                java.nio.charset.StandardCharsets.UTF_8);
        return new StoredAnswer(response.getStatus(), headers, body);
    }

    private static Response replay(StoredAnswer answer) {
        return toResponse(answer).header(REPLAYED, "true").build();
    }

    private static Response.ResponseBuilder toResponse(StoredAnswer answer) {
        Response.ResponseBuilder builder = Response.status(answer.status());
        if (answer.body() != null) {
            builder.entity(answer.body());
        }
        answer.headers().forEach(builder::header);
        return builder;
    }

    private String subject() {
        return identity == null || identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    private byte[] bytesOf(Object body) {
        if (body instanceof byte[] bytes) {
            return bytes;
        }
        try {
            return json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void pause() {
        try {
            Thread.sleep(config.pollInterval().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the first attempt", e);
        }
    }

    /** The problems this mechanism answers itself, shaped like every service's Problem body. */
    static final class Problems {

        private static final String PROBLEM_JSON = "application/problem+json";

        private Problems() {
        }

        static Response invalidKey(String path, String message) {
            return problem(422, "Khóa lặp lại không hợp lệ / Invalid Idempotency-Key", "Idempotency-Key " + message, path,
                    List.of(Map.of("field", HEADER, "message", message)));
        }

        static Response keyReused(String path) {
            return problem(422, "Khóa đã dùng cho yêu cầu khác / Idempotency-Key reused",
                    "This Idempotency-Key was already used for a different request body", path,
                    List.of(Map.of("field", HEADER, "message", "was already used for a different request body")));
        }

        static Response stillInProgress(String path) {
            return Response.fromResponse(problem(409, "Yêu cầu đang được xử lý / Request in progress",
                    "The first request with this Idempotency-Key has not finished yet; retry later", path, List.of()))
                    .header("Retry-After", "1").build();
        }

        private static Response problem(int status, String title, String detail, String path, List<Map<String, String>> errors) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("type", "https://dti.gov.vn/problems/" + status);
            body.put("title", title);
            body.put("status", status);
            body.put("detail", detail);
            body.put("instance", path);
            if (!errors.isEmpty()) {
                body.put("errors", errors);
            }
            return Response.status(status).type(PROBLEM_JSON).entity(body).build();
        }
    }
}
