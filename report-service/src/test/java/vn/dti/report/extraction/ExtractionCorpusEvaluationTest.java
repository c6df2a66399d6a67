package vn.dti.report.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Precision and recall per document and per element on the wider corpus of real agency reports
 * (src/test/resources/corpus): the development part, on which rules may be tuned, and the held-out
 * part, which is only measured. The figures go to docs/extraction.md.
 */
class ExtractionCorpusEvaluationTest {

    private static ExtractionEngine engine;

    @BeforeAll
    static void createEngine() {
        engine = new ExtractionEngine(Catalog.fromClasspath());
    }

    /**
     * The development part holds the documents that were held out until session 5 (moved in when a fresh held-out
     * part was annotated), so it is checked against the figures it has reached, not the targets: a change that
     * lowers them is a regression. Raise the floors as the figures rise. Session 10 moved the fifteen formal reports
     * written blind in session 9 in (P 0.920 on their own), which lowered dev precision from 0.975 to 0.958.
     */
    // Session 10 (tune10c) added six template/indicator-table reports t1-t6 written as development material for the format
    // the extractor read worst (P 0.887, R 0.567 on their own after the tab-row fix): dev fell from P 0.958 / F1 0.920
    // (unchanged on the other documents) to P 0.951 / F1 0.894; six more (t7-t12, tune10c2) joined, and with the table fixes
    // merged dev reads P 0.953 / F1 0.913 (471 documents). The floors follow the new document set, not a regression.
    // Session 11 moved the 27 formal reports written blind in session 10 in (P 0.928 / F1 0.887 on their own): dev 498
    // documents, P 0.944 / F1 0.904; tune11a (tables set with spaces, labelled parts, answers) raised it to P 0.952 / F1 0.914;
    // with tune11b and tune11c merged, P 0.969 / F1 0.928. Session 12 moved the held-out news items n305–n475 (P 0.796 /
    // F1 0.762) and the written reports w48–w77 (P 0.954 / F1 0.935) in: dev 633 documents, P 0.958 / F1 0.921; tune12d
    // (own security levels, money spent, additions and parts, staff counts; gold conventions settled) raised it to P 0.970 /
    // F1 0.930, tune12e (another body's figure in news items, shares of a part) to P 0.973 / F1 0.932. Session 13 moved the
    // written reports w78–w97 (P 0.948 / F1 0.900) and the real texts n476–n535 (P 0.747 / F1 0.729) in: dev 699 documents,
    // P 0.964 / F1 0.922; the lead's header, period and territory fixes and tune13f/g/h (comparison columns, the province's
    // section in a department's report, news-item precision, staffing sentences) raised it to P 0.971 / F1 0.930.
    static final double DEV_FLOOR_PRECISION = 0.969;
    static final double DEV_FLOOR_F1 = 0.928;

    @Test
    void developmentPartDoesNotFallBelowItsFloor() throws Exception {
        Assumptions.assumeTrue(half() == null, "only one half of the development part measured (-Ddti.corpus.half)");
        ExtractionScore total = evaluate("dev");
        assertTrue(total.f1() >= DEV_FLOOR_F1, "dev micro-F1 " + total.f1() + " is below " + DEV_FLOOR_F1);
        assertTrue(total.precision() >= DEV_FLOOR_PRECISION, "dev precision " + total.precision() + " is below " + DEV_FLOOR_PRECISION);
    }

    /** Cross-validation while tuning: one half of the development part, chosen by -Ddti.corpus.half. */
    @Test
    void developmentHalfIsMeasured() throws Exception {
        Assumptions.assumeTrue(half() != null, "no half chosen (-Ddti.corpus.half=A or B)");
        ExtractionScore total = evaluate("dev");
        assertTrue(total.expected() > 0, "the half has gold values");
    }

    /** Measured, never tuned on: the figures are reported, and the annotations must be sound. */
    @Test
    void heldOutPartIsMeasured() throws Exception {
        Assumptions.assumeTrue(partIncluded("heldout"), "held-out part left out by -Ddti.corpus.parts");
        Assumptions.assumeTrue(getClass().getClassLoader().getResource("corpus/heldout") != null, "no held-out documents yet");
        ExtractionScore total = evaluate("heldout");
        assertTrue(total.expected() > 0, "the held-out part has gold values");
    }

    /**
     * An import names its unit ({@code unitCode}), so the product reads most reports with the unit known: this measures the
     * held-out part that way too, the unit's name and level taken from the gold file as the unit register would give them.
     */
    @Test
    void heldOutPartIsMeasuredWithTheUnitKnown() throws Exception {
        Assumptions.assumeTrue(partIncluded("heldout"), "held-out part left out by -Ddti.corpus.parts");
        Assumptions.assumeTrue(getClass().getClassLoader().getResource("corpus/heldout") != null, "no held-out documents yet");
        ExtractionScore total = evaluate("heldout", true);
        assertTrue(total.expected() > 0, "the held-out part has gold values");
    }

    /** {@code -Ddti.corpus.parts=dev} measures only the development part, so tuning never shows held-out figures. */
    static boolean partIncluded(String part) {
        String parts = System.getProperty("dti.corpus.parts", "dev,heldout");
        return List.of(parts.split(",")).contains(part);
    }

