package vn.dti.platform.events;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;

/**
 * Applies one incoming record through its channel's {@link EventHandler}: the event id and the
 * change commit in one transaction. A failure of the database or another resource is retried in
 * place with back-off, so the record is not acknowledged and the partition keeps its order; only an
 * unreadable record (or one failing for another reason {@code max-attempts} times) becomes a dead
 * letter, which an administrator can replay.
 */
@ApplicationScoped
public class EventProcessor {

    private static final Logger LOG = Logger.getLogger(EventProcessor.class);

    @Inject
    ObjectMapper json;

    @Inject
    EventInbox inbox;

    @Inject
    jakarta.persistence.EntityManager entityManager;

    @Inject
    DeadLetters deadLetters;

    @Inject
    EventsConfig config;

    @Inject
    @Any
    Instance<EventHandler> handlers;

    private final Map<String, EventHandler> byChannel = new ConcurrentHashMap<>();
    private volatile boolean stopping;

    void stop(@Observes ShutdownEvent shutdown) {
        stopping = true;
    }

    /** Called by a blocking, ordered {@code @Incoming} method; returns once the record is applied or dead-lettered. */
    public void process(String channel, String record) {
        EventHandler handler = handler(channel);
        IncomingEvent event;
        try {
            event = IncomingEvent.parse(record, json);
        } catch (UnreadableEventException e) {
            deadLetter(channel, null, record, e);
            return;
        }
        if (!handler.handles(event.type())) {
            return;
        }
        Duration backoff = config.retry().initialBackoff();
        for (int attempt = 1;; attempt++) {
            try {
                applyOnce(handler, event);
                if (attempt > 1) {
                    LOG.infof("%s %s applied after %d attempts", event.type(), event.eventId(), attempt);
                }
                return;
            } catch (RuntimeException e) {
                if (Failures.unreadable(e) || !Failures.transientFailure(e) && attempt >= config.retry().maxAttempts()) {
                    deadLetter(channel, event, record, e);
                    return;
                }
                if (attempt == 1 || attempt % 20 == 0) {
                    LOG.warnf("%s %s not applied yet (attempt %d), retrying: %s", event.type(), event.eventId(), attempt,
                            Failures.describe(e));
                }
                pause(backoff);
                backoff = backoff.multipliedBy(2).compareTo(config.retry().maxBackoff()) > 0 ? config.retry().maxBackoff()
                        : backoff.multipliedBy(2);
            }
        }
    }

    /**
     * Called by a blocking, ordered {@code @Incoming} method of a channel consumed in batches: the
     * batch's records are applied in order in one transaction (one commit for many events). If it
     * fails for any reason it is rolled back whole and its records go one at a time through
     * {@link #process}, which retries transient failures in place and dead-letters unreadable ones;
     * the inbox makes each record applied once either way.
     */
    public void processAll(String channel, List<String> records) {
        if (records.size() > 1) {
            EventHandler handler = handler(channel);
            try {
                QuarkusTransaction.requiringNew().run(() -> applyBatch(handler, records));
                return;
            } catch (RuntimeException batchFailed) {
                LOG.debugf("Batch of %d records on %s applied one by one: %s", records.size(), channel,
                        batchFailed.getMessage());
            }
        }
        records.forEach(record -> process(channel, record));
    }

    private void applyBatch(EventHandler handler, List<String> records) {
        Map<UUID, IncomingEvent> events = new LinkedHashMap<>();
        for (String record : records) {
            IncomingEvent event = IncomingEvent.parse(record, json);
            if (handler.handles(event.type())) {
                events.putIfAbsent(event.eventId(), event);
            }
        }
        Map<UUID, String> types = new LinkedHashMap<>();
        events.forEach((id, event) -> types.put(id, event.type()));
        Set<UUID> first = inbox.firstDeliveries(types);
        List<IncomingEvent> fresh = events.values().stream().filter(e -> first.contains(e.eventId())).toList();
        if (handler instanceof BatchEventHandler batch) {
            batch.applyAll(fresh);
            return;
        }
        for (IncomingEvent event : fresh) {
            handler.apply(event);
            // written now and let go, so that each event's queries check only its own entities
            entityManager.flush();
            entityManager.clear();
        }
    }

    /**
     * Applies a dead letter again (once its cause is fixed) and marks it replayed in the same
     * transaction. An event applied meanwhile counts as replayed without effect.
     *
     * @return empty when it was applied, else why not
     */
    public Optional<String> replay(DeadLetter letter) {
        try {
            IncomingEvent event = IncomingEvent.parse(letter.record(), json);
            EventHandler handler = handler(letter.channel());
            QuarkusTransaction.requiringNew().run(() -> {
                if (handler.handles(event.type()) && inbox.firstDelivery(event.eventId(), event.type())) {
                    handler.apply(event);
                }
                deadLetters.markReplayed(letter.id());
            });
            deadLetters.recount();
            return Optional.empty();
        } catch (RuntimeException e) {
            String reason = Failures.describe(e);
            deadLetters.failedAgain(letter.id(), reason);
            return Optional.of(reason);
        }
    }

    private void applyOnce(EventHandler handler, IncomingEvent event) {
        QuarkusTransaction.requiringNew().run(() -> {
            if (inbox.firstDelivery(event.eventId(), event.type())) {
                handler.apply(event);
            }
        });
    }

    private void deadLetter(String channel, IncomingEvent event, String record, RuntimeException cause) {
        String reason = Failures.describe(cause);
        Duration backoff = config.retry().initialBackoff();
        while (true) {
            try {
                long id = deadLetters.store(channel, event == null ? null : event.eventId(),
                        event == null ? null : event.type(), reason, record);
                LOG.errorf("Dead letter %d on %s (%s %s): %s", id, channel, event == null ? "-" : event.type(),
                        event == null ? "-" : event.eventId(), reason);
                return;
            } catch (RuntimeException storeFailed) {
                LOG.warnf("Dead letter on %s not stored yet, retrying: %s", channel, storeFailed.getMessage());
                pause(backoff);
                backoff = config.retry().maxBackoff();
            }
        }
    }

    private void pause(Duration backoff) {
        if (stopping) {
            throw new IllegalStateException("Shutting down; the record will be delivered again");
        }
        try {
            Thread.sleep(backoff.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted; the record will be delivered again", e);
        }
    }

    private EventHandler handler(String channel) {
        return byChannel.computeIfAbsent(channel, name -> handlers.stream()
                .filter(candidate -> candidate.channel().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No EventHandler for channel " + name)));
    }
}
