package vn.dti.report.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** A reading whose thread is interrupted stops at its next checkpoint, so a caller that gives up frees the core. */
class ExtractionStopTest {

    private static final ExtractionEngine ENGINE = new ExtractionEngine(Catalog.fromClasspath());

    @Test
    void anInterruptedReadingStopsInsteadOfRunningToItsEnd() {
        String text = "UBND HUYỆN A\nBÁO CÁO năm 2023\n" + "Văn bản đi: 1.234 văn bản; văn bản đến 2.345 văn bản.\n".repeat(200);
        Thread.currentThread().interrupt();
        try {
            assertThrows(ReadingStopped.class, () -> ENGINE.extract(text));
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void aReadingThatIsNotInterruptedRunsToItsEnd() {
        assertFalse(ENGINE.extract("UBND huyện A tiếp nhận 26.157 văn bản đến.").values().isEmpty());
    }
}
