package vn.dti.report.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import vn.dti.platform.problem.ProblemException;
import vn.dti.report.extraction.Catalog;
import vn.dti.report.extraction.ExtractionEngine;
import vn.dti.report.extraction.ExtractionResult;
import vn.dti.report.extraction.KnownReport;
import vn.dti.report.support.DenseText;

/** Texts are read on a few readers within a time budget; a dense text frees its reader when refused. */
class ExtractionReadersTest {

    private static final ExtractionEngine ENGINE = new ExtractionEngine(Catalog.fromClasspath());

    private final CountDownLatch release = new CountDownLatch(1);
    private ExtractionReaders readers;

    @AfterEach
    void stopReaders() {
        release.countDown();
        readers.stop();
    }

    @Test
    void readsAReportAndReturnsItsValues() {
        readers = new ExtractionReaders(Duration.ofSeconds(20), 1, 4, Duration.ofSeconds(20));
        ExtractionResult result = readers.read(ENGINE, "UBND huyện A tiếp nhận 26.157 văn bản đến.", KnownReport.NOTHING, "text");
        assertEquals(new BigDecimal("26157"), result.values().get(0).value());
    }

    @Test
    void aTextTooDenseForItsBudgetIsRefusedNamingItsFieldAndFreesTheReader() {
        readers = new ExtractionReaders(Duration.ofMillis(300), 1, 4, Duration.ofSeconds(30));
        ProblemException refused = assertThrows(ProblemException.class,
                () -> readers.read(ENGINE, DenseText.of(150_000), KnownReport.NOTHING, "file"));
        assertEquals(422, refused.problem().status());
        assertEquals("file", refused.problem().errors().get(0).field());
        assertTrue(refused.problem().errors().get(0).message().contains("0.3 s"), refused.problem().errors().get(0).message());

        ExtractionResult next = readers.read(ENGINE, "Văn bản đến: 12 văn bản.", KnownReport.NOTHING, "text");
        assertFalse(next.values().isEmpty(), "the one reader was freed for the next text");
    }

    @Test
    void aFullQueueIsRefusedAtOnceWithRetryAfter() throws Exception {
        readers = new ExtractionReaders(Duration.ofSeconds(20), 1, 1, Duration.ofSeconds(20));
        CompletableFuture<String> first = occupyTheOnlyReader();
        CompletableFuture<String> queued = CompletableFuture.supplyAsync(() -> readers.within(() -> "queued", "text"));
        awaitQueued(1);

        ExtractionReaders.ReadersBusy refused = assertThrows(ExtractionReaders.ReadersBusy.class,
                () -> readers.within(() -> "third", "text"));
        assertEquals(10, refused.retryAfterSeconds());
        release.countDown();
        assertEquals("first", first.get(10, TimeUnit.SECONDS));
        assertEquals("queued", queued.get(10, TimeUnit.SECONDS));
    }

    @Test
    void aTextThatWaitsTooLongForAReaderIsRefusedAndLeavesTheQueue() throws Exception {
        readers = new ExtractionReaders(Duration.ofSeconds(20), 1, 4, Duration.ofMillis(200));
        CompletableFuture<String> first = occupyTheOnlyReader();

        assertThrows(ExtractionReaders.ReadersBusy.class, () -> readers.within(() -> "waited", "text"));
        assertEquals(0, readers.queued());
        release.countDown();
        assertEquals("first", first.get(10, TimeUnit.SECONDS));
    }

    @Test
    void aFailureOfTheReadingIsRethrownAsItIs() {
        readers = new ExtractionReaders(Duration.ofSeconds(20), 1, 4, Duration.ofSeconds(20));
        IllegalArgumentException failure = assertThrows(IllegalArgumentException.class,
                () -> readers.within(() -> {
                    throw new IllegalArgumentException("unreadable");
                }, "text"));
        assertEquals("unreadable", failure.getMessage());
    }

    /** A reading that holds the one reader until the test releases it. */
    private CompletableFuture<String> occupyTheOnlyReader() throws InterruptedException {
        CountDownLatch busy = new CountDownLatch(1);
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> readers.within(() -> {
            busy.countDown();
            release.await();
            return "first";
        }, "text"));
        assertTrue(busy.await(10, TimeUnit.SECONDS));
        return first;
    }

    private void awaitQueued(int count) throws InterruptedException {
        for (int i = 0; i < 500 && readers.queued() < count; i++) {
            Thread.sleep(10);
        }
        assertEquals(count, readers.queued());
    }
}
