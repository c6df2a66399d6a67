package vn.dti.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.vertx.core.json.JsonObject;
import vn.dti.gateway.openapi.DocumentFormat;
import vn.dti.gateway.openapi.OpenApiMerger;

/**
 * Merges the documents the services stored when they were built (quarkus.smallrye-openapi
 * .store-schema-directory) exactly as the gateway does at run time, fails on any clash or
 * unresolved reference, and writes the merged document to target/openapi/ for the clients that
 * e2e-tests generates from it.
 */
class SuiteApiDocumentExportTest {

    private static final List<String> SERVICES = List.of("report-service", "indicator-service", "ranking-service");
    private static final Path OUT = Path.of("target", "openapi");

    @Test
    void theServicesDocumentsMergeWithoutClashesAndEveryOperationIsComplete() throws IOException {
        Map<String, JsonObject> documents = new LinkedHashMap<>();
        for (String service : SERVICES) {
            Path stored = Path.of("..", service, "target", "openapi", "openapi.json");
            assumeTrue(Files.exists(stored), "build " + service + " first (./mvnw verify builds it before the gateway)");
            documents.put(service, new JsonObject(Files.readString(stored)));
        }
        JsonObject merged = OpenApiMerger.merge(documents, List.of(), Optional.empty());

        List<String> incomplete = new ArrayList<>();
        merged.getJsonObject("paths").forEach(path -> ((JsonObject) path.getValue()).forEach(entry -> {
            JsonObject operation = (JsonObject) entry.getValue();
            String where = entry.getKey().toUpperCase() + " " + path.getKey();
            JsonObject responses = operation.getJsonObject("responses", new JsonObject());
            if (operation.getString("operationId") == null) {
                incomplete.add(where + ": no operationId");
            }
            if (responses.fieldNames().stream().noneMatch(code -> code.startsWith("2") && responses.getJsonObject(code).containsKey("content"))
                    && !responses.containsKey("204")) {
                incomplete.add(where + ": no success schema");
            }
            if (responses.fieldNames().stream().noneMatch(code -> code.startsWith("4"))) {
                incomplete.add(where + ": no 4xx problem");
            }
        }));
        assertEquals(List.of(), incomplete);
        assertTrue(merged.getJsonArray("tags").stream().map(JsonObject.class::cast)
                .allMatch(tag -> tag.getString("name").matches("[a-z-]+") && tag.getString("description") != null));

        Files.createDirectories(OUT);
        Files.write(OUT.resolve("dti-suite.json"), DocumentFormat.JSON.write(merged).getBytes());
        Files.write(OUT.resolve("dti-suite.yaml"), DocumentFormat.YAML.write(merged).getBytes());
    }
}
