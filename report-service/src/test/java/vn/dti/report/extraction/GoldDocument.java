package vn.dti.report.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A corpus document: its gold file and the text the gold file names as its source. */
record GoldDocument(JsonNode gold, String text) {

    static GoldDocument read(Path goldFile) throws IOException {
        JsonNode gold;
        try (InputStream in = Files.newInputStream(goldFile)) {
            gold = new ObjectMapper().readTree(in);
        }
        return new GoldDocument(gold, Files.readString(goldFile.resolveSibling(gold.get("source").asText()), StandardCharsets.UTF_8));
    }

    /**
     * Checks that the proposal's quote is the text at its offsets, and strikes the gold value it matches off {@code unmatched}.
     * @return the gold value matched, or null for a wrong proposal
     */
    JsonNode strikeOff(List<JsonNode> unmatched, Proposal p) {
        assertEquals(p.quote(), text.substring(p.start(), p.end()), "quote must be the text at its offsets");
        JsonNode hit = unmatched.stream().filter(g -> ExtractionEvaluationTest.matches(g, p)).findFirst().orElse(null);
        if (hit != null) {
            unmatched.remove(hit);
        }
        return hit;
    }

    /** The gold values, in a list the caller may strike values off as they are matched. */
    List<JsonNode> values() {
        List<JsonNode> values = new ArrayList<>();
        gold.get("values").forEach(values::add);
        return values;
    }
}
