package vn.dti.platform.idempotency;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How long answers are kept and how long a concurrent twin waits for the first attempt. */
@ConfigMapping(prefix = "dti.idempotency")
public interface IdempotencyConfig {

    /** Answers older than this are forgotten; a later request with the same key runs again. */
    @WithDefault("PT24H")
    Duration retention();

    /** How long a twin waits for the first attempt before answering 409 with Retry-After. */
    @WithDefault("PT30S")
    Duration twinWait();

    /** Pause between two looks at a claim that is still in progress. */
    @WithDefault("PT0.05S")
    Duration pollInterval();

    /** A claim in progress longer than this was left by a crashed instance and may be taken over. */
    @WithDefault("PT5M")
    Duration abandonedAfter();

    /** How often keys older than the retention are deleted. */
    @WithDefault("1h")
    String cleanupEvery();
}
