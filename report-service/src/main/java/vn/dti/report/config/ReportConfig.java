package vn.dti.report.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Typed settings of report-service, under {@code dti.report}. */
@ConfigMapping(prefix = "dti.report")
public interface ReportConfig {

    Paging paging();

    Outbox outbox();

    interface Paging {
        /** Page size when a client gives none. */
        @WithDefault("50")
        int defaultSize();

        /** Largest page a client may ask for (API contract: 500). */
        @WithDefault("500")
        int maxSize();
    }

    interface Outbox {
        /** How often the relay looks for events to send (also read by its schedule). */
        @WithDefault("500ms")
        java.time.Duration pollInterval();

        /** Events sent per round, at most. */
        @WithDefault("200")
        int batchSize();
    }
}
