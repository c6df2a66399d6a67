package vn.dti.indicator.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Channel;

import io.smallrye.reactive.messaging.MutinyEmitter;

/**
 * The Kafka channels events leave by. Kept apart from {@link OutboxRelay} so that the emitters are
 * looked up on the first send, once messaging is wired, rather than when the relay's schedule starts.
 */
@ApplicationScoped
public class EventChannels {

    @Inject
    @Channel(Outbox.SCORE_EVENTS)
    MutinyEmitter<String> scoreEvents;

    MutinyEmitter<String> named(String channel) {
        return switch (channel) {
            case Outbox.SCORE_EVENTS -> scoreEvents;
            default -> throw new IllegalArgumentException("No channel " + channel);
        };
    }
}
