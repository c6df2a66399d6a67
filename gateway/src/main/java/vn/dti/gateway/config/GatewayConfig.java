package vn.dti.gateway.config;

import java.net.URI;
import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where the gateway sends each service's requests, under {@code dti.gateway}. */
@ConfigMapping(prefix = "dti.gateway")
public interface GatewayConfig {

    Services services();

    /** How long a service may take to answer before the gateway gives up with 504. */
    @WithDefault("30s")
    Duration timeout();

    interface Services {
        URI report();

        URI indicator();

        URI ranking();
    }
}
