package vn.dti.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import vn.dti.gateway.audit.AuditMerge;

class AuditMergeTest {

    @Test
    void thePartsOfEveryServiceAreMergedNewestFirstAndPaged() {
        JsonObject report = part(3, line("report-service", 7, "2025-07-01T10:00:00Z"), line("report-service", 6, "2025-07-01T08:00:00Z"));
        JsonObject ranking = part(1, line("ranking-service", 2, "2025-07-01T09:00:00Z"));
        JsonObject indicator = part(0);

        JsonObject first = AuditMerge.merge(List.of(report, indicator, ranking), 0, 2);
        assertEquals(List.of(7L, 2L), ids(first));
        assertEquals(4L, first.getLong("total"));

        JsonObject second = AuditMerge.merge(List.of(report, indicator, ranking), 1, 2);
        assertEquals(List.of(6L), ids(second));
        assertEquals(1, second.getInteger("page"));
    }

    private static List<Long> ids(JsonObject page) {
        return page.getJsonArray("items").stream().map(item -> ((JsonObject) item).getLong("id")).toList();
    }

    private static JsonObject part(long total, JsonObject... lines) {
        return new JsonObject().put("items", new JsonArray(List.of((Object[]) lines))).put("total", total);
    }

    private static JsonObject line(String service, long id, String at) {
        return new JsonObject().put("service", service).put("id", id).put("at", at);
    }
}
