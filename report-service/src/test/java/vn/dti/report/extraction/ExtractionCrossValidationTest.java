package vn.dti.report.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The learned second opinion measured on documents it was not trained on: 5-fold cross-validation over the development
 * documents grouped by the site they came from (train on the other folds and the phrasing files, extract the fold), and the
 * session-5 held-out part {@code n71}–{@code n110} as if unseen (train on everything else). Each fold is scored by the
 * extractor without and with the model. Figures go to docs/extraction.md ("Session 6").
 */
class ExtractionCrossValidationTest {

    private static final int FOLDS = 5;
    private static Catalog catalog;
    private static Lexicon lexicon;
    private static ExtractionEngine rulesOnly;
    private static List<TrainingRows.Document> documents;
    private static Map<String, List<TrainingTable.Row>> rowsByDocument;
    private static List<TrainingTable.Row> phrasings;

    @BeforeAll
    static void readCorpus() throws Exception {
        catalog = Catalog.fromClasspath();
        lexicon = Lexicon.fromClasspath();
        rulesOnly = new ExtractionEngine(catalog, lexicon, null);
        documents = TrainingRows.devDocuments();
        rowsByDocument = new HashMap<>();
        for (TrainingRows.Document d : documents) {
            rowsByDocument.put(d.name(), TrainingRows.ofDocument(d, catalog));
        }
        phrasings = TrainingRows.ofPhrasings();
    }

    @Test
    void modelIsMeasuredOnFoldsGroupedBySource() throws IOException {
        Map<String, Integer> foldOf = foldsBySource(documents);
        ExtractionScore[] totals = {ExtractionScore.ZERO, ExtractionScore.ZERO};
        for (int fold = 0; fold < FOLDS; fold++) {
            int k = fold;
            List<TrainingRows.Document> test = documents.stream().filter(d -> foldOf.get(d.host()) == k).toList();
            ExtractionScore[] s = measure("fold " + (fold + 1), test);
            totals[0] = totals[0].plus(s[0]);
            totals[1] = totals[1].plus(s[1]);
        }
        System.out.println("cross-validated OVERALL without model  " + totals[0].figures());
        System.out.println("cross-validated OVERALL with model     " + totals[1].figures());
        assertEquals(totals[0].expected(), totals[1].expected(), "both read the same gold");
        assertTrue(totals[0].expected() > 0, "the folds hold gold values");
    }

    @Test
    void modelIsMeasuredOnTheSessionFiveHeldOutPartAsUnseen() throws IOException {
        List<TrainingRows.Document> test = documents.stream().filter(d -> isSessionFiveHeldOut(d.name())).toList();
        ExtractionScore[] s = measure("n71-n110", test);
        assertTrue(test.size() >= 30 && s[0].expected() > 0, "the session-5 part is in dev");
    }

    /** The fresh dev part {@code p1}–{@code p32} of session 5, as if unseen. */
    @Test
    void modelIsMeasuredOnTheFreshProvinceAndDepartmentPartAsUnseen() throws IOException {
        List<TrainingRows.Document> test = documents.stream().filter(d -> d.name().matches("p\\d+_.*")).toList();
        ExtractionScore[] s = measure("p1-p32", test);
        assertTrue(test.size() >= 30 && s[0].expected() > 0, "the fresh p part is in dev");
    }

