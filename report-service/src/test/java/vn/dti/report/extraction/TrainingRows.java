package vn.dti.report.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Makes the clause model's training rows ({@link TrainingTable}) from the development corpus and the phrasing files. A figure
 * of a dev text is a positive of the element whose gold quote holds it with the same value, "none" when no gold quote holds
 * it (the figures annotators left out: other bodies, plans, changes, counts outside the catalog), and is skipped when a
 * gold quote holds it with another value (a part or a total of the stated one). A phrasing row with a figure is a positive;
 * rows without one ("-", yes/no) are the context checks' business and are skipped.
 */
final class TrainingRows {

    private static final int CUT_BEFORE = 200;
    private static final int CUT_AFTER = 80;
    private static final BigDecimal TOLERANCE = new BigDecimal("0.01");

    private TrainingRows() {
    }

    /** A development document: its name, the host of its source (the cross-validation group), its gold file. */
    record Document(String name, String host, Path gold) {
    }

    static List<Document> devDocuments() throws IOException, URISyntaxException {
        Path dir = Path.of(TrainingRows.class.getClassLoader().getResource("corpus/dev").toURI());
        List<Document> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path gold : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                JsonNode json = read(gold);
                String url = json.path("source_url").asText("");
                String host = url.isBlank() ? gold.getFileName().toString() : hostOf(url);
                if ("province".equals(System.getProperty("dti.cv.group"))) {
                    host = json.path("unit").path("province_vi").asText(host); // a stricter grouping, for a check
                }
                out.add(new Document(gold.getFileName().toString().replace(".json", ""), host, gold));
            }
        }
        return out;
    }

    private static String hostOf(String url) {
        try {
            String host = URI.create(url.strip().replace(" ", "%20")).getHost();
            return host == null ? url : host.replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException notAUri) {
            return url;
        }
    }

    static List<TrainingTable.Row> ofDocument(Document doc, Catalog catalog) throws IOException {
        JsonNode gold = read(doc.gold());
        String original = Files.readString(doc.gold().resolveSibling(gold.get("source").asText()), StandardCharsets.UTF_8);
        NormalizedText text = NormalizedText.of(original);
        ReportHeader header = ReportHeader.detect(text);
        List<TrainingTable.Row> rows = new ArrayList<>();
        for (Clause clause : Layout.clauses(text, header.periodEndYear(), header.level())) {
            for (ClauseFigures.Figure f : ClauseFigures.in(text.lower(), clause.start(), clause.end())) {
                String label = label(gold, original, text.originalStart(f.start()), f, catalog);
                if (label != null) {
                    rows.add(new TrainingTable.Row(label, f.value(), cut(text.text(), clause, f), doc.name()));
                }
            }
        }
        return rows;
    }

    /** The element, "none", or null when a numeric gold quote holds the figure with another value. */
    private static String label(JsonNode gold, String original, int at, ClauseFigures.Figure f, Catalog catalog) {
        boolean inQuote = false;
        for (JsonNode g : gold.get("values")) {
            if (!g.get("value").isNumber()) {
                continue;
            }
            String quote = g.get("quote").asText();
            for (int q = original.indexOf(quote); q >= 0; q = original.indexOf(quote, q + 1)) {
                if (at >= q && at < q + quote.length()) {
                    inQuote = true;
                    ValueType type = catalog.find(g.get("element").asText()).map(CatalogElement::type).orElse(null);
                    boolean fits = type == ValueType.PERCENT ? f.percent() : type == ValueType.COUNT && !f.percent();
                    if (fits && sameValue(g, f.value())) {
                        return g.get("element").asText();
                    }
                }
            }
        }
        return inQuote ? null : ClauseClassifier.NONE;
    }

    private static boolean sameValue(JsonNode g, BigDecimal value) {
        if (g.get("value").decimalValue().subtract(value).abs().compareTo(TOLERANCE) <= 0) {
            return true;
        }
        for (JsonNode alternative : g.path("alternatives")) {
            if (alternative.isNumber() && alternative.decimalValue().subtract(value).abs().compareTo(TOLERANCE) <= 0) {
                return true;
            }
        }
        return false;
    }

    /** The clause around the figure, cut at spaces to at most {@link #CUT_BEFORE} characters before and {@link #CUT_AFTER} after. */
    private static String cut(String s, Clause clause, ClauseFigures.Figure f) {
        int from = clause.start();
        if (f.start() - from > CUT_BEFORE) {
            from = s.indexOf(' ', f.start() - CUT_BEFORE) + 1;
        }
        int to = clause.end();
        if (to - f.end() > CUT_AFTER) {
            to = Math.max(f.end(), s.lastIndexOf(' ', f.end() + CUT_AFTER));
        }
        return s.substring(from, to);
    }

    /** Rows of every {@code corpus/phrasings*.tsv} that state a figure. */
    static List<TrainingTable.Row> ofPhrasings() throws IOException, URISyntaxException {
        Path dir = Path.of(TrainingRows.class.getClassLoader().getResource("corpus").toURI());
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.filter(f -> f.getFileName().toString().matches("phrasings.*\\.tsv")).sorted().toList();
        }
        List<TrainingTable.Row> rows = new ArrayList<>();
        for (Path file : files) {
            String[] lines = Files.readString(file, StandardCharsets.UTF_8).split("\r?\n");
            for (int i = 1; i < lines.length; i++) {
                String[] cols = lines[i].split("\t", -1);
                if (cols.length >= 3 && cols[2].strip().matches("\\d+(?:\\.\\d+)?")) {
                    rows.add(new TrainingTable.Row(cols[0].strip(), new BigDecimal(cols[2].strip()), cols[1], file.getFileName().toString()));
                }
            }
        }
        return rows;
    }

    private static JsonNode read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new ObjectMapper().readTree(in);
        }
    }
}
