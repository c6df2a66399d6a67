package vn.dti.ranking.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Typed settings of ranking-service, under {@code dti.ranking}. */
@ConfigMapping(prefix = "dti.ranking")
public interface RankingConfig {

    /** How long portals and proxies may cache a published ranking (it never changes in place). */
    @WithDefault("5m")
    Duration publicCacheMaxAge();
}
