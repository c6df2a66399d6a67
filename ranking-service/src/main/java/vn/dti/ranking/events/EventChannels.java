package vn.dti.ranking.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Channel;

import io.smallrye.reactive.messaging.MutinyEmitter;
import vn.dti.platform.events.OutboxChannels;

/** The Kafka channels this service's events leave by, for the platform outbox relay. */
@ApplicationScoped
public class EventChannels implements OutboxChannels {

    @Inject
    @Channel(Outbox.RANKING_EVENTS)
    MutinyEmitter<String> rankingEvents;

    @Override
    public MutinyEmitter<String> named(String channel) {
        return switch (channel) {
            case Outbox.RANKING_EVENTS -> rankingEvents;
            default -> throw new IllegalArgumentException("No channel " + channel);
        };
    }
}
