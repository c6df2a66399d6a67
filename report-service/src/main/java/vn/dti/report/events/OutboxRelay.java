package vn.dti.report.events;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import vn.dti.report.config.ReportConfig;

/**
 * Sends pending outbox events in the order they were recorded and marks each one sent once the
 * broker acknowledged it. While the broker is down nothing is marked, so everything goes out when
 * it returns. A crash between the acknowledgement and the commit re-sends an event: consumers
 * deduplicate by {@code eventId}.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    @Inject
    EventChannels channels;

    @Inject
    ReportConfig config;

    @Scheduled(every = "${dti.report.outbox.poll-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            delayed = "1s")
    @Transactional
    void publishPending() {
        List<OutboxEvent> pending = OutboxEvent.<OutboxEvent>find("publishedAt is null order by id")
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .withHint("jakarta.persistence.lock.timeout", -2) // SKIP LOCKED: another instance has them
                .page(0, config.outbox().batchSize())
                .list();
        for (OutboxEvent event : pending) {
            if (!send(event)) {
                break;
            }
            event.publishedAt = Instant.now();
        }
        Panache.getEntityManager().flush();
    }

    private boolean send(OutboxEvent event) {
        RecordHeaders headers = new RecordHeaders();
        headers.add("event-type", event.type.getBytes(StandardCharsets.UTF_8));
        headers.add("schema-version", Integer.toString(event.schemaVersion).getBytes(StandardCharsets.UTF_8));
        Message<String> message = Message.of(event.envelope).addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(event.key)
                .withHeaders(headers)
                .build());
        try {
            channels.named(event.channel).sendMessageAndAwait(message);
            return true;
        } catch (RuntimeException e) {
            LOG.warnf("Event %s (%s) not sent yet, will retry: %s", event.eventId, event.type, e.getMessage());
            return false;
        }
    }

}
