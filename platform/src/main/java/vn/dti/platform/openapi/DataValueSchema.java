package vn.dti.platform.openapi;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * A value of a data element as clients send and read it: a number, a boolean or a
 * Vietnamese-formatted string ("64,39%", "1.234,5"). Jackson's {@code JsonNode}, which the services
 * bind such values to, would otherwise be described as an empty object.
 */
final class DataValueSchema {

    static final String NAME = "DataValue";
    private static final String JSON_NODE = "#/components/schemas/JsonNode";

    private DataValueSchema() {
    }

    static void replaceJsonNode(OpenAPI openAPI) {
        openAPI.getComponents().addSchema(NAME, schema());
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        if (!schemas.containsKey("JsonNode")) {
            return;
        }
        openAPI.getComponents().removeSchema("JsonNode");
        openAPI.getComponents().removeSchema("JsonNodeType");
        openAPI.getComponents().getSchemas().values().forEach(DataValueSchema::rewrite);
        if (openAPI.getPaths() != null) {
            openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
                if (operation.getRequestBody() != null) {
                    rewrite(operation.getRequestBody().getContent());
                }
                if (operation.getResponses() != null) {
                    operation.getResponses().getAPIResponses().values().forEach(response -> rewrite(response.getContent()));
                }
            }));
        }
    }

    private static void rewrite(Content content) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().forEach(mediaType -> rewrite(mediaType.getSchema()));
        }
    }

    private static void rewrite(Schema schema) {
        if (schema == null) {
            return;
        }
        if (JSON_NODE.equals(schema.getRef())) {
            schema.setRef(NAME);
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(DataValueSchema::rewrite);
        }
        rewrite(schema.getItems());
        if (schema.getAllOf() != null) {
            schema.getAllOf().forEach(DataValueSchema::rewrite);
        }
        if (schema.getAdditionalPropertiesSchema() != null) {
            rewrite(schema.getAdditionalPropertiesSchema());
        }
    }

    static Schema schema() {
        return OASFactory.createSchema()
                .description("Giá trị chỉ tiêu: số, đúng/sai hoặc chuỗi định dạng Việt Nam (\"64,39%\", \"1.234,5\") / "
                        + "An element's value: a number, a boolean or a Vietnamese-formatted string; null removes it")
                .oneOf(List.of(
                        OASFactory.createSchema().addType(Schema.SchemaType.NUMBER),
                        OASFactory.createSchema().addType(Schema.SchemaType.BOOLEAN),
                        OASFactory.createSchema().addType(Schema.SchemaType.STRING)))
                .example("64,39%");
    }
}
