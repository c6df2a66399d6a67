package vn.dti.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.vertx.core.json.JsonObject;
import vn.dti.gateway.openapi.OpenApiMerger;

class OpenApiMergerTest {

    @Test
    void operationsOfOnePathFromTwoServicesAreKeptTogether() {
        JsonObject merged = merge(
                document("/api/v1/units", "get", "Problem", "report"),
                document("/api/v1/units", "post", "Problem", "other"));
        JsonObject units = merged.getJsonObject("paths").getJsonObject("/api/v1/units");
        assertTrue(units.containsKey("get") && units.containsKey("post"));
    }

    @Test
    void aComponentNamedTwiceIsTakenOnceFromTheFirstService() {
        JsonObject merged = merge(
                document("/api/v1/units", "get", "Problem", "report"),
                document("/api/v1/scores", "get", "Problem", "indicator"));
        JsonObject problem = merged.getJsonObject("components").getJsonObject("schemas").getJsonObject("Problem");
        assertEquals("report", problem.getString("description"));
        assertEquals(1, merged.getJsonObject("components").getJsonObject("schemas").size());
    }

    @Test
    void declaresTheBearerAndOidcSchemesAndNamesMissingServices() {
        JsonObject merged = OpenApiMerger.merge(Map.of("report-service", document("/api/v1/units", "get", "Problem", "report")),
                List.of("ranking-service"), Optional.of("https://sso.example/realms/dti/.well-known/openid-configuration"));
        JsonObject schemes = merged.getJsonObject("components").getJsonObject("securitySchemes");
        assertEquals("bearer", schemes.getJsonObject("bearer").getString("scheme"));
        assertEquals("openIdConnect", schemes.getJsonObject("oidc").getString("type"));
        assertEquals(List.of("ranking-service"), merged.getJsonArray("x-missing-services").getList());
        assertTrue(merged.getJsonObject("info").getString("description").contains("ranking-service"));
    }

    private static JsonObject merge(JsonObject first, JsonObject second) {
        Map<String, JsonObject> documents = new LinkedHashMap<>();
        documents.put("first", first);
        documents.put("second", second);
        return OpenApiMerger.merge(documents, List.of(), Optional.empty());
    }

    private static JsonObject document(String path, String method, String schema, String description) {
        return new JsonObject()
                .put("openapi", "3.1.0")
                .put("paths", new JsonObject().put(path, new JsonObject().put(method, new JsonObject().put("summary", description))))
                .put("components", new JsonObject().put("schemas",
                        new JsonObject().put(schema, new JsonObject().put("type", "object").put("description", description))));
    }
}
