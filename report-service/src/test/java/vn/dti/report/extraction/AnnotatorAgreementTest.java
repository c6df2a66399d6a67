package vn.dti.report.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * How far two annotators agree on the same 25 development documents (corpus/agreement against corpus/dev), and how the extractor
 * reads them against each: the ceiling any extraction figure measured against one annotator can mean.
 */
class AnnotatorAgreementTest {

    private record Value(String element, List<String> values) {
    }

    private record Tally(int agreed, int second, int first) {
        double f1() {
            return second + first == 0 ? 1 : 2.0 * agreed / (second + first);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "P %.3f R %.3f F1 %.3f (%d agreed, %d / %d)", second == 0 ? 1.0 : (double) agreed / second,
                    first == 0 ? 1.0 : (double) agreed / first, f1(), agreed, second, first);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void twoAnnotatorsAndTheExtractorAreComparedOnTheSameDocuments() throws Exception {
        ExtractionEngine engine = new ExtractionEngine(Catalog.fromClasspath());
        Tally annotators = new Tally(0, 0, 0);
        Tally extractorVsFirst = new Tally(0, 0, 0);
        Tally extractorVsSecond = new Tally(0, 0, 0);
        for (Path second : files("corpus/agreement")) {
            Path first = second.getParent().resolveSibling("dev").resolve(second.getFileName());
            String text = Files.readString(Path.of(first.toString().replace(".json", ".txt")), StandardCharsets.UTF_8);
            List<Value> firstValues = values(JSON.readTree(first.toFile()));
            List<Value> secondValues = values(JSON.readTree(second.toFile()));
            for (String quoted : quotes(second)) {
                assertTrue(text.contains(quoted), second.getFileName() + ": quote not in the text: " + quoted);
            }
            List<Value> proposed = engine.extract(text).values().stream()
                    .map(p -> new Value(p.element(), List.of(key(p.value())))).toList();
            annotators = add(annotators, secondValues, firstValues);
            extractorVsFirst = add(extractorVsFirst, proposed, firstValues);
            extractorVsSecond = add(extractorVsSecond, proposed, secondValues);
        }
        System.out.println("AGREEMENT annotators (second against first) " + annotators);
        System.out.println("AGREEMENT extractor against the first annotator " + extractorVsFirst);
        System.out.println("AGREEMENT extractor against the second annotator " + extractorVsSecond);
        assertTrue(annotators.first() > 0 && annotators.second() > 0, "both annotations hold values");
    }

    private static Tally add(Tally t, List<Value> candidates, List<Value> gold) {
        Set<Integer> used = new HashSet<>();
        int agreed = 0;
        for (Value c : candidates) {
            for (int i = 0; i < gold.size(); i++) {
                Value g = gold.get(i);
                if (!used.contains(i) && g.element().equals(c.element()) && g.values().stream().anyMatch(c.values()::contains)) {
                    used.add(i);
                    agreed++;
                    break;
                }
            }
        }
        return new Tally(t.agreed() + agreed, t.second() + candidates.size(), t.first() + gold.size());
    }

    private static List<Value> values(JsonNode gold) {
        List<Value> out = new ArrayList<>();
        for (JsonNode v : gold.get("values")) {
            List<String> values = new ArrayList<>(List.of(key(v.get("value"))));
            v.path("alternatives").forEach(a -> values.add(key(a)));
            out.add(new Value(v.get("element").asText(), values));
        }
        return out;
    }

    private static List<String> quotes(Path gold) throws IOException {
        List<String> out = new ArrayList<>();
        JSON.readTree(gold.toFile()).get("values").forEach(v -> out.add(v.get("quote").asText()));
        return out;
    }

    private static String key(Object value) {
        if (value instanceof JsonNode node) {
            return node.isBoolean() ? node.asText() : key(node.asText());
        }
        if (value instanceof Boolean b) {
            return b.toString();
        }
        try {
            return new BigDecimal(value.toString()).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException notANumber) {
            return value.toString().toLowerCase(Locale.ROOT);
        }
    }

    private static List<Path> files(String folder) throws URISyntaxException, IOException {
        Path dir = Path.of(AnnotatorAgreementTest.class.getClassLoader().getResource(folder).toURI());
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }
}
