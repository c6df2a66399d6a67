package vn.dti.report.extraction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The clause model's training data as data ({@code extraction/training.tsv}): one figure per row, with the element it
 * states (or {@code none}), its value, the clause text around it, and where the row came from (a corpus document or a
 * phrasing file). Rows are generated from the development corpus and the phrasing files (see docs/extraction.md,
 * "Session 6"); a phrasing can be added as a row without Java.
 */
final class TrainingTable {

    static final String RESOURCE = "extraction/training.tsv";
    static final String HEADER = "element\tvalue\tclause\torigin";

    private TrainingTable() {
    }

    record Row(String element, BigDecimal value, String clause, String origin) {

        String toTsv() {
            return element + "\t" + value.toPlainString() + "\t" + clause.replaceAll("\\s+", " ").strip() + "\t" + origin;
        }
    }

    static List<Row> fromClasspath() {
        InputStream in = TrainingTable.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            return List.of();
        }
        try (in) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    static List<Row> read(InputStream in) throws IOException {
        List<Row> rows = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = reader.readLine()) != null) {
            String[] cols = line.split("\t", -1);
            if (cols.length < 3 || line.startsWith("element\t") || line.isBlank()) {
                continue;
            }
            try {
                rows.add(new Row(cols[0].strip(), new BigDecimal(cols[1].strip()), cols[2], cols.length > 3 ? cols[3].strip() : "table"));
            } catch (NumberFormatException notAValue) {
                // a row without a plain value (e.g. a yes/no phrasing) states no figure
            }
        }
        return rows;
    }

    /** The row as a labelled figure: the first figure of its clause with the row's value (and, for a known element, its type). */
    static Optional<ClauseClassifier.Example> example(Row row, Catalog catalog) {
        String lower = NormalizedText.of(row.clause()).lower();
        ValueType type = catalog.find(row.element()).map(CatalogElement::type).orElse(null);
        for (ClauseFigures.Figure f : ClauseFigures.in(lower, 0, lower.length())) {
            boolean typeFits = type == null || (type == ValueType.PERCENT) == f.percent();
            if (typeFits && f.value().compareTo(row.value()) == 0) {
                return Optional.of(new ClauseClassifier.Example(row.element(), f.features(), row.origin()));
            }
        }
        return Optional.empty();
    }
}
