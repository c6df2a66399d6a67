package vn.dti.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.vertx.core.json.JsonObject;
import vn.dti.gateway.openapi.ConflictingDocumentsException;
import vn.dti.gateway.openapi.OpenApiMerger;

class OpenApiMergerTest {

    @Test
    void operationsOfOnePathFromTwoServicesAreKeptTogether() {
        JsonObject merged = merge(
                document("/api/v1/units", "get", "Problem", "same"),
                document("/api/v1/units", "post", "Problem", "same"));
        JsonObject units = merged.getJsonObject("paths").getJsonObject("/api/v1/units");
        assertTrue(units.containsKey("get") && units.containsKey("post"));
    }

    @Test
    void aComponentNamedTwiceWithTheSameContentIsTakenOnce() {
        JsonObject merged = merge(
                document("/api/v1/units", "get", "Problem", "same"),
                document("/api/v1/scores", "get", "Problem", "same"));
        assertEquals(1, merged.getJsonObject("components").getJsonObject("schemas").size());
    }

    @Test
    void aSchemaNameClashWithDifferentContentFailsTheMergeNamingTheSchema() {
        ConflictingDocumentsException clash = assertThrows(ConflictingDocumentsException.class, () -> merge(
                document("/api/v1/reports/{id}/versions", "get", "VersionView", "report"),
                document("/api/v1/frameworks", "get", "VersionView", "indicator")));
        assertEquals(1, clash.conflicts().size());
        assertTrue(clash.conflicts().get(0).contains("components.schemas.VersionView of second"), clash.conflicts().get(0));
    }

    @Test
    void anUnresolvedReferenceFailsTheMerge() {
        JsonObject first = document("/api/v1/units", "get", "Problem", "same");
        first.getJsonObject("paths").getJsonObject("/api/v1/units").getJsonObject("get")
                .put("responses", new JsonObject().put("200", new JsonObject().put("description", "OK")
                        .put("content", new JsonObject().put("application/json", new JsonObject()
                                .put("schema", new JsonObject().put("$ref", "#/components/schemas/UnitView"))))));
        ConflictingDocumentsException unresolved = assertThrows(ConflictingDocumentsException.class,
                () -> merge(first, document("/api/v1/scores", "get", "Problem", "same")));
        assertEquals(List.of("$ref #/components/schemas/UnitView resolves to nothing in the merged document"), unresolved.conflicts());
    }

    @Test
    void anOperationIdUsedByTwoOperationsFailsTheMerge() {
        JsonObject first = document("/api/v1/units", "get", "Problem", "same");
        JsonObject second = document("/api/v1/scores", "get", "Problem", "same");
        first.getJsonObject("paths").getJsonObject("/api/v1/units").getJsonObject("get").put("operationId", "list");
        second.getJsonObject("paths").getJsonObject("/api/v1/scores").getJsonObject("get").put("operationId", "list");
        ConflictingDocumentsException duplicate = assertThrows(ConflictingDocumentsException.class, () -> merge(first, second));
        assertTrue(duplicate.conflicts().get(0).startsWith("operationId list of GET /api/v1/scores"), duplicate.conflicts().get(0));
    }

    @Test
    void declaresTheBearerAndOidcSchemesServersAndNamesMissingServices() {
        JsonObject merged = OpenApiMerger.merge(Map.of("report-service", document("/api/v1/units", "get", "Problem", "report")),
                List.of("ranking-service"), Optional.of("https://sso.example/realms/dti/.well-known/openid-configuration"));
        JsonObject schemes = merged.getJsonObject("components").getJsonObject("securitySchemes");
        assertEquals("bearer", schemes.getJsonObject("bearer").getString("scheme"));
        assertEquals("openIdConnect", schemes.getJsonObject("oidc").getString("type"));
        assertEquals(List.of("ranking-service"), merged.getJsonArray("x-missing-services").getList());
        assertTrue(merged.getJsonObject("info").getString("description").contains("ranking-service"));
        assertEquals("/", merged.getJsonArray("servers").getJsonObject(0).getString("url"));
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
