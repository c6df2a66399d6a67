package vn.dti.platform.events;

import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** An envelope read from Kafka (docs/events.md); its payload is read once the type is known. */
public record IncomingEvent(UUID eventId, String type, int schemaVersion, String key, JsonNode payload) {

    /** @throws UnreadableEventException for a record that is not an event envelope */
    public static IncomingEvent parse(String json, ObjectMapper mapper) {
        try {
            JsonNode root = json == null ? null : mapper.readTree(json);
            if (root == null || !root.hasNonNull("eventId") || !root.hasNonNull("type") || !root.has("payload")) {
                throw new UnreadableEventException("not an event envelope: eventId, type and payload are required");
            }
            return new IncomingEvent(UUID.fromString(root.get("eventId").asText()), root.get("type").asText(),
                    root.path("schemaVersion").asInt(1), root.path("key").asText(null), root.get("payload"));
        } catch (JsonProcessingException e) {
            throw new UnreadableEventException("not JSON: " + e.getOriginalMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new UnreadableEventException("eventId is not a UUID", e);
        }
    }

    /** @throws UnreadableEventException when the payload does not fit {@code type} */
    public <T> T payloadAs(Class<T> type, ObjectMapper mapper) {
        try {
            return mapper.treeToValue(payload, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new UnreadableEventException(this.type + " payload unreadable: " + e.getMessage(), e);
        }
    }
}
