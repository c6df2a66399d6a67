package vn.dti.platform.events;

import io.smallrye.reactive.messaging.MutinyEmitter;

/**
 * The outgoing Kafka channels of one service, by channel name. Each service implements it with its
 * own {@code @Channel} emitters; {@link OutboxRelay} sends through it.
 */
public interface OutboxChannels {

    MutinyEmitter<String> named(String channel);
}
