package vn.dti.ranking.events;

import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** An envelope read from Kafka (docs/events.md); its payload is read once the type is known. */
public record IncomingEvent(UUID eventId, String type, int schemaVersion, String key, JsonNode payload) {

    /** @throws IllegalArgumentException for a record that is not an event envelope */
    public static IncomingEvent parse(String json, ObjectMapper mapper) {
        try {
            JsonNode root = mapper.readTree(json);
            if (root == null || !root.hasNonNull("eventId") || !root.hasNonNull("type") || !root.has("payload")) {
                throw new IllegalArgumentException("not an event envelope: eventId, type and payload are required");
            }
            return new IncomingEvent(UUID.fromString(root.get("eventId").asText()), root.get("type").asText(),
                    root.path("schemaVersion").asInt(1), root.path("key").asText(null), root.get("payload"));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
    }

    public <T> T payloadAs(Class<T> type, ObjectMapper mapper) {
        try {
            return mapper.treeToValue(payload, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(this.type + " payload unreadable: " + e.getOriginalMessage(), e);
        }
    }
}
