package vn.dti.indicator.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Typed settings of indicator-service, under {@code dti.indicator}. */
@ConfigMapping(prefix = "dti.indicator")
public interface IndicatorConfig {

    Paging paging();


    Simulation simulation();

    Reconciliation reconciliation();

    interface Paging extends vn.dti.platform.rest.Paging {
        /** Page size when a client gives none. */
        @WithDefault("50")
        int defaultSize();

        /** Largest page a client may ask for (API contract: 500). */
        @WithDefault("500")
        int maxSize();
    }


    interface Simulation {
        /** Components listed as improvement advice, at most. */
        @WithDefault("10")
        int adviceSize();

        /** Overrides one what-if request may carry, at most. */
        @WithDefault("200")
        int maxOverrides();
    }

    interface Reconciliation {
        /**
         * Whether reconciliation also compares the accepted values here with report-service's latest
         * accepted versions (REST client {@code report-service}, service token of the OIDC client).
         */
        @WithDefault("true")
        boolean withReportService();

        /** Accepted versions read from report-service per page. */
        @WithDefault("500")
        int pageSize();
    }
}
