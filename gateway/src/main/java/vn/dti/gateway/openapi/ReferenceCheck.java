package vn.dti.gateway.openapi;

import java.util.ArrayList;
import java.util.List;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** Finds every local {@code $ref} of a document that points at nothing. */
final class ReferenceCheck {

    private static final String LOCAL = "#/";

    private ReferenceCheck() {
    }

    static List<String> unresolved(JsonObject document) {
        List<String> missing = new ArrayList<>();
        visit(document, document, missing);
        return missing;
    }

    private static void visit(Object node, JsonObject document, List<String> missing) {
        if (node instanceof JsonObject object) {
            Object ref = object.getValue("$ref");
            if (ref instanceof String target && !resolves(document, target) && !missing.contains(unresolvedMessage(target))) {
                missing.add(unresolvedMessage(target));
            }
            object.forEach(entry -> visit(entry.getValue(), document, missing));
        } else if (node instanceof JsonArray array) {
            array.forEach(item -> visit(item, document, missing));
        }
    }

    private static boolean resolves(JsonObject document, String ref) {
        if (!ref.startsWith(LOCAL)) {
            return false;
        }
        Object current = document;
        for (String part : ref.substring(LOCAL.length()).split("/")) {
            String key = part.replace("~1", "/").replace("~0", "~");
            if (!(current instanceof JsonObject object) || !object.containsKey(key)) {
                return false;
            }
            current = object.getValue(key);
        }
        return true;
    }

    private static String unresolvedMessage(String ref) {
        return "$ref " + ref + " resolves to nothing in the merged document";
    }
}
