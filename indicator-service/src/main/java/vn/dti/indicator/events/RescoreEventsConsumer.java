package vn.dti.indicator.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.reactive.messaging.annotations.Blocking;
import vn.dti.indicator.service.ScoringService;
import vn.dti.platform.events.EventHandler;
import vn.dti.platform.events.EventProcessor;
import vn.dti.platform.events.IncomingEvent;
import vn.dti.platform.events.UnreadableEventException;

/** Rescores the peer groups (or single units) that {@link RescoreRequests} asked for, once per request. */
@ApplicationScoped
public class RescoreEventsConsumer implements EventHandler {

    static final String CHANNEL = "rescore-in";
    private static final Logger LOG = Logger.getLogger(RescoreEventsConsumer.class);

    @Inject
    ObjectMapper json;

    @Inject
    EventProcessor processor;

    @Inject
    ScoringService scoring;

    @Incoming(CHANNEL)
    @Blocking(ordered = true)
    public void onRescore(String record) {
        processor.process(CHANNEL, record);
    }

    @Override
    public String channel() {
        return CHANNEL;
    }

    @Override
    public boolean handles(String type) {
        return RescoreRequested.TYPE.equals(type);
    }

    @Override
    public void apply(IncomingEvent event) {
        RescoreRequested request = event.payloadAs(RescoreRequested.class, json);
        if (request.province() == null || request.group() == null || request.period() == null) {
            throw new UnreadableEventException(event.type() + " " + event.eventId() + " lacks province, group or period");
        }
        if (request.unitCode() != null) {
            scoring.recomputeFinal(request.unitCode(), request.period());
            LOG.infof("%s %s (%s): FINAL recomputed", request.unitCode(), request.period(), request.reason());
            return;
        }
        int rescored = scoring.recomputeGroup(request.province(), request.group(), request.period());
        LOG.infof("%s %s %s (%s): %d score(s) recomputed", request.province(), request.group(), request.period(),
                request.reason(), rescored);
    }
}
