package vn.dti.ranking.events;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

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
        Map<UUID, ScoresComputed> events = new LinkedHashMap<>();
        for (String record : records) {
            ScoreEnvelope envelope = ScoreEnvelope.parse(record);
            if (handles(envelope.type())) {
                events.putIfAbsent(envelope.eventId(), readable(envelope.eventId(), envelope.payload()));
            }
        }
        Map<UUID, String> types = new LinkedHashMap<>();
        events.keySet().forEach(id -> types.put(id, ScoresComputed.TYPE));
        Set<UUID> first = inbox.firstDeliveries(types);
        intake.acceptAll(events.entrySet().stream().filter(event -> first.contains(event.getKey()))
                .map(event -> new ScoreIntake.Delivered(event.getKey(), event.getValue())).toList());
    }

    /**
     * A score event's envelope read straight into its payload record, in one pass (no JSON tree):
     * most of a batch's time is reading JSON.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ScoreEnvelope(UUID eventId, String type, ScoresComputed payload) {

        /**
         * Plain JSON for indicator-service's events: the REST mapper's text and number rules are for
         * what clients send, and checking every string of thousands of events took most of a batch.
         */
        private static final ObjectMapper EVENT_JSON = JsonMapper.builder().addModule(new JavaTimeModule())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

        static ScoreEnvelope parse(String record) {
            ScoreEnvelope envelope;
            try {
                envelope = record == null ? null : EVENT_JSON.readValue(record, ScoreEnvelope.class);
            } catch (JsonProcessingException | IllegalArgumentException e) {
                throw new UnreadableEventException("not a score event: " + e.getMessage(), e);
            }
            if (envelope == null || envelope.eventId() == null || envelope.type() == null || envelope.payload() == null) {
                throw new UnreadableEventException("not an event envelope: eventId, type and payload are required");
            }
            return envelope;
        }
    }

    private static ScoresComputed readable(UUID eventId, ScoresComputed scores) {
        if (!scores.missingFields().isEmpty()) {
            throw new UnreadableEventException("ScoresComputed " + eventId + " lacks " + scores.missingFields());
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
        intake.accept(event.eventId(), readable(event.eventId(), event.payloadAs(ScoresComputed.class, json)));
    }
}
