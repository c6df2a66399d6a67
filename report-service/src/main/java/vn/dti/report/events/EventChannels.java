package vn.dti.report.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Channel;

import io.smallrye.reactive.messaging.MutinyEmitter;
import vn.dti.platform.events.OutboxChannels;

/** The Kafka channels this service's events leave by, for the platform outbox relay. */
@ApplicationScoped
public class EventChannels implements OutboxChannels {

    @Inject
    @Channel(Outbox.UNIT_EVENTS)
    MutinyEmitter<String> unitEvents;

    @Inject
    @Channel(Outbox.REPORT_EVENTS)
    MutinyEmitter<String> reportEvents;

    @Override
    public MutinyEmitter<String> named(String channel) {
        return switch (channel) {
            case Outbox.UNIT_EVENTS -> unitEvents;
            case Outbox.REPORT_EVENTS -> reportEvents;
            default -> throw new IllegalArgumentException("No channel " + channel);
        };
    }
}
