package vn.dti.report.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every real phrasing in corpus/phrasings*.tsv (element, phrasing, value, source), read alone, should give
 * its element and value. The hit rate is measured and printed per element, not fixed: the file grows as
 * phrasings are found, and a miss is a lexicon entry to add. What must hold is that the file is sound.
 */
class ExtractionPhrasingsTest {

    private static final String FOLDER = "corpus";

    record Row(String file, String element, String phrasing, String value, String source) {
    }

    /** Every {@code corpus/phrasings*.tsv}: each mining round keeps its own file, so its first hit rate stays readable. */
    private static List<Row> rows() throws IOException {
        return rows("phrasings.*\\.tsv");
    }

    /** The rows of every corpus file whose name matches (element, phrasing, value, source; a header line first). */
    static List<Row> rows(String fileNamePattern) throws IOException {
        URL folder = ExtractionPhrasingsTest.class.getClassLoader().getResource(FOLDER);
        if (folder == null) {
            return List.of();
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(Path.of(URI.create(folder.toString())))) {
            files = listing.filter(f -> f.getFileName().toString().matches(fileNamePattern)).sorted().toList();
        }
        List<Row> out = new ArrayList<>();
        for (Path file : files) {
            out.addAll(rowsOf(file));
        }
        return out;
    }

    private static List<Row> rowsOf(Path file) throws IOException {
        List<Row> out = new ArrayList<>();
        String name = file.getFileName().toString();
        String[] lines = Files.readString(file, StandardCharsets.UTF_8).split("\r?\n");
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String[] f = lines[i].split("\t", -1);
            assertTrue(f.length >= 3, name + " line " + (i + 1) + " needs element, phrasing and value");
            out.add(new Row(name, f[0].strip(), withoutNote(f[1].strip()), f[2].strip(), f.length > 3 ? f[3].strip() : ""));
        }
        return out;
    }

    /** An annotator's English note closing the phrasing, "(national)", "(a task)", is not report text. */
    static String withoutNote(String phrasing) {
        return phrasing.replaceFirst("\\s*\\([\\p{ASCII}&&[^)]]*\\)\\s*$", "");
    }

    /** "-" means the phrasing must give no value for its element. */
    static boolean hit(Optional<Proposal> proposed, String expected) {
        if (expected.equals("-")) {
            return proposed.isEmpty();
        }
        return proposed.isPresent() && sameValue(proposed.get().value(), expected.replace("%", ""));
    }

    static boolean sameValue(Object proposed, String expected) {
        if (proposed instanceof Boolean b) {
            return b.toString().equalsIgnoreCase(expected);
        }
        if (proposed instanceof BigDecimal d) {
            try {
                return d.subtract(new BigDecimal(expected)).abs().compareTo(new BigDecimal("0.01")) <= 0;
            } catch (NumberFormatException notANumber) {
                return false;
            }
        }
        return String.valueOf(proposed).equals(expected);
    }

    @Test
    void everyPhrasingIsMeasuredAgainstItsElementAndValue() throws IOException {
        List<Row> rows = rows();
        org.junit.jupiter.api.Assumptions.assumeFalse(rows.isEmpty(), "no corpus/phrasings*.tsv yet");
        Catalog catalog = Catalog.fromClasspath();
        ExtractionEngine engine = new ExtractionEngine(catalog);
        Map<String, int[]> perElement = new TreeMap<>();
        Map<String, int[]> perFile = new TreeMap<>();
        int hits = 0;
        int wrong = 0;
        StringBuilder misses = new StringBuilder();
        for (Row row : rows) {
            assertTrue(catalog.contains(row.element()), "unknown element " + row.element());
            assertFalse(row.phrasing().isEmpty(), "empty phrasing for " + row.element());
            Optional<Proposal> p = engine.extract(row.phrasing()).values().stream()
                    .filter(v -> v.element().equals(row.element())).findFirst();
            int[] counts = perElement.computeIfAbsent(row.element(), k -> new int[2]);
            int[] fileCounts = perFile.computeIfAbsent(row.file(), k -> new int[2]);
            counts[1]++;
            fileCounts[1]++;
            if (hit(p, row.value())) {
                hits++;
                counts[0]++;
                fileCounts[0]++;
            } else {
                wrong += p.isPresent() ? 1 : 0;
                misses.append(String.format(Locale.ROOT, "  %s %-30s want %-10s got %-10s \"%s\"%n", p.isPresent() ? "WRONG" : "MISS ",
                        row.element(), row.value(), p.map(Proposal::value).orElse("-"), row.phrasing()));
            }
        }
        perElement.forEach((element, c) -> System.out.printf(Locale.ROOT, "  phrasings %-30s %d/%d%n", element, c[0], c[1]));
        System.out.print(misses);
        perFile.forEach((file, c) -> System.out.printf(Locale.ROOT, "PHRASINGS %-28s hit rate %.3f (%d of %d)%n", file,
                (double) c[0] / c[1], c[0], c[1]));
        System.out.printf(Locale.ROOT, "PHRASINGS hit rate %.3f (%d of %d; %d with another value)%n", (double) hits / rows.size(), hits,
                rows.size(), wrong);
    }
}
