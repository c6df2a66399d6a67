package vn.dti.ranking.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.common.annotation.Blocking;
import vn.dti.ranking.service.UnitDirectory;

/** Keeps unit names and successors (merges) from {@code UnitChanged}, once per event. */
@ApplicationScoped
public class UnitEventsConsumer {

    @Inject
    ObjectMapper json;

    @Inject
    ProcessedEvents processed;

    @Inject
    UnitDirectory units;

    @Incoming("unit-events")
    @Blocking
    @Transactional
    public void onEvent(String record) {
        IncomingEvent event = IncomingEvent.parse(record, json);
        if (!UnitChanged.TYPE.equals(event.type())) {
            return;
        }
        UnitChanged change = event.payloadAs(UnitChanged.class, json);
        if (change.unitCode() == null || change.unitCode().isBlank()) {
            throw new IllegalArgumentException("UnitChanged " + event.eventId() + " lacks unitCode");
        }
        if (processed.firstDelivery(event.eventId(), event.type())) {
            units.apply(change);
        }
    }
}