    /** The phrasings mined in session 5 (batch 3), as if unseen: hit rate without and with a model trained on everything else. */
    @Test
    void modelIsMeasuredOnPhrasingsBatchThreeAsUnseen() throws IOException, java.net.URISyntaxException {
        String batch = "phrasings-mixed-3.tsv";
        List<TrainingTable.Row> training = new ArrayList<>(phrasings.stream().filter(r -> !r.origin().equals(batch)).toList());
        rowsByDocument.values().forEach(training::addAll);
        ExtractionEngine withModel = new ExtractionEngine(catalog, lexicon, SecondOpinion.trainedOn(training, catalog));
        java.nio.file.Path file = java.nio.file.Path.of(getClass().getClassLoader().getResource("corpus/" + batch).toURI());
        String[] lines = Files.readString(file, StandardCharsets.UTF_8).split("\r?\n");
        int[] hits = new int[2];
        int rows = 0;
        for (int i = 1; i < lines.length; i++) {
            String[] f = lines[i].split("\t", -1);
            if (f.length < 3) {
                continue;
            }
            rows++;
            String phrasing = ExtractionPhrasingsTest.withoutNote(f[1].strip());
            String element = f[0].strip();
            ExtractionEngine[] engines = {rulesOnly, withModel};
            for (int e = 0; e < 2; e++) {
                Optional<Proposal> p = engines[e].extract(phrasing).values().stream().filter(v -> v.element().equals(element)).findFirst();
                hits[e] += ExtractionPhrasingsTest.hit(p, f[2].strip()) ? 1 : 0;
            }
        }
        System.out.printf(Locale.ROOT, "%s as unseen: hit rate without model %d of %d, with model %d of %d%n", batch, hits[0], rows, hits[1], rows);
        assertTrue(rows > 0, "the batch has rows");
    }

    static boolean isSessionFiveHeldOut(String name) {
        if (!name.matches("n\\d+_.*")) {
            return false;
        }
        int n = Integer.parseInt(name.substring(1, name.indexOf('_')));
        return n >= 71 && n <= 110;
    }

    /** Groups (sites) go to the fold holding the fewest documents so far, largest groups first: folds of even size, no site in two. */
    static Map<String, Integer> foldsBySource(List<TrainingRows.Document> docs) {
        Map<String, Long> sizes = docs.stream().collect(Collectors.groupingBy(TrainingRows.Document::host, Collectors.counting()));
        List<String> hosts = new ArrayList<>(sizes.keySet());
        hosts.sort(Comparator.comparing((String h) -> -sizes.get(h)).thenComparing(h -> h));
        long[] filled = new long[FOLDS];
        Map<String, Integer> foldOf = new LinkedHashMap<>();
        for (String h : hosts) {
            int smallest = 0;
            for (int f = 1; f < FOLDS; f++) {
                if (filled[f] < filled[smallest]) {
                    smallest = f;
                }
            }
            foldOf.put(h, smallest);
            filled[smallest] += sizes.get(h);
        }
        return foldOf;
    }

    /** Trains on every other document and the phrasings, then scores the test documents without and with the model. */
    private ExtractionScore[] measure(String name, List<TrainingRows.Document> test) throws IOException {
        Set<String> held = test.stream().map(TrainingRows.Document::name).collect(Collectors.toSet());
        List<TrainingTable.Row> training = new ArrayList<>(phrasings);
        rowsByDocument.forEach((doc, rows) -> {
            if (!held.contains(doc)) {
                training.addAll(rows);
            }
        });
        List<ClauseClassifier.Example> examples = SecondOpinion.examples(training, catalog);
        System.out.println("examples " + examples.size() + " of rows " + training.size() + "; labels "
                + examples.stream().collect(Collectors.groupingBy(ClauseClassifier.Example::label, TreeMap::new, Collectors.counting())));
        for (double[] point : ClauseClassifier.precisionCurve(examples)) {
            System.out.printf(Locale.ROOT, "  threshold %.4f: %d named, %d right%n", point[0], (int) point[1], (int) point[2]);
        }
        if (Boolean.getBoolean("dti.model.veto")) {
            for (double[] point : ClauseClassifier.noneCurve(examples)) {
                System.out.printf(Locale.ROOT, "  none threshold %.4f: %d called none, %d truly%n", point[0], (int) point[1], (int) point[2]);
            }
        }
        long started = System.nanoTime();
        String fixed = System.getProperty("dti.model.threshold", "");
        SecondOpinion model = Boolean.getBoolean("dti.model.veto") ? SecondOpinion.withVetoes(training, catalog)
                : fixed.isBlank() ? SecondOpinion.trainedOn(training, catalog)
                : SecondOpinion.trainedOn(training, catalog, Double.parseDouble(fixed));
        long trainedMs = (System.nanoTime() - started) / 1_000_000;
        ExtractionEngine withModel = new ExtractionEngine(catalog, lexicon, model);
        ExtractionScore without = ExtractionScore.ZERO;
        ExtractionScore with = ExtractionScore.ZERO;
        StringBuilder modelProposals = new StringBuilder();
        Map<String, Integer> misses = new TreeMap<>();
        for (TrainingRows.Document d : test) {
            without = without.plus(score(rulesOnly, d, null));
            with = with.plus(score(withModel, d, modelProposals));
            whyMissed(withModel, model, d, misses);
        }
        System.out.println(name + " gold values missed with the model, by what the model says of their figure: " + misses);
        System.out.printf(Locale.ROOT, "== %s: %d documents, trained on %d rows in %d ms, threshold %.4f, veto threshold %.4f%n", name,
                test.size(), training.size(), trainedMs, model.classifier().threshold(), model.vetoThreshold());
        System.out.println(name + " without model  " + without.figures());
        System.out.println(name + " with model     " + with.figures());
        System.out.print(modelProposals);
        return new ExtractionScore[] {without, with};
    }

