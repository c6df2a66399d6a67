package vn.dti.gateway.ratelimit;

import java.util.OptionalLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import vn.dti.gateway.config.GatewayConfig;
import vn.dti.gateway.routing.RouteClass;

/**
 * One token bucket per client and route class (Bucket4j), kept in memory while the client is
 * active. Quotas are per gateway instance: with several instances a client gets that many times
 * the quota, which is acceptable for protecting the services from bursts.
 */
@ApplicationScoped
public class ClientQuotas {

    /** Bounds memory when many addresses call at once; a forgotten client starts with a full bucket. */
    private static final long MAX_CLIENTS = 200_000;

    private final GatewayConfig.RateLimits limits;
    private final Cache<String, Bucket> buckets;

    @Inject
    public ClientQuotas(GatewayConfig config) {
        this.limits = config.rateLimits();
        this.buckets = Caffeine.newBuilder()
                .expireAfterAccess(limits.forgetIdleClientsAfter())
                .maximumSize(MAX_CLIENTS)
                .build();
    }

    /** Takes one request from the client's quota; when it is used up, how long until the next one. */
    public OptionalLong waitBeforeNext(String client, RouteClass routeClass) {
        if (!limits.enabled()) {
            return OptionalLong.empty();
        }
        Bucket bucket = buckets.get(routeClass + " " + client, key -> newBucket(quotaOf(routeClass)));
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? OptionalLong.empty() : OptionalLong.of(probe.getNanosToWaitForRefill());
    }

    private static Bucket newBucket(GatewayConfig.Quota quota) {
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(quota.requests()).refillGreedy(quota.requests(), quota.per()).build())
                .build();
    }

    private GatewayConfig.Quota quotaOf(RouteClass routeClass) {
        return switch (routeClass) {
            case PUBLIC_READ -> limits.publicRead();
            case READ -> limits.read();
            case WRITE -> limits.write();
            case EXPORT -> limits.export();
        };
    }

    /** Whole seconds a client should wait, rounded up, for a Retry-After header. */
    public static long retryAfterSeconds(long nanos) {
        return Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
    }
}
