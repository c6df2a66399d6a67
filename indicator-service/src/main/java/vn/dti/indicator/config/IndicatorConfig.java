package vn.dti.indicator.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Typed settings of indicator-service, under {@code dti.indicator}. */
@ConfigMapping(prefix = "dti.indicator")
public interface IndicatorConfig {

    Paging paging();

    interface Paging {
        /** Page size when a client gives none. */
        @WithDefault("50")
        int defaultSize();

        /** Largest page a client may ask for (API contract: 500). */
        @WithDefault("500")
        int maxSize();
    }
}
