package vn.dti.indicator.events;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.dti.platform.events.OutboxWriter;

/**
 * This service's outgoing channels over the platform outbox: an event is recorded in the caller's
 * transaction and sent right after it commits (docs/events.md).
 */
@ApplicationScoped
public class Outbox {

    public static final String SCORE_EVENTS = "score-events";
    public static final String RESCORE_EVENTS = "rescore-out";

    @Inject
    OutboxWriter writer;

    /** Records an event keyed by {@code key} (the Kafka record key, which orders its events). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String channel, String type, String key, Object payload) {
        writer.record(channel, type, key, payload);
    }

    /** Records many events of one channel and type at once. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAll(String channel, String type, List<OutboxWriter.Keyed> events) {
        writer.recordAll(channel, type, events);
    }
}
