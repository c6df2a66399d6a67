package vn.dti.report.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import vn.dti.platform.testing.SharedFolder;

/** Prints how long a 60 kB report takes (target: under 200 ms); timing is not asserted. */
class ExtractionTimingTest {

    @Test
    void sixtyKilobyteReport() throws IOException {
        String text = sixtyKilobytesOfSeeds();
        ExtractionEngine engine = new ExtractionEngine(Catalog.fromClasspath());
        for (int i = 0; i < 5; i++) {
            engine.extract(text); // warm-up
        }
        int runs = 10;
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        ExtractionResult result = null;
        for (int i = 0; i < runs; i++) {
            result = engine.extract(text);
        }
        double ms = (System.nanoTime() - start) / 1e6 / runs;
        // CPU time of this thread: what the extraction costs when other processes compete for the machine.
        double cpuMs = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6 / runs;
        long cold = System.nanoTime();
        new ExtractionEngine(Catalog.fromClasspath()).extract(text);
        double coldMs = (System.nanoTime() - cold) / 1e6;
        System.out.printf(Locale.ROOT, "Extraction of a %d kB report: %.1f ms warm (mean of %d; %.1f ms CPU), %.1f ms with a new engine%n",
                text.getBytes(StandardCharsets.UTF_8).length / 1024, ms, runs, cpuMs, coldMs);
        assertFalse(result.values().isEmpty());
    }

    private static String sixtyKilobytesOfSeeds() throws IOException {
        StringBuilder text = new StringBuilder();
        Path seeds = SharedFolder.locate().resolve("seeds");
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path seed : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                text.append(Files.readString(seed, StandardCharsets.UTF_8)).append("\n\n");
            }
        }
        while (text.toString().getBytes(StandardCharsets.UTF_8).length > 60 * 1024) {
            text.setLength(text.length() - 1000);
        }
        return text.toString();
    }
}
