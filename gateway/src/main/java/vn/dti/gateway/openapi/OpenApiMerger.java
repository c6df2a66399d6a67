package vn.dti.gateway.openapi;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * Merges the services' OpenAPI documents into the one document clients read. Paths are already
 * the paths clients call ({@code /api/v1/...}); components with the same name are taken once
 * (the first service's wins); the gateway's bearer token scheme is declared for every operation
 * except the public ones.
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
        documents.values().forEach(document -> add(merged, document));
        declareSecurity(merged.getJsonObject("components"), openIdConnectUrl);
        markPublicOperations(merged.getJsonObject("paths"));
        return merged;
    }

    private static JsonObject info(Map<String, JsonObject> documents, List<String> missing) {
        String description = "One document for every service behind the gateway: " + String.join(", ", documents.keySet())
                + (missing.isEmpty() ? "." : ". Missing now (not answering) / Tạm thiếu: " + String.join(", ", missing) + ".");
        return new JsonObject().put("title", TITLE).put("version", "v1").put("description", description);
    }

    private static void add(JsonObject merged, JsonObject document) {
        document.getJsonObject("paths", new JsonObject()).forEach(path -> {
            JsonObject operations = merged.getJsonObject("paths").getJsonObject(path.getKey());
            if (operations == null) {
                merged.getJsonObject("paths").put(path.getKey(), ((JsonObject) path.getValue()).copy());
            } else {
                putAbsent(operations, (JsonObject) path.getValue());
            }
        });
        JsonObject components = merged.getJsonObject("components");
        document.getJsonObject("components", new JsonObject()).forEach(section -> {
            if (!components.containsKey(section.getKey())) {
                components.put(section.getKey(), new JsonObject());
            }
            putAbsent(components.getJsonObject(section.getKey()), (JsonObject) section.getValue());
        });
        addTags(merged.getJsonArray("tags"), document.getJsonArray("tags", new JsonArray()));
    }

    private static void putAbsent(JsonObject target, JsonObject source) {
        source.forEach(entry -> {
            if (!target.containsKey(entry.getKey())) {
                target.put(entry.getKey(), entry.getValue());
            }
        });
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
