package vn.dti.report.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import vn.dti.report.extraction.ExtractionPhrasingsTest.Row;

/**
 * Invented paraphrases of dev facts (corpus/paraphrases-*.tsv: element, phrasing, value, source): the same fact said in
 * the other ways agency reports say it, each read under a district report header. Measures robustness to wording no
 * dev document used; "-" rows (targets, parts, changes, other units' figures) must give no value.
 */
class ExtractionParaphraseTest {

    /** The overall hit rate at the last commit, rounded down to 0.05. */
    static final double FLOOR = 0.95;

    private static final String HEADER = "UBND HUYỆN AN PHÚ\nBÁO CÁO kết quả chuyển đổi số năm 2023\n\n";

    @Test
    void paraphrasesOfDevFactsGiveTheirElementAndValue() throws IOException {
        List<Row> rows = ExtractionPhrasingsTest.rows("paraphrases-.*\\.tsv");
        Assumptions.assumeFalse(rows.isEmpty(), "no corpus/paraphrases-*.tsv yet");
        Catalog catalog = Catalog.fromClasspath();
        Map<String, int[]> perFile = new TreeMap<>();
        int hits = 0;
        StringBuilder misses = new StringBuilder();
        for (Row row : rows) {
            assertTrue(catalog.contains(row.element()), "unknown element " + row.element());
            Optional<Proposal> p = DistrictReportSentences.extract(HEADER + row.phrasing() + "\n").values().stream()
                    .filter(v -> v.element().equals(row.element())).findFirst();
            int[] counts = perFile.computeIfAbsent(row.file(), k -> new int[2]);
            counts[1]++;
            if (ExtractionPhrasingsTest.hit(p, row.value())) {
                hits++;
                counts[0]++;
            } else {
                misses.append(String.format(Locale.ROOT, "  PARAPHRASE %s %-30s want %-10s got %-10s \"%s\" (%s)%s%n",
                        p.isPresent() ? "WRONG" : "MISS ", row.element(), row.value(), p.map(Proposal::value).orElse("-"),
                        row.phrasing(), row.source(), p.map(v -> " by " + v.source() + " from \"" + v.quote() + "\"").orElse("")));
            }
        }
        System.out.print(misses);
        perFile.forEach((file, c) -> System.out.printf(Locale.ROOT, "PARAPHRASES %-32s hit rate %.3f (%d of %d)%n", file,
                (double) c[0] / c[1], c[0], c[1]));
        double rate = (double) hits / rows.size();
        System.out.printf(Locale.ROOT, "PARAPHRASES hit rate %.3f (%d of %d)%n", rate, hits, rows.size());
        assertTrue(rate >= FLOOR, "paraphrase hit rate " + rate + " is under the floor " + FLOOR);
    }
}
