package vn.dti.ranking.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.common.annotation.Blocking;
import vn.dti.ranking.service.ScoreIntake;

/**
 * Applies {@code ScoresComputed} events once each. A record that cannot be read fails and goes to
 * the dead-letter topic (see application.properties) instead of blocking the partition.
 */
@ApplicationScoped
public class ScoreEventsConsumer {

    private static final Logger LOG = Logger.getLogger(ScoreEventsConsumer.class);

    @Inject
    ObjectMapper json;

    @Inject
    ProcessedEvents processed;

    @Inject
    ScoreIntake intake;

    @Incoming("score-events")
    @Blocking
    @Transactional
    public void onEvent(String record) {
        IncomingEvent event = IncomingEvent.parse(record, json);
        if (!ScoresComputed.TYPE.equals(event.type())) {
            return;
        }
        ScoresComputed scores = event.payloadAs(ScoresComputed.class, json);
        if (!scores.missingFields().isEmpty()) {
            throw new IllegalArgumentException("ScoresComputed " + event.eventId() + " lacks " + scores.missingFields());
        }
        if (!processed.firstDelivery(event.eventId(), event.type())) {
            LOG.debugf("ScoresComputed %s already applied", event.eventId());
            return;
        }
        intake.accept(event.eventId(), scores);
    }
}
