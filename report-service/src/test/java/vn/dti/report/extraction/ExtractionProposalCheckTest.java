package vn.dti.report.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The learned precision check ({@link ProposalCheck}) measured on documents it was not trained on, nested: for each of the
 * five folds grouped by source, the check is trained on the other folds' out-of-fold rows (its threshold chosen on them
 * alone) and the fold is extracted without and with it, by an engine whose second opinion did not see the fold either. The
 * last two held-out parts now in dev ({@code n111}–{@code n160}, {@code n71}–{@code n110}) are measured the same way, trained
 * on everything else. Figures go to docs/extraction.md ("Session 7"). With {@code -Ddti.checks.write=true} it rewrites the
 * product's table {@code extraction/proposal-checks.tsv} from the whole development corpus.
 */
class ExtractionProposalCheckTest {

    private static final Path TABLE = Path.of("src/main/resources", ProposalCheck.RESOURCE);
    private static Catalog catalog;
    private static Lexicon lexicon;
    private static ProposalCheckRows.Generated generated;

    @BeforeAll
    static void readCatalog() {
        catalog = Catalog.fromClasspath();
        lexicon = Lexicon.fromClasspath();
    }

    /** The out-of-fold rows, made once for the tests that need them (about 20 s). */
    private static void generateRows() throws Exception {
        if (generated != null) {
            return;
        }
        long started = System.nanoTime();
        generated = ProposalCheckRows.generate(catalog, lexicon);
        long right = generated.rows().stream().filter(ProposalCheck.Row::right).count();
        System.out.printf(Locale.ROOT, "proposal-check rows: %d (%d right, %d wrong) from %d documents in %d ms%n", generated.rows().size(), right,
                generated.rows().size() - right, generated.documents().size(), (System.nanoTime() - started) / 1_000_000);
    }

