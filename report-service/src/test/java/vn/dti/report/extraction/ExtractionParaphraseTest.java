package vn.dti.report.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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
 * Invented paraphrases of dev gold facts (corpus/paraphrases-*.tsv: element, phrasing, value, source): the same fact said
 * the other ways agency reports say it, each read under a district report header. Unlike the phrasings files these are
 * not real wording; they measure robustness to paraphrase. "-" means the element must get no value.
 */
class ExtractionParaphraseTest {

    static final double FLOOR = 0.95;

    private static final String HEADER = "UBND HUYỆN AN PHÚ\nBÁO CÁO kết quả chuyển đổi số năm 2023\n\n";

    record Row(String file, String element, String phrasing, String value, String source) {
    }

    private static List<Row> rows() throws IOException {
        URL folder = ExtractionParaphraseTest.class.getClassLoader().getResource("corpus");
        if (folder == null) {
            return List.of();
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(Path.of(URI.create(folder.toString())))) {
            files = listing.filter(f -> f.getFileName().toString().matches("paraphrases-.*\\.tsv")).sorted().toList();
        }
        List<Row> out = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            String[] lines = Files.readString(file, StandardCharsets.UTF_8).split("\r?\n");
            for (int i = 1; i < lines.length; i++) {
                if (lines[i].isBlank()) {
                    continue;
                }
                String[] f = lines[i].split("\t", -1);
                assertTrue(f.length >= 3, name + " line " + (i + 1) + " needs element, phrasing and value");
                out.add(new Row(name, f[0].strip(), ExtractionPhrasingsTest.withoutNote(f[1].strip()), f[2].strip(),
                        f.length > 3 ? f[3].strip() : ""));
            }
        }
        return out;
    }

    @Test
    void paraphrasesOfDevFactsGiveTheirElementAndValue() throws IOException {
        List<Row> rows = rows();
        org.junit.jupiter.api.Assumptions.assumeFalse(rows.isEmpty(), "no corpus/paraphrases-*.tsv yet");
        Catalog catalog = Catalog.fromClasspath();
        ExtractionEngine engine = new ExtractionEngine(catalog);
        Map<String, int[]> perFile = new TreeMap<>();
        int hits = 0;
        StringBuilder misses = new StringBuilder();
        for (Row row : rows) {
            assertTrue(catalog.contains(row.element()), "unknown element " + row.element());
            assertFalse(row.phrasing().isEmpty(), "empty phrasing for " + row.element());
            Optional<Proposal> p = engine.extract(HEADER + row.phrasing() + "\n").values().stream()
                    .filter(v -> v.element().equals(row.element())).findFirst();
            int[] counts = perFile.computeIfAbsent(row.file(), k -> new int[2]);
            counts[1]++;
            if (ExtractionPhrasingsTest.hit(p, row.value())) {
                hits++;
                counts[0]++;
            } else {
                misses.append(String.format(Locale.ROOT, "  PARAPHRASE %s %-28s want %-8s got %-8s \"%s\" (%s)%n",
                        p.isPresent() ? "WRONG" : "MISS ", row.element(), row.value(), p.map(Proposal::value).orElse("-"),
                        row.phrasing(), row.source()));
            }
        }
        System.out.print(misses);
        perFile.forEach((file, c) -> System.out.printf(Locale.ROOT, "PARAPHRASES %-32s hit rate %.3f (%d of %d)%n", file,
                (double) c[0] / c[1], c[0], c[1]));
        double rate = (double) hits / rows.size();
        System.out.printf(Locale.ROOT, "PARAPHRASES hit rate %.3f (%d of %d)%n", rate, hits, rows.size());
        assertTrue(rate >= FLOOR, "paraphrase hit rate " + rate + " under the floor " + FLOOR);
    }
}
