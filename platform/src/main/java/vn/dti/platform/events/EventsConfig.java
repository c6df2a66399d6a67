package vn.dti.platform.events;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the outbox relay, the inbox and consumer retries ({@code dti.events.*}). */
@ConfigMapping(prefix = "dti.events")
public interface EventsConfig {

    /** Written as {@code source} into every envelope this service records. */
    @WithDefault("${quarkus.application.name:dti}")
    String source();

    Outbox outbox();

    Inbox inbox();

    Retry retry();

    DeadLetters deadLetters();

    interface Outbox {
        @WithDefault("outbox_event")
        String table();

        /** Events sent and marked per database transaction of the relay. */
        @WithDefault("200")
        int batchSize();

        /** The relay runs after every commit that recorded an event; this poll is only the safety net. */
        @WithDefault("2s")
        Duration pollInterval();

        /** How long the relay waits for the broker to acknowledge one send. */
        @WithDefault("20s")
        Duration ackTimeout();

        /**
         * How long a published event stays in the outbox (to look at, or to send again by hand)
         * before {@link OutboxPurge} deletes it; events not yet published are never deleted.
         */
        @WithDefault("168h")
        Duration retention();

        /** Published events deleted per transaction of the purge. */
        @WithDefault("5000")
        int purgeBatchSize();
    }

    interface Inbox {
        @WithDefault("processed_event")
        String table();

        /**
         * How long an applied event's id is kept. Longer than the topics' retention (Kafka's 7 days by
         * default), so a record the broker can still redeliver is always recognised; {@link InboxPurge}
         * deletes older ids.
         */
        @WithDefault("336h")
        Duration retention();

        /** Ids deleted per transaction of the purge. */
        @WithDefault("5000")
        int purgeBatchSize();
    }

    interface Retry {
        @WithDefault("100ms")
        Duration initialBackoff();

        @WithDefault("5s")
        Duration maxBackoff();

        /**
         * Attempts for a failure that is neither unreadable input nor an unavailable resource (for
         * example a bug); after them the event is dead-lettered. Unavailable resources retry forever.
         */
        @WithDefault("10")
        int maxAttempts();
    }

    interface DeadLetters {
        @WithDefault("dead_letter")
        String table();
    }
}
