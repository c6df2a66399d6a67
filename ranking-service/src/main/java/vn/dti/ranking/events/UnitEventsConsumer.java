package vn.dti.ranking.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.reactive.messaging.annotations.Blocking;
import vn.dti.platform.events.EventHandler;
import vn.dti.platform.events.EventProcessor;
import vn.dti.platform.events.IncomingEvent;
import vn.dti.platform.events.UnreadableEventException;
import vn.dti.ranking.service.UnitDirectory;

/** Keeps unit names and successors (merges) from {@code UnitChanged}, once per event. */
@ApplicationScoped
public class UnitEventsConsumer implements EventHandler {

    static final String CHANNEL = "unit-events";

    @Inject
    ObjectMapper json;

    @Inject
    EventProcessor processor;

    @Inject
    UnitDirectory units;

    @Incoming(CHANNEL)
    @Blocking(ordered = true)
    public void onEvent(String record) {
        processor.process(CHANNEL, record);
    }

    @Override
    public String channel() {
        return CHANNEL;
    }

    @Override
    public boolean handles(String type) {
        return UnitChanged.TYPE.equals(type);
    }

    @Override
    public void apply(IncomingEvent event) {
        UnitChanged change = event.payloadAs(UnitChanged.class, json);
        if (change.unitCode() == null || change.unitCode().isBlank()) {
            throw new UnreadableEventException("UnitChanged " + event.eventId() + " lacks unitCode");
        }
        units.apply(change);
    }
}
