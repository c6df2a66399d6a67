package vn.dti.indicator.events;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.reactive.messaging.annotations.Blocking;
import vn.dti.indicator.service.UnitDirectory;

/** Keeps this service's copy of unit names, levels, groups and provinces current. */
@ApplicationScoped
public class UnitEventsConsumer {

    @Inject
    ObjectMapper json;

    @Inject
    EventInbox inbox;

    @Inject
    UnitDirectory units;

    @Incoming("unit-events")
    @Blocking(ordered = true)
    @Transactional
    public void onUnitEvent(String message) throws JsonProcessingException {
        JsonNode envelope = json.readTree(message);
        String type = envelope.path("type").asText();
        if (!"UnitChanged".equals(type) || !inbox.firstDelivery(UUID.fromString(envelope.path("eventId").asText()), type)) {
            return;
        }
        units.apply(json.treeToValue(envelope.path("payload"), UnitChanged.class));
    }
}
