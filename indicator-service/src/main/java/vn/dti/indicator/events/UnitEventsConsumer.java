package vn.dti.indicator.events;

import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.reactive.messaging.annotations.Blocking;
import vn.dti.indicator.repository.UnitInfo;
import vn.dti.indicator.service.UnitDirectory;
import vn.dti.platform.events.EventHandler;
import vn.dti.platform.events.EventProcessor;
import vn.dti.platform.events.IncomingEvent;
import vn.dti.platform.events.UnreadableEventException;

/**
 * Keeps this service's copy of unit names, levels, groups and provinces current; a unit that moves
 * to another peer group (or province) has both groups rescored through {@link RescoreRequests}.
 */
@ApplicationScoped
public class UnitEventsConsumer implements EventHandler {

    static final String CHANNEL = "unit-events";

    @Inject
    ObjectMapper json;

    @Inject
    EventProcessor processor;

    @Inject
    UnitDirectory units;

    @Inject
    RescoreRequests rescores;

    @Incoming(CHANNEL)
    @Blocking(ordered = true)
    public void onUnitEvent(String record) {
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
        UnitInfo before = UnitInfo.findById(change.unitCode());
        units.apply(change);
        if (before != null && before.group != null && (!Objects.equals(before.group, change.group())
                || !Objects.equals(before.province, change.province()))) {
            rescores.forGroupOf(change.unitCode(), before.province, before.group, change.unitCode() + " left the group");
            rescores.forGroupOf(change.unitCode(), change.province(), change.group(),
                    change.unitCode() + " joined the group");
        }
    }
}
