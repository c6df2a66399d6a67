package vn.dti.gateway.openapi;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * Merges the services' OpenAPI documents into the one document clients read. Paths are already
 * the paths clients call ({@code /api/v1/...}); a component named by two services must be the
 * same in both, an operationId must be unique and every {@code $ref} must resolve, otherwise the
 * merge fails with {@link ConflictingDocumentsException} instead of silently dropping one; the
 * gateway's bearer token scheme is declared for every operation except the public ones.
 */
public final class OpenApiMerger {

    static final String TITLE = "DTI suite API — Báo cáo, chấm điểm, xếp hạng chuyển đổi số";
    private static final String PUBLIC_PATHS = "/api/v1/public/";

    private OpenApiMerger() {
    }

    /** @param documents each service's document by service name, in a stable order */
    public static JsonObject merge(Map<String, JsonObject> documents, List<String> missing, Optional<String> openIdConnectUrl) {
        JsonObject merged = new JsonObject()
                .put("openapi", documents.values().stream().map(doc -> doc.getString("openapi")).findFirst().orElse("3.0.3"))
                .put("info", info(documents, missing))
                .put("paths", new JsonObject())
                .put("components", new JsonObject())
                .put("tags", new JsonArray())
                .put("security", new JsonArray().add(new JsonObject().put("bearer", new JsonArray())))
                .put("x-missing-services", new JsonArray(missing));
        merged.put("servers", new JsonArray()
                .add(new JsonObject().put("url", "/").put("description", "Cổng API đã cung cấp tài liệu này / The gateway that served this document"))
                .add(new JsonObject().put("url", "http://localhost:8080").put("description", "Bộ chạy thử cục bộ / The local suite (deploy/local/up.sh)")));
        List<String> conflicts = new ArrayList<>();
        documents.forEach((service, document) -> add(merged, service, document, conflicts));
        declareSecurity(merged.getJsonObject("components"), openIdConnectUrl);
        markPublicOperations(merged.getJsonObject("paths"));
        conflicts.addAll(ReferenceCheck.unresolved(merged));
        conflicts.addAll(duplicateOperationIds(merged.getJsonObject("paths")));
        if (!conflicts.isEmpty()) {
            throw new ConflictingDocumentsException(conflicts);
        }
        return merged;
    }

    private static JsonObject info(Map<String, JsonObject> documents, List<String> missing) {
        String description = "One document for every service behind the gateway: " + String.join(", ", documents.keySet())
                + (missing.isEmpty() ? "." : ". Missing now (not answering) / Tạm thiếu: " + String.join(", ", missing) + ".");
        return new JsonObject().put("title", TITLE).put("version", "v1").put("description", description);
    }

    private static void add(JsonObject merged, String service, JsonObject document, List<String> conflicts) {
        document.getJsonObject("paths", new JsonObject()).forEach(path -> {
            JsonObject operations = merged.getJsonObject("paths").getJsonObject(path.getKey());
            if (operations == null) {
                merged.getJsonObject("paths").put(path.getKey(), ((JsonObject) path.getValue()).copy());
            } else {
                putUnique(operations, (JsonObject) path.getValue(), service, "paths." + path.getKey(), conflicts);
            }
        });
        JsonObject components = merged.getJsonObject("components");
        document.getJsonObject("components", new JsonObject()).forEach(section -> {
            if (!components.containsKey(section.getKey())) {
                components.put(section.getKey(), new JsonObject());
            }
            putUnique(components.getJsonObject(section.getKey()), (JsonObject) section.getValue(), service,
                    "components." + section.getKey(), conflicts);
        });
        addTags(merged.getJsonArray("tags"), document.getJsonArray("tags", new JsonArray()));
    }

    /** Adds what is new; the same name with different content is a conflict, never a silent choice. */
    private static void putUnique(JsonObject target, JsonObject source, String service, String where, List<String> conflicts) {
        source.forEach(entry -> {
            Object known = target.getValue(entry.getKey());
            if (known == null) {
                target.put(entry.getKey(), entry.getValue());
            } else if (!known.equals(entry.getValue())) {
                conflicts.add(where + "." + entry.getKey() + " of " + service + " differs from the one already merged; rename it at its source");
            }
        });
    }

    private static List<String> duplicateOperationIds(JsonObject paths) {
        Map<String, String> seen = new HashMap<>();
        List<String> duplicates = new ArrayList<>();
        paths.forEach(path -> ((JsonObject) path.getValue()).forEach(operation -> {
            if (operation.getValue() instanceof JsonObject details && details.getString("operationId") != null) {
                String where = operation.getKey().toUpperCase() + " " + path.getKey();
                String previous = seen.putIfAbsent(details.getString("operationId"), where);
                if (previous != null) {
                    duplicates.add("operationId " + details.getString("operationId") + " of " + where + " is already used by " + previous);
                }
            }
        }));
        return duplicates;
    }

    private static void addTags(JsonArray target, JsonArray source) {
        source.stream().map(JsonObject.class::cast)
                .filter(tag -> target.stream().map(JsonObject.class::cast).noneMatch(known -> known.getString("name").equals(tag.getString("name"))))
                .forEach(target::add);
    }

    private static void declareSecurity(JsonObject components, Optional<String> openIdConnectUrl) {
        JsonObject schemes = components.getJsonObject("securitySchemes", new JsonObject());
        schemes.put("bearer", new JsonObject().put("type", "http").put("scheme", "bearer").put("bearerFormat", "JWT")
                .put("description", "An access token from the Keycloak realm dti"));
        openIdConnectUrl.ifPresent(url -> schemes.put("oidc", new JsonObject().put("type", "openIdConnect").put("openIdConnectUrl", url)));
        components.put("securitySchemes", schemes);
    }

    private static void markPublicOperations(JsonObject paths) {
        paths.forEach(path -> {
            if (path.getKey().startsWith(PUBLIC_PATHS)) {
                JsonObject operations = (JsonObject) path.getValue();
                operations.forEach(operation -> {
                    if (operation.getValue() instanceof JsonObject details) {
                        details.put("security", new JsonArray());
                    }
                });
            }
        });
    }
}
