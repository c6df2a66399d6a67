package vn.dti.report.events;

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

    public static final String UNIT_EVENTS = "unit-events";
    public static final String REPORT_EVENTS = "report-events";

    @Inject
    OutboxWriter writer;

    /** Records an event keyed by {@code key} (the Kafka record key, which orders its events). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String channel, String type, String key, Object payload) {
        writer.record(channel, type, key, payload);
    }
}
