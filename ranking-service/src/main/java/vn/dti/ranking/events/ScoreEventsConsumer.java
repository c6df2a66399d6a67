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
import vn.dti.ranking.service.ScoreIntake;

/**
 * Applies {@code ScoresComputed} events once each ({@link EventProcessor}): an unavailable database
 * is waited out in place; a record that cannot be read becomes a dead letter an administrator can
 * replay, instead of blocking the partition.
 */
@ApplicationScoped
public class ScoreEventsConsumer implements EventHandler {

    static final String CHANNEL = "score-events";

    @Inject
    ObjectMapper json;

    @Inject
    EventProcessor processor;

    @Inject
    ScoreIntake intake;

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
        return ScoresComputed.TYPE.equals(type);
    }

    @Override
    public void apply(IncomingEvent event) {
        ScoresComputed scores = event.payloadAs(ScoresComputed.class, json);
        if (!scores.missingFields().isEmpty()) {
            throw new UnreadableEventException("ScoresComputed " + event.eventId() + " lacks " + scores.missingFields());
        }
        intake.accept(event.eventId(), scores);
    }
}
