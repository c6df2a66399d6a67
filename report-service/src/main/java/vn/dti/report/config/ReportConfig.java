package vn.dti.report.config;

import java.time.Duration;
import java.util.Set;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Typed settings of report-service, under {@code dti.report}. */
@ConfigMapping(prefix = "dti.report")
public interface ReportConfig {

    Paging paging();


    Evidence evidence();

    Extraction extraction();

    interface Extraction {
        /** Longest a text may be read for; a text denser in figures is refused with 422 (split it into sections). */
        @WithDefault("PT20S")
        Duration timeBudget();

        /** Texts read at the same time (each uses one core). */
        @WithDefault("2")
        int concurrency();

        /** Texts that may wait for a free reader; one more is refused with 503 and Retry-After. */
        @WithDefault("16")
        int queueLength();

        /** Longest a text waits for a free reader before 503 and Retry-After. */
        @WithDefault("PT15S")
        Duration queueWait();
    }

    interface Evidence {
        /** Largest evidence file accepted, in bytes (the HTTP body limit is a little larger). */
        @WithDefault("8388608")
        long maxBytes();

        /** Content types accepted: documents, spreadsheets and scans. */
        @WithDefault("application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/msword,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel,application/vnd.oasis.opendocument.text,image/jpeg,image/png")
        Set<String> contentTypes();
    }

    interface Paging extends vn.dti.platform.rest.Paging {
        /** Page size when a client gives none. */
        @WithDefault("50")
        int defaultSize();

        /** Largest page a client may ask for (API contract: 500). */
        @WithDefault("500")
        int maxSize();
    }

}
