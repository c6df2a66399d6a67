package vn.dti.gateway.audit;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * Merges the services' parts of {@code GET /api/v1/audit} into one page: every part holds the
 * first {@code (page + 1) * size} lines of its service, newest first, so the merged page is exact.
 */
public final class AuditMerge {

    /** The most lines one service answers per request; deeper pages must narrow the time span. */
    public static final int MAX_WINDOW = 500;

    private static final Comparator<JsonObject> NEWEST_FIRST = Comparator
            .comparing((JsonObject line) -> instant(line.getString("at"))).reversed()
            .thenComparing(line -> line.getString("service", ""))
            .thenComparing(Comparator.comparingLong((JsonObject line) -> line.getLong("id", 0L)).reversed());

    private AuditMerge() {
    }

    private static Instant instant(String text) {
        try {
            return text == null ? Instant.EPOCH : Instant.parse(text);
        } catch (DateTimeParseException e) {
            return Instant.EPOCH;
        }
    }

    public static JsonObject merge(List<JsonObject> parts, int page, int size) {
        List<JsonObject> lines = new ArrayList<>();
        long total = 0;
        for (JsonObject part : parts) {
            total += part.getLong("total", 0L);
            part.getJsonArray("items", new JsonArray()).forEach(item -> lines.add((JsonObject) item));
        }
        lines.sort(NEWEST_FIRST);
        int from = Math.min(page * size, lines.size());
        int to = Math.min(from + size, lines.size());
        return new JsonObject().put("items", new JsonArray(new ArrayList<>(lines.subList(from, to))))
                .put("page", page).put("size", size).put("total", total);
    }
}
