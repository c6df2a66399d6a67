package vn.dti.report.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The clause model's table {@code extraction/training.tsv}. It is generated from the development corpus and the phrasing
 * files, never from the held-out part: {@code ./mvnw -B -ntp -o test -pl report-service -am -Dtest=ExtractionTrainingTableTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Ddti.corpus.parts=dev -Ddti.training.write=true} rewrites it (run it after a
 * corpus or phrasing change).
 */
class ExtractionTrainingTableTest {

    private static final Path TABLE = Path.of("src/main/resources", TrainingTable.RESOURCE);

    @Test
    void tableIsWrittenFromTheDevelopmentCorpusAndThePhrasings() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("dti.training.write"), "writes the table only with -Ddti.training.write=true");
        Catalog catalog = Catalog.fromClasspath();
        List<String> lines = new ArrayList<>();
        lines.add(TrainingTable.HEADER);
        for (TrainingRows.Document d : TrainingRows.devDocuments()) {
            TrainingRows.ofDocument(d, catalog).forEach(r -> lines.add(r.toTsv()));
        }
        TrainingRows.ofPhrasings().forEach(r -> lines.add(r.toTsv()));
        Files.write(TABLE, lines, StandardCharsets.UTF_8);
        System.out.println("wrote " + (lines.size() - 1) + " rows to " + TABLE);
    }

    @Test
    void everyRowOfTheTableNamesAFigureOfItsClause() throws Exception {
        Catalog catalog = Catalog.fromClasspath();
        List<TrainingTable.Row> rows = TrainingTable.fromClasspath();
        long usable = rows.stream().filter(r -> TrainingTable.example(r, catalog).isPresent()).count();
        long fresh = 0;
        for (TrainingRows.Document d : TrainingRows.devDocuments()) {
            fresh += TrainingRows.ofDocument(d, catalog).size();
        }
        fresh += TrainingRows.ofPhrasings().size();
        System.out.println("training table: " + rows.size() + " rows, " + usable + " with their figure found; " + fresh
                + " rows from today's corpus" + (fresh == rows.size() ? "" : " (regenerate it: -Ddti.training.write=true)"));
        assertTrue(usable >= rows.size() * 0.95, "rows whose figure is not in their clause: " + (rows.size() - usable));
        rows.forEach(r -> assertTrue(ClauseClassifier.NONE.equals(r.element()) || catalog.contains(r.element()),
                "unknown element " + r.element()));
    }

    @Test
    void anEmptyTableGivesAModelThatNeverSpeaks() {
        SecondOpinion empty = SecondOpinion.trainedOn(List.of(), Catalog.fromClasspath());
        assertTrue(empty.classifier().isEmpty());
        assertEquals(ClauseClassifier.NONE, empty.classifier().predict(List.of("b:phủ", "type:pct")).label());
    }
}