    /**
     * {@code -Ddti.corpus.half=A} (or {@code B}) measures only the even (odd) documents of a part in file order, for
     * tuning on one half and checking the change on the other.
     */
    static String half() {
        String half = System.getProperty("dti.corpus.half", "");
        return half.isBlank() ? null : half.trim().toUpperCase(Locale.ROOT);
    }

    static List<Path> inHalf(List<Path> goldFiles) {
        String half = half();
        if (half == null) {
            return goldFiles;
        }
        int keep = "A".equals(half) ? 0 : 1;
        List<Path> kept = new ArrayList<>();
        for (int i = 0; i < goldFiles.size(); i++) {
            if (i % 2 == keep) {
                kept.add(goldFiles.get(i));
            }
        }
        return kept;
    }

    /** {@code -Ddti.corpus.unit=known} reads every document with its unit known, as an import with {@code unitCode} does. */
    static boolean unitKnown() {
        return "known".equals(System.getProperty("dti.corpus.unit", ""));
    }

    /** The unit as the unit register would give it for a gold document; the country is no unit of the register. */
    static KnownReport knownUnit(JsonNode gold) {
        JsonNode unit = gold.get("unit");
        String level = switch (unit.get("level").asText()) {
            case "PROVINCE", "DEPARTMENT", "DISTRICT", "COMMUNE" -> unit.get("level").asText();
            case "PROVINCE_AGENCY" -> "DEPARTMENT";
            default -> null;
        };
        return level == null ? KnownReport.NOTHING : new KnownReport(unit.get("name_vi").asText(), level);
    }

    private ExtractionScore evaluate(String part) throws IOException, URISyntaxException {
        return evaluate(part, unitKnown());
    }

    private ExtractionScore evaluate(String part, boolean knownUnit) throws IOException, URISyntaxException {
        Path dir = Path.of(getClass().getClassLoader().getResource("corpus/" + part).toURI());
        List<Path> goldFiles;
        try (Stream<Path> files = Files.list(dir)) {
            goldFiles = inHalf(files.filter(p -> p.toString().endsWith(".json")).sorted().toList());
        }
        assertTrue(goldFiles.size() >= 3, "corpus part " + part + " has too few documents");
        ExtractionScore total = ExtractionScore.ZERO;
        Map<String, ExtractionScore> perElement = new TreeMap<>();
        String label = part + (half() == null ? "" : " half " + half()) + (knownUnit ? " (unit known)" : "");
        System.out.println("== corpus " + label + " ==");
        for (Path goldFile : goldFiles) {
            total = total.plus(evaluateDocument(goldFile, perElement, knownUnit));
        }
        for (Map.Entry<String, ExtractionScore> e : perElement.entrySet()) {
            ExtractionScore s = e.getValue();
            System.out.printf(Locale.ROOT, "  element %-30s precision %.2f  recall %.2f  (%d/%d/%d)%n", e.getKey(), s.precision(),
                    s.recall(), s.correct(), s.proposed(), s.expected());
        }
        System.out.println(label + " OVERALL  " + total.figures());
        return total;
    }

    private ExtractionScore evaluateDocument(Path goldFile, Map<String, ExtractionScore> perElement, boolean knownUnit)
            throws IOException {
        GoldDocument document = GoldDocument.read(goldFile);
        JsonNode gold = document.gold();
        String text = document.text();
        ExtractionResult result = knownUnit ? engine.extract(text, knownUnit(gold)) : engine.extract(text);
        List<JsonNode> unmatched = document.values();
        int expected = unmatched.size();
        for (JsonNode g : unmatched) {
            assertTrue(text.contains(g.get("quote").asText()), "gold quote not in " + gold.get("source") + ": " + g.get("quote"));
            perElement.merge(g.get("element").asText(), new ExtractionScore(0, 0, 1), ExtractionScore::plus);
        }
        int correct = 0;
        StringBuilder report = new StringBuilder();
        for (Proposal p : result.values()) {
            JsonNode hit = document.strikeOff(unmatched, p);
            if (hit != null) {
                correct++;
                perElement.merge(p.element(), new ExtractionScore(1, 1, 0), ExtractionScore::plus);
            } else {
                perElement.merge(p.element(), new ExtractionScore(0, 1, 0), ExtractionScore::plus);
                report.append(String.format(Locale.ROOT, "    WRONG   %-30s %-10s %.2f %s \"%s\"%n", p.element(), p.value(), p.confidence(),
                        p.source(), p.quote().replaceAll("\\s+", " ")));
            }
        }
        for (JsonNode missing : unmatched) {
            report.append(String.format(Locale.ROOT, "    MISSING %-30s %s%n", missing.get("element").asText(), missing.get("value")));
        }
        ExtractionScore score = new ExtractionScore(correct, result.values().size(), expected);
        System.out.println(gold.get("source").asText() + "  " + score.figures() + "  unit=" + result.unitName()
                + " period=" + result.period());
        System.out.print(report);
        return score;
    }
}
