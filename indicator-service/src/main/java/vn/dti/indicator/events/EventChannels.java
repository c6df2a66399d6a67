package vn.dti.indicator.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Channel;

import io.smallrye.reactive.messaging.MutinyEmitter;
import vn.dti.platform.events.OutboxChannels;

/** The Kafka channels this service's events leave by, for the platform outbox relay. */
@ApplicationScoped
public class EventChannels implements OutboxChannels {

    @Inject
    @Channel(Outbox.SCORE_EVENTS)
    MutinyEmitter<String> scoreEvents;

    @Inject
    @Channel(Outbox.RESCORE_EVENTS)
    MutinyEmitter<String> rescoreEvents;

    @Override
    public MutinyEmitter<String> named(String channel) {
        return switch (channel) {
            case Outbox.SCORE_EVENTS -> scoreEvents;
            case Outbox.RESCORE_EVENTS -> rescoreEvents;
            default -> throw new IllegalArgumentException("No channel " + channel);
        };
    }
}
