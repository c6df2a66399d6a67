package vn.dti.platform.events;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

/**
 * Sends pending outbox events in the order they were recorded, right after the transaction that
 * recorded them commits ({@link #wake()}); a slow poll is only the safety net. One relay of a service
 * sends at a time (a PostgreSQL advisory lock), so events of one key keep their order across
 * instances. Sends are pipelined; each event is marked sent once the broker acknowledged it, and the
 * first unacknowledged one stops the batch, so nothing after it is marked. A crash between the
 * acknowledgement and the commit re-sends an event: consumers deduplicate by {@code eventId}.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final Duration RETRY_DELAY = Duration.ofMillis(200);

    @Inject
    OutboxChannels channels;

    @Inject
    EntityManager entityManager;

    @Inject
    EventsConfig config;

    private final CoalescingWorker worker = new CoalescingWorker("outbox-relay", this::drain);

    void start(@Observes StartupEvent startup) {
        worker.start();
    }

    void stop(@Observes ShutdownEvent shutdown) {
        worker.stop();
    }

    /** Asks for a drain of the outbox; calls while one is already queued collapse into it. */
    public void wake() {
        worker.wake();
    }

    @Scheduled(every = "${dti.events.outbox.poll-interval:2s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        wake();
    }

    void drain() {
        Batch batch;
        do {
            batch = QuarkusTransaction.requiringNew().call(this::publishBatch);
        } while (batch == Batch.FULL);
        if (batch == Batch.RETRY) {
            worker.wakeAfter(RETRY_DELAY);
        }
    }

    enum Batch { FULL, DONE, RETRY }

    Batch publishBatch() {
        String table = config.outbox().table();
        boolean mine = (Boolean) entityManager.createNativeQuery("select pg_try_advisory_xact_lock(hashtext(?1))")
                .setParameter(1, "outbox-relay:" + table)
                .getSingleResult();
        if (!mine) {
            return Batch.RETRY;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select id, channel, event_key, event_type, schema_version,"
                + " envelope from " + table + " where published_at is null order by id limit ?1")
                .setParameter(1, config.outbox().batchSize())
                .getResultList();
        // sent with the transaction suspended, so that the broker's callbacks never join it
        List<CompletableFuture<Void>> acks = QuarkusTransaction.suspendingExisting().call(() -> {
            List<CompletableFuture<Void>> sends = new ArrayList<>(rows.size());
            for (Object[] row : rows) {
                sends.add(send((String) row[1], (String) row[2], (String) row[3], ((Number) row[4]).intValue(),
                        (String) row[5]));
            }
            return sends;
        });
        List<Long> sent = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            if (!acknowledged(acks.get(i), rows.get(i))) {
                break;
            }
            sent.add(((Number) rows.get(i)[0]).longValue());
        }
        if (!sent.isEmpty()) {
            entityManager.createNativeQuery("update " + table + " set published_at = now() where id = any(?1)")
                    .setParameter(1, sent.toArray(Long[]::new))
                    .executeUpdate();
        }
        if (sent.size() < rows.size()) {
            return Batch.RETRY;
        }
        return rows.size() == config.outbox().batchSize() ? Batch.FULL : Batch.DONE;
    }

    private CompletableFuture<Void> send(String channel, String key, String type, int schemaVersion, String envelope) {
        RecordHeaders headers = new RecordHeaders();
        headers.add("event-type", type.getBytes(StandardCharsets.UTF_8));
        headers.add("schema-version", Integer.toString(schemaVersion).getBytes(StandardCharsets.UTF_8));
        Message<String> message = Message.of(envelope).addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(key)
                .withHeaders(headers)
                .build());
        try {
            return channels.named(channel).sendMessage(message).subscribeAsCompletionStage();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private boolean acknowledged(CompletableFuture<Void> ack, Object[] row) {
        try {
            ack.get(config.outbox().ackTimeout().toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (Exception e) {
            LOG.warnf("Event %s (%s) not acknowledged yet, will retry: %s", row[0], row[3], e.getMessage());
            return false;
        }
    }
}