    /** For each numeric gold value the engine missed: what the model says of its figure, and whether its clause was read. */
    private static void whyMissed(ExtractionEngine engine, SecondOpinion model, TrainingRows.Document d, Map<String, Integer> out) throws IOException {
        GoldDocument document = GoldDocument.read(d.gold());
        JsonNode gold = document.gold();
        String original = document.text();
        ExtractionResult result = engine.extract(original);
        NormalizedText text = NormalizedText.of(original);
        ReportHeader header = ReportHeader.detect(text);
        List<Clause> clauses = Layout.clauses(text, header.periodEndYear(), header.level());
        for (JsonNode g : gold.get("values")) {
            if (!g.get("value").isNumber() || result.values().stream().anyMatch(p -> ExtractionEvaluationTest.matches(g, p))) {
                continue;
            }
            String element = g.get("element").asText();
            int q = original.indexOf(g.get("quote").asText());
            int qEnd = q + g.get("quote").asText().length();
            String why = "figure not found (words, money, level)";
            for (Clause c : clauses) {
                int cs = text.originalStart(c.start());
                int ce = text.originalEnd(c.end());
                ClauseFigures.Figure f = ClauseFigures.in(text.lower(), c.start(), c.end()).stream()
                        .filter(x -> text.originalStart(x.start()) >= q && text.originalStart(x.start()) < qEnd
                                && x.value().subtract(g.get("value").decimalValue()).abs().doubleValue() < 0.01)
                        .findFirst().orElse(null);
                if (f == null) {
                    continue;
                }
                ClauseClassifier.Prediction p = model.classifier().predict(f.features());
                boolean read = result.values().stream().anyMatch(x -> x.start() < ce && x.end() > cs);
                boolean elsewhere = result.values().stream().anyMatch(x -> x.element().equals(element));
                String says = p.label().equals(element) ? (p.confident() ? "names it confidently" : "names it below threshold")
                        : ClauseClassifier.NONE.equals(p.label()) ? "says none" : "names another element";
                why = says + (elsewhere ? ", element proposed with another value" : read ? ", clause read for another element" : "");
                break;
            }
            out.merge(why, 1, Integer::sum);
        }
    }

    private static ExtractionScore score(ExtractionEngine engine, TrainingRows.Document d, StringBuilder modelProposals) throws IOException {
        GoldDocument document = GoldDocument.read(d.gold());
        String text = document.text();
        ExtractionResult result = engine.extract(text);
        List<JsonNode> unmatched = document.values();
        int correct = 0;
        for (Proposal p : result.values()) {
            JsonNode hit = document.strikeOff(unmatched, p);
            if (hit != null) {
                correct++;
            }
            if (modelProposals != null && p.source().startsWith(SecondOpinion.SOURCE)) {
                modelProposals.append(String.format(Locale.ROOT, "    %-5s %s %-30s %-8s %.2f \"%s\"%n", hit != null ? "RIGHT" : "WRONG",
                        d.name(), p.element(), p.value(), p.confidence(), p.quote().replaceAll("\\s+", " ")));
            }
        }
        return new ExtractionScore(correct, result.values().size(), document.gold().get("values").size());
    }
}
