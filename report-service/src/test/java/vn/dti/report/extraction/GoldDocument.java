package vn.dti.report.extraction;

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

    /** The gold values, in a list the caller may strike values off as they are matched. */
    List<JsonNode> values() {
        List<JsonNode> values = new ArrayList<>();
        gold.get("values").forEach(values::add);
        return values;
    }
}
