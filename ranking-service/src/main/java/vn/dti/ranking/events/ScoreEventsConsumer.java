package vn.dti.ranking.events;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.annotations.Blocking;
import vn.dti.platform.events.EventInbox;
import vn.dti.platform.events.EventHandler;
import vn.dti.platform.events.EventProcessor;
import vn.dti.platform.events.IncomingEvent;
import vn.dti.platform.events.UnreadableEventException;
import vn.dti.ranking.service.ScoreIntake;

/**
 * Applies {@code ScoresComputed} events once each, a polled batch at a time; a failing batch goes
 * record by record through {@link EventProcessor}: an unavailable database is waited out in place;
 * a record that cannot be read becomes a dead letter an administrator can replay, instead of
 * blocking the partition.
 */
@ApplicationScoped
public class ScoreEventsConsumer implements EventHandler {

    static final String CHANNEL = "score-events";
    private static final Logger LOG = Logger.getLogger(ScoreEventsConsumer.class);

    @Inject
    ObjectMapper json;

    @Inject
    EventProcessor processor;

    @Inject
    ScoreIntake intake;

    @Inject
    EventInbox inbox;

    /**
     * A batch of records (the channel is consumed in batches) is applied in one transaction: one
     * inbox statement, batched score upserts, one refresh mark per peer group, one wake of the refresher. If the
     * batch fails for any reason it is rolled back whole and its records go one at a time through
     * {@link EventProcessor}, which retries transient failures in place and dead-letters unreadable
     * records; the inbox makes a record applied once either way.
     */
    @Incoming(CHANNEL)
    @Blocking(ordered = true)
    public void onEvents(List<String> records) {
        if (records.size() > 1) {
            try {
                QuarkusTransaction.requiringNew().run(() -> applyInBatch(records));
                return;
            } catch (RuntimeException batchFailed) {
                LOG.debugf("Batch of %d score events applied one by one: %s", records.size(), batchFailed.getMessage());
            }
        }
        records.forEach(record -> processor.process(CHANNEL, record));
    }

    private void applyInBatch(List<String> records) {
        Map<UUID, IncomingEvent> events = new LinkedHashMap<>();
        for (String record : records) {
            IncomingEvent event = IncomingEvent.parse(record, json);
            if (handles(event.type())) {
                events.putIfAbsent(event.eventId(), event);
            }
        }
        Map<UUID, String> types = new LinkedHashMap<>();
        events.forEach((id, event) -> types.put(id, event.type()));
        Set<UUID> first = inbox.firstDeliveries(types);
        intake.acceptAll(events.values().stream().filter(event -> first.contains(event.eventId()))
                .map(event -> new ScoreIntake.Delivered(event.eventId(), readable(event))).toList());
    }

    private ScoresComputed readable(IncomingEvent event) {
        ScoresComputed scores = event.payloadAs(ScoresComputed.class, json);
        if (!scores.missingFields().isEmpty()) {
            throw new UnreadableEventException("ScoresComputed " + event.eventId() + " lacks " + scores.missingFields());
        }
        return scores;
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
        intake.accept(event.eventId(), readable(event));
    }
}
