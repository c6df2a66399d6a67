package vn.dti.gateway.support;

import java.util.List;
import java.util.Map;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** Small OpenAPI documents shaped like the ones the services serve, all sharing a Problem schema. */
public final class FakeOpenApi {

    public static final Map<String, List<String>> PATHS = Map.of(
            "report", List.of("/api/v1/units", "/api/v1/reports", "/api/v1/reports/{id}/submit"),
            "indicator", List.of("/api/v1/frameworks", "/api/v1/scores/{unitCode}/{period}"),
            "ranking", List.of("/api/v1/rankings", "/api/v1/public/rankings", "/api/v1/units/{unitCode}/rank-history"));

    private FakeOpenApi() {
    }

    static String documentOf(String service) {
        JsonObject paths = new JsonObject();
        PATHS.get(service).forEach(path -> paths.put(path, new JsonObject().put("get",
                new JsonObject().put("tags", new JsonArray().add(service)).put("operationId", service + path)
                        .put("responses", new JsonObject().put("200", new JsonObject().put("description", "OK"))))));
        JsonObject schemas = new JsonObject()
                .put("Problem", new JsonObject().put("type", "object"))
                .put(capitalized(service) + "View", new JsonObject().put("type", "object"));
        return new JsonObject()
                .put("openapi", "3.1.0")
                .put("info", new JsonObject().put("title", service + "-service API").put("version", "1.0"))
                .put("tags", new JsonArray().add(new JsonObject().put("name", service)))
                .put("paths", paths)
                .put("components", new JsonObject().put("schemas", schemas))
                .encode();
    }

    private static String capitalized(String service) {
        return Character.toUpperCase(service.charAt(0)) + service.substring(1);
    }
}
