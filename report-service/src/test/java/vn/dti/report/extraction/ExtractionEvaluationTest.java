package vn.dti.report.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import vn.dti.platform.testing.SharedFolder;

/**
 * Precision, recall and F1 of the engine against the hand-made gold files of the development
 * seeds (shared/seeds/gold). A proposal is correct when its element and value match a gold value
 * (numbers within 0.01) or one of that value's alternatives.
 */
class ExtractionEvaluationTest {

    static final double TARGET_F1 = 0.90;
    static final double TARGET_PRECISION = 0.95;
    private static final BigDecimal TOLERANCE = new BigDecimal("0.01");

    private static ExtractionEngine engine;

    /** The gold files were annotated against the shared starting catalog, so the engine extracts exactly that one. */
    @BeforeAll
    static void createEngine() throws IOException {
        try (var csv = Files.newInputStream(SharedFolder.locate().resolve("domain/data-elements.csv"))) {
            engine = new ExtractionEngine(Catalog.fromCsv(csv));
        }
    }

    @Test
    void meetsTheTargetsOnTheDevelopmentSeeds() throws IOException {
        Path gold = SharedFolder.locate().resolve("seeds/gold");
        ExtractionScore total = ExtractionScore.ZERO;
        List<Path> goldFiles;
        try (Stream<Path> files = Files.list(gold)) {
            goldFiles = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertTrue(goldFiles.size() >= 3, "expected the three development gold files in " + gold);
        for (Path goldFile : goldFiles) {
            total = total.plus(evaluate(goldFile));
        }
        System.out.println("OVERALL  " + total.figures());
        assertTrue(total.f1() >= TARGET_F1, "micro-F1 " + total.f1() + " is below " + TARGET_F1);
        assertTrue(total.precision() >= TARGET_PRECISION, "precision " + total.precision() + " is below " + TARGET_PRECISION);
    }

    private ExtractionScore evaluate(Path goldFile) throws IOException {
        JsonNode gold = new ObjectMapper().readTree(goldFile.toFile());
        Path seed = goldFile.getParent().getParent().resolve(gold.get("source").asText());
        String text = Files.readString(seed, StandardCharsets.UTF_8);
        ExtractionResult result = engine.extract(text);

        List<JsonNode> expected = new ArrayList<>();
        gold.get("values").forEach(expected::add);
        List<JsonNode> unmatched = new ArrayList<>(expected);
        int correct = 0;
        StringBuilder report = new StringBuilder();
        for (Proposal p : result.values()) {
            assertEquals(p.quote(), text.substring(p.start(), p.end()), "quote must be the text at its offsets");
            JsonNode hit = unmatched.stream().filter(g -> matches(g, p)).findFirst().orElse(null);
            if (hit != null) {
                unmatched.remove(hit);
                correct++;
            } else {
                report.append(String.format(Locale.ROOT, "    WRONG   %-30s %-12s %.2f  \"%s\"%n", p.element(), p.value(),
                        p.confidence(), abbreviate(p.quote())));
            }
        }
        for (JsonNode missing : unmatched) {
            report.append(String.format(Locale.ROOT, "    MISSING %-30s %s%n", missing.get("element").asText(), missing.get("value")));
        }
        ExtractionScore score = new ExtractionScore(correct, result.values().size(), expected.size());
        System.out.println(gold.get("source").asText() + "  " + score.figures());
        System.out.printf(Locale.ROOT, "    unit=%s province=%s period=%s (gold: %s, %s, %s)%n", result.unitName(), result.province(),
                result.period(), gold.at("/unit/name_vi").asText(), gold.at("/unit/province_vi").asText(),
                gold.at("/report/period").asText());
        System.out.print(report);
        return score;
    }

    static boolean matches(JsonNode gold, Proposal p) {
        if (!gold.get("element").asText().equals(p.element())) {
            return false;
        }
        if (sameValue(gold.get("value"), p.value())) {
            return true;
        }
        for (JsonNode alternative : gold.path("alternatives")) {
            if (sameValue(alternative, p.value())) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameValue(JsonNode gold, Object value) {
        if (gold.isBoolean()) {
            return Boolean.valueOf(gold.asBoolean()).equals(value);
        }
        if (gold.isNumber() && value instanceof BigDecimal number) {
            return gold.decimalValue().subtract(number).abs().compareTo(TOLERANCE) <= 0;
        }
        return false;
    }

    private static String abbreviate(String quote) {
        String oneLine = quote.replaceAll("\\s+", " ");
        return oneLine.length() <= 110 ? oneLine : oneLine.substring(0, 107) + "...";
    }
}
