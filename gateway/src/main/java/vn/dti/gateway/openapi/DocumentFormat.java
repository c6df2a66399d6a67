package vn.dti.gateway.openapi;

import java.util.Locale;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;

/** JSON or YAML, as the caller asks with {@code ?format=} or {@code Accept}; JSON otherwise. */
public enum DocumentFormat {
    JSON("application/json;charset=UTF-8"),
    YAML("application/yaml;charset=UTF-8");

    private static final ObjectMapper YAML_MAPPER = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS));

    private final String contentType;

    DocumentFormat(String contentType) {
        this.contentType = contentType;
    }

    public String contentType() {
        return contentType;
    }

    public static DocumentFormat requested(String formatParameter, String accept) {
        if (formatParameter != null) {
            String format = formatParameter.strip().toLowerCase(Locale.ROOT);
            return format.equals("yaml") || format.equals("yml") ? YAML : JSON;
        }
        if (accept == null) {
            return JSON;
        }
        String types = accept.toLowerCase(Locale.ROOT);
        boolean yaml = types.contains("yaml");
        boolean json = types.contains("json");
        return yaml && (!json || types.indexOf("yaml") < types.indexOf("json")) ? YAML : JSON;
    }

    public Buffer write(JsonObject document) {
        if (this == JSON) {
            return document.toBuffer();
        }
        try {
            return Buffer.buffer(YAML_MAPPER.writeValueAsBytes(YAML_MAPPER.readTree(document.encode())));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The API document cannot be written as YAML", e);
        }
    }
}
