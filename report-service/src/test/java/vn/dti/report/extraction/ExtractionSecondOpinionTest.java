package vn.dti.report.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The learned second opinion, with wordings invented for these tests (none of them is in the corpus or the phrasings). */
class ExtractionSecondOpinionTest {

    private static final String DISTRICT = "UBND HUYỆN AN PHÚ\nBÁO CÁO kết quả chuyển đổi số năm 2023\n";
    private static final Catalog CATALOG = Catalog.fromClasspath();

    private static ExtractionResult extract(String body) {
        return new ExtractionEngine(CATALOG, Lexicon.fromClasspath(), SecondOpinion.fromClasspath(CATALOG)).extract(DISTRICT + body + "\n");
    }

    /** The lexicon as shipped, less one element's entry, so that only the rules and the model can read that element. */
    private static Lexicon lexiconWithout(String element) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode tree;
        try (InputStream in = ExtractionSecondOpinionTest.class.getClassLoader().getResourceAsStream("extraction/lexicon.json")) {
            tree = (ObjectNode) mapper.readTree(in);
        }
        ((ObjectNode) tree.get("elements")).remove(element);
        return Lexicon.of(new ByteArrayInputStream(mapper.writeValueAsBytes(tree)));
    }

    private static Optional<Proposal> proposalOf(ExtractionResult r, String element) {
        return r.values().stream().filter(p -> p.element().equals(element)).findFirst();
    }

    @Test
    void aClassifierTrainedOnAFewRowsNamesTheElementOfAWordingItNeverSaw() {
        List<TrainingTable.Row> rows = new ArrayList<>();
        rows.add(row("soc.mobile_coverage_pct", "100", "sóng di động 4G đã phủ 100% thôn"));
        rows.add(row("soc.mobile_coverage_pct", "98", "mạng 4G phủ sóng đến 98% xã"));
        rows.add(row("soc.mobile_coverage_pct", "97", "sóng 3G, 4G được phủ tới 97% số thôn, bản"));
        rows.add(row("soc.mobile_coverage_pct", "99", "hạ tầng di động đã phủ sóng 99% khu dân cư"));
        rows.add(row("none", "1200", "tiếp nhận 1.200 hồ sơ"));
        rows.add(row("none", "3", "tổ chức 3 lớp tập huấn"));
        rows.add(row("none", "95", "giải quyết đúng hạn 95% hồ sơ"));
        rows.add(row("none", "40", "có 40 cán bộ, công chức"));
        List<ClauseClassifier.Example> examples = SecondOpinion.examples(rows, CATALOG);
        assertEquals(rows.size(), examples.size(), "every invented row names a figure of its clause");
        ClauseClassifier model = ClauseClassifier.train(examples, 0.5);

        String unseen = "đến nay sóng di động 4G đã phủ kín 96% thôn, xóm";
        ClauseFigures.Figure f = ClauseFigures.in(unseen, 0, unseen.length()).stream().filter(ClauseFigures.Figure::percent).findFirst().orElseThrow();
        assertEquals("soc.mobile_coverage_pct", model.predict(f.features()).label());
        String count = "năm nay tiếp nhận 2.500 hồ sơ";
        ClauseFigures.Figure c = ClauseFigures.in(count, 0, count.length()).get(0);
        assertEquals(ClauseClassifier.NONE, model.predict(c.features()).label());
    }

    private static TrainingTable.Row row(String element, String value, String clause) {
        return new TrainingTable.Row(element, new BigDecimal(value), clause, "invented");
    }

    @Test
    void figuresAreNotDatesYearsOrDocumentNumbers() {
        String s = "theo kế hoạch số 122/kh-ubnd ngày 29/10/2024, năm 2024 đã có 12/15 xã đạt 80%";
        List<ClauseFigures.Figure> figures = ClauseFigures.in(s, 0, s.length());
        assertEquals(List.of("12", "15", "80"), figures.stream().map(f -> f.value().toPlainString()).toList());
        assertTrue(figures.get(0).features().contains("frac:n") && figures.get(1).features().contains("frac:d"));
        assertTrue(figures.get(2).percent());
    }

    @Test
    void aCoverageSentenceNoLexiconPhraseReadsIsProposedByTheModelWithItsQuote() throws IOException {
        ExtractionResult r = new ExtractionEngine(CATALOG, lexiconWithout("soc.mobile_coverage_pct"), SecondOpinion.fromClasspath(CATALOG))
                .extract(DISTRICT + "Hạ tầng mạng di động 4G của các nhà mạng đã phủ tới 100% thôn, bản trên địa bàn huyện.\n");
        Proposal p = proposalOf(r, "soc.mobile_coverage_pct").orElseThrow();
        assertEquals(0, p.value() instanceof BigDecimal d ? d.compareTo(BigDecimal.valueOf(100)) : -1);
        assertEquals("model:soc.mobile_coverage_pct", p.source());
        assertTrue(p.quote().contains("100%"));
    }

    @Test
    void theModelsFigureStillPassesThePlanScopeAndTierChecks() {
        assertTrue(proposalOf(extract("Phấn đấu đến năm 2025, mạng di động 4G phủ tới 100% thôn, bản trên địa bàn huyện."),
                "soc.mobile_coverage_pct").isEmpty(), "a target");
        assertTrue(proposalOf(extract("Trên cả nước, mạng di động 4G đã phủ tới 99% thôn, bản."), "soc.mobile_coverage_pct").isEmpty(),
                "the country's figure");
        ExtractionResult province = new ExtractionEngine(CATALOG, Lexicon.fromClasspath(), SecondOpinion.fromClasspath(CATALOG))
                .extract("UBND TỈNH AN GIANG\nBÁO CÁO kết quả chuyển đổi số năm 2023\nCấp huyện đã thành lập 96 tổ công nghệ số cộng đồng.\n");
        assertTrue(province.values().isEmpty(), "the district tier's teams in a province's report");
    }

    @Test
    void aClauseTheRulesOrTheLexiconReadIsLeftToThem() {
        ExtractionResult r = extract("Trong năm, 97,5% văn bản đi của huyện được ký số và phát hành qua mạng.");
        assertFalse(r.values().isEmpty());
        assertTrue(r.values().stream().noneMatch(p -> p.source().startsWith(SecondOpinion.SOURCE)));
    }

    @Test
    void withAnEmptyTableTheEngineProposesWhatTheRulesAndTheLexiconPropose() {
        String report = DISTRICT + "Hạ tầng mạng di động 4G đã phủ tới 100% thôn, bản. Huyện tiếp nhận 1.234 hồ sơ, trong đó 1.100 hồ sơ trực tuyến.\n";
        ExtractionEngine empty = new ExtractionEngine(CATALOG, Lexicon.fromClasspath(), SecondOpinion.trainedOn(List.of(), CATALOG));
        ExtractionEngine without = new ExtractionEngine(CATALOG, Lexicon.fromClasspath(), null);
        assertEquals(without.extract(report).values(), empty.extract(report).values());
    }
}