    @Test
    void tableIsWrittenFromTheDevelopmentCorpusOutOfFold() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("dti.checks.write"), "writes the table only with -Ddti.checks.write=true");
        generateRows();
        List<String> lines = new ArrayList<>();
        lines.add(ProposalCheck.HEADER);
        generated.rows().forEach(r -> lines.add(r.toTsv()));
        Files.write(TABLE, lines, StandardCharsets.UTF_8);
        System.out.println("wrote " + generated.rows().size() + " rows to " + TABLE);
    }

    @Test
    void productTableIsReadAndTrainsTheCheck() {
        List<ProposalCheck.Row> rows = ProposalCheck.read();
        long started = System.nanoTime();
        ProposalCheck check = ProposalCheck.trainedOn(rows);
        System.out.printf(Locale.ROOT, "product table: %d rows; trained with its threshold in %d ms: threshold %.2f%s%n", rows.size(),
                (System.nanoTime() - started) / 1_000_000, check.threshold(), check.isOff() ? " (the check keeps every candidate)" : "");
        assertTrue(rows.stream().anyMatch(ProposalCheck.Row::right) && rows.stream().anyMatch(r -> !r.right()), "the table holds right and wrong rows");
        rows.forEach(r -> assertTrue(catalog.contains(r.element()) && !r.features().isEmpty(), "a row of a known element with features: " + r));
    }

    /** How well the check's held-out probabilities (grouped inner cross-validation over all rows) tell right from wrong. */
    @Test
    void heldOutProbabilitiesAreDiagnosed() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("dti.checks.diagnose"), "prints only with -Ddti.checks.diagnose=true");
        generateRows();
        List<ProposalCheck.Row> rows = generated.rows();
        double[] p = ProposalCheck.heldOutProbabilities(rows);
        long pairs = 0;
        double above = 0;
        for (int i = 0; i < rows.size(); i++) {
            for (int j = 0; j < rows.size(); j++) {
                if (rows.get(i).right() && !rows.get(j).right()) {
                    pairs++;
                    above += p[i] > p[j] ? 1 : p[i] == p[j] ? 0.5 : 0;
                }
            }
        }
        System.out.printf(Locale.ROOT, "held-out AUC %.3f over %d rows%n", above / pairs, rows.size());
        Set<String> chosen = new HashSet<>();
        Map<String, List<Candidate>> byDoc = new LinkedHashMap<>();
        rows.forEach(r -> byDoc.computeIfAbsent(r.document(), k -> new ArrayList<>()).add(r.candidate()));
        byDoc.forEach((doc, cs) -> CandidateSelector.select(cs).forEach(c -> chosen.add(doc + "|" + c.element() + "|" + c.valueKey() + "|" + c.start() + "|" + c.source())));
        List<Integer> selected = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            ProposalCheck.Row r = rows.get(i);
            if (chosen.contains(r.document() + "|" + r.element() + "|" + r.value() + "|" + r.start() + "|" + r.source())) {
                selected.add(i);
            }
        }
        long sp = 0;
        double sa = 0;
        for (int i : selected) {
            for (int j : selected) {
                if (rows.get(i).right() && !rows.get(j).right()) {
                    sp++;
                    sa += p[i] > p[j] ? 1 : p[i] == p[j] ? 0.5 : 0;
                }
            }
        }
        System.out.printf(Locale.ROOT, "held-out AUC %.3f over the %d selected rows (%d wrong)%n", sa / sp, selected.size(),
                selected.stream().filter(i -> !rows.get(i).right()).count());
        List<ProposalCheck.Row> winners = selected.stream().map(rows::get).toList();
        double[] q = ProposalCheck.heldOutProbabilities(winners);
        long wp = 0;
        double wa = 0;
        for (int i = 0; i < winners.size(); i++) {
            for (int j = 0; j < winners.size(); j++) {
                if (winners.get(i).right() && !winners.get(j).right()) {
                    wp++;
                    wa += q[i] > q[j] ? 1 : q[i] == q[j] ? 0.5 : 0;
                }
            }
        }
        System.out.printf(Locale.ROOT, "held-out AUC %.3f of a check trained on the selected rows alone%n", wa / wp);
        List<Integer> byQ = new ArrayList<>();
        for (int i = 0; i < winners.size(); i++) {
            byQ.add(i);
        }
        byQ.sort(Comparator.comparingDouble(i -> q[i]));
        int wrongSoFar = 0;
        for (int k = 0; k < Math.min(40, byQ.size()); k++) {
            ProposalCheck.Row r = winners.get(byQ.get(k));
            wrongSoFar += r.right() ? 0 : 1;
            System.out.printf(Locale.ROOT, "  winners-only q %.3f %-5s (lowest %d: %d wrong) %s %s %s \"%s\"%n", q[byQ.get(k)], r.right() ? "RIGHT" : "WRONG",
                    k + 1, wrongSoFar, r.document(), r.element(), r.value(), r.quote());
        }
        selected.sort(Comparator.comparingDouble(i -> p[i]));
        for (int i : selected.subList(0, Math.min(60, selected.size()))) {
            ProposalCheck.Row r = rows.get(i);
            System.out.printf(Locale.ROOT, "  selected p %.3f %-5s %s %-30s %-8s %.2f %s \"%s\"%n", p[i], r.right() ? "RIGHT" : "WRONG", r.document(),
                    r.element(), r.value(), r.confidence(), r.source(), r.quote());
        }
        for (int i : selected) {
            ProposalCheck.Row r = rows.get(i);
            if (!r.right()) {
                System.out.printf(Locale.ROOT, "  selected-wrong p %.3f %s %-30s %-8s %.2f %s \"%s\"%n", p[i], r.document(),
                        r.element(), r.value(), r.confidence(), r.source(), r.quote());
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble(i -> p[i]));
        for (int i : order.subList(0, Math.min(0, order.size()))) {
            ProposalCheck.Row r = rows.get(i);
            System.out.printf(Locale.ROOT, "  p %.3f %-5s %s %-30s %-8s %.2f %s \"%s\"%n", p[i], r.right() ? "RIGHT" : "WRONG", r.document(),
                    r.element(), r.value(), r.confidence(), r.source(), r.quote());
        }
    }

    @Test
    void checkIsMeasuredNestedOnFoldsGroupedBySource() throws Exception {
        assumeMeasured();
        ExtractionScore[] totals = {ExtractionScore.ZERO, ExtractionScore.ZERO};
        for (int fold = 0; fold < 5; fold++) {
            int k = fold;
            ExtractionScore[] s = measure("fold " + (fold + 1), doc -> generated.foldOfDocument().get(doc) == k);
            totals[0] = totals[0].plus(s[0]);
            totals[1] = totals[1].plus(s[1]);
        }
        System.out.println("check cross-validated OVERALL without check  " + totals[0].figures());
        System.out.println("check cross-validated OVERALL with check     " + totals[1].figures());
        assertEquals(totals[0].expected(), totals[1].expected(), "both read the same gold");
        assertTrue(totals[0].expected() > 0, "the folds hold gold values");
    }

    @Test
    void checkIsMeasuredOnTheLastTwoHeldOutPartsAsUnseen() throws Exception {
        assumeMeasured();
        ExtractionScore[] last = measure("n111-n160", doc -> numbered(doc, 111, 160));
        ExtractionScore[] before = measure("n71-n110", doc -> numbered(doc, 71, 110));
        assertTrue(last[0].expected() > 0 && before[0].expected() > 0, "both parts are in dev");
    }

    /**
     * An exploration ({@code -Ddti.check.nowords=true}): the row without its word n-grams, only its statement, scope, plan
     * and level features. The engine's check then ignores the word features it never saw in training.
     */
    private static ProposalCheck.Row withoutWords(ProposalCheck.Row r) {
        List<String> features = new ArrayList<>(r.features());
        ProposalFeatures.ofWindow(r.window(), r.element(), r.level()).stream()
                .filter(f -> !f.startsWith("w:") && !f.startsWith("ww:") && !f.startsWith("fw:")).forEach(features::add);
        return new ProposalCheck.Row(r.right(), r.document(), r.group(), r.gold(), r.level(), r.element(), r.value(), r.start(), r.end(),
                r.confidence(), r.source(), features, "", r.quote());
    }

    /** The nested measurement takes about a minute; while the check is off in the product it runs on demand. */
    private static void assumeMeasured() throws Exception {
        Assumptions.assumeTrue(ExtractionEngine.PROPOSAL_CHECK || Boolean.getBoolean("dti.checks.measure"),
                "measured with -Ddti.checks.measure=true (always once the check is switched on)");
        generateRows();
    }

    private static boolean numbered(String name, int from, int to) {
        if (!name.matches("n\\d+_.*")) {
            return false;
        }
        int n = Integer.parseInt(name.substring(1, name.indexOf('_')));
        return n >= from && n <= to;
    }

    /** Second opinion and check trained on every document outside the part; the part extracted without and with the check. */
    private ExtractionScore[] measure(String name, Predicate<String> inPart) throws Exception {
        List<TrainingTable.Row> training = new ArrayList<>(generated.phrasings());
        generated.trainingRowsByDocument().forEach((doc, rows) -> {
            if (!inPart.test(doc)) {
                training.addAll(rows);
            }
        });
        SecondOpinion secondOpinion = SecondOpinion.trainedOn(training, catalog);
        List<ProposalCheck.Row> checkRows = generated.rows().stream().filter(r -> !inPart.test(r.document()))
                .map(r -> Boolean.getBoolean("dti.check.nowords") ? withoutWords(r) : r).toList();
        long started = System.nanoTime();
        String fixed = System.getProperty("dti.check.threshold", "");
        ProposalCheck check = fixed.isBlank() ? ProposalCheck.trainedOn(checkRows) : ProposalCheck.trainedOn(checkRows, Double.parseDouble(fixed));
        long trainedMs = (System.nanoTime() - started) / 1_000_000;
        for (double[] point : ProposalCheck.curve(checkRows)) {
            ExtractionScore s = new ExtractionScore((int) point[1], (int) point[2], (int) point[3]);
            System.out.printf(Locale.ROOT, "  %s inner threshold %.2f: %s%n", name, point[0], s.figures());
        }
        ExtractionEngine without = new ExtractionEngine(catalog, lexicon, secondOpinion, null);
        ExtractionEngine with = new ExtractionEngine(catalog, lexicon, secondOpinion, check);
        ExtractionScore[] totals = {ExtractionScore.ZERO, ExtractionScore.ZERO};
        StringBuilder changes = new StringBuilder();
        int documents = 0;
        for (TrainingRows.Document d : generated.documents()) {
            if (!inPart.test(d.name())) {
                continue;
            }
            documents++;
            GoldDocument document = GoldDocument.read(d.gold());
            List<Proposal> a = without.extract(document.text()).values();
            List<Proposal> b = with.extract(document.text()).values();
            totals[0] = totals[0].plus(score(document, a));
            totals[1] = totals[1].plus(score(document, b));
            describeChanges(d.name(), document, a, b, changes);
            wrongOnes(d.name(), document, a, check, changes);
        }
        System.out.printf(Locale.ROOT, "== %s: %d documents, check trained on %d rows in %d ms, threshold %.2f%n", name, documents,
                checkRows.size(), trainedMs, check.threshold());
        System.out.println(name + " without check  " + totals[0].figures());
        System.out.println(name + " with check     " + totals[1].figures());
        System.out.print(changes);
        return totals;
    }

    private static ExtractionScore score(GoldDocument document, List<Proposal> proposals) {
        List<JsonNode> unmatched = document.values();
        int correct = 0;
        for (Proposal p : proposals) {
            correct += document.strikeOff(unmatched, p) != null ? 1 : 0;
        }
        return new ExtractionScore(correct, proposals.size(), document.gold().get("values").size());
    }

    /** What the check changed in one document: proposals dropped (right or wrong) and the replacements that took their place. */
    private static void describeChanges(String doc, GoldDocument document, List<Proposal> without, List<Proposal> with, StringBuilder out) {
        for (Proposal p : without) {
            if (with.stream().noneMatch(q -> same(p, q))) {
                boolean right = document.values().stream().anyMatch(g -> ExtractionEvaluationTest.matches(g, p));
                out.append(String.format(Locale.ROOT, "    dropped %-5s %s %-30s %-8s %.2f %s \"%s\"%n", right ? "RIGHT" : "WRONG", doc, p.element(),
                        p.value(), p.confidence(), p.source(), p.quote().replaceAll("\\s+", " ")));
            }
        }
        for (Proposal q : with) {
            if (without.stream().noneMatch(p -> same(p, q))) {
                boolean right = document.values().stream().anyMatch(g -> ExtractionEvaluationTest.matches(g, q));
                out.append(String.format(Locale.ROOT, "    instead %-5s %s %-30s %-8s %.2f %s \"%s\"%n", right ? "RIGHT" : "WRONG", doc, q.element(),
                        q.value(), q.confidence(), q.source(), q.quote().replaceAll("\\s+", " ")));
            }
        }
    }

    /** Each wrong proposal made without the check, with the check's P(right) of its candidate (the highest of its readings). */
    private static void wrongOnes(String doc, GoldDocument document, List<Proposal> without, ProposalCheck check, StringBuilder out) {
        for (Proposal p : without) {
            if (document.values().stream().anyMatch(g -> ExtractionEvaluationTest.matches(g, p))) {
                continue;
            }
            double best = generated.rows().stream().filter(r -> r.document().equals(doc) && r.element().equals(p.element()) && sameValue(r.value(), p.value()))
                    .mapToDouble(r -> check.probability(r.allFeatures())).max().orElse(Double.NaN);
            out.append(String.format(Locale.ROOT, "    wrong without the check: P(right) %.3f %s %-30s %-8s %s \"%s\"%n", best, doc, p.element(), p.value(),
                    p.source(), p.quote().replaceAll("\\s+", " ")));
        }
    }

    private static boolean sameValue(String key, Object value) {
        return value instanceof java.math.BigDecimal d ? new java.math.BigDecimal(key).compareTo(d) == 0 : key.equals(String.valueOf(value));
    }

    private static boolean same(Proposal p, Proposal q) {
        return p.element().equals(q.element()) && String.valueOf(p.value()).equals(String.valueOf(q.value())) && p.start() == q.start();
    }
}
