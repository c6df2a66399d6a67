package vn.dti.report.extraction;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Makes the precision check's rows ({@link ProposalCheck.Row}) from the development corpus, out of fold: the documents are
 * split into five folds grouped by the site of their source (as in {@link ExtractionCrossValidationTest}); each fold is read
 * by an extractor whose second opinion was trained on the other folds and the phrasings, and every candidate it makes is
 * labelled right (it matches a gold value of its element) or wrong. Never reads {@code corpus/heldout/}.
 */
final class ProposalCheckRows {

    /** The rows, and the fold of every document. */
    record Generated(List<ProposalCheck.Row> rows, Map<String, Integer> foldOfDocument, List<TrainingRows.Document> documents,
            Map<String, List<TrainingTable.Row>> trainingRowsByDocument, List<TrainingTable.Row> phrasings) {
    }

    private ProposalCheckRows() {
    }

    static Generated generate(Catalog catalog, Lexicon lexicon) throws Exception {
        List<TrainingRows.Document> documents = TrainingRows.devDocuments();
        Map<String, List<TrainingTable.Row>> training = new HashMap<>();
        for (TrainingRows.Document d : documents) {
            training.put(d.name(), TrainingRows.ofDocument(d, catalog));
        }
        List<TrainingTable.Row> phrasings = TrainingRows.ofPhrasings();
        Map<String, Integer> foldOfHost = ExtractionCrossValidationTest.foldsBySource(documents);
        Map<String, Integer> foldOfDocument = new HashMap<>();
        documents.forEach(d -> foldOfDocument.put(d.name(), foldOfHost.get(d.host())));
        List<ProposalCheck.Row> rows = new ArrayList<>();
        for (int fold : foldOfHost.values().stream().distinct().sorted().toList()) {
            List<TrainingTable.Row> rowsOfOthers = new ArrayList<>(phrasings);
            documents.stream().filter(d -> foldOfDocument.get(d.name()) != fold).forEach(d -> rowsOfOthers.addAll(training.get(d.name())));
            ExtractionEngine engine = new ExtractionEngine(catalog, lexicon, SecondOpinion.trainedOn(rowsOfOthers, catalog), null);
            for (TrainingRows.Document d : documents) {
                if (foldOfDocument.get(d.name()) == fold) {
                    rows.addAll(ofDocument(engine, d));
                }
            }
        }
        return new Generated(rows, foldOfDocument, documents, training, phrasings);
    }

    /** Every candidate of the document, labelled against its gold. */
    static List<ProposalCheck.Row> ofDocument(ExtractionEngine engine, TrainingRows.Document d) throws IOException {
        GoldDocument document = GoldDocument.read(d.gold());
        ExtractionEngine.Reading reading = engine.read(document.text(), KnownReport.NOTHING);
        List<JsonNode> gold = document.values();
        List<ProposalCheck.Row> rows = new ArrayList<>();
        String lower = reading.text().lower();
        for (Candidate c : reading.candidates()) {
            Proposal p = ExtractionEngine.toProposal(c, reading.text(), reading.clauses());
            boolean right = gold.stream().anyMatch(g -> ExtractionEvaluationTest.matches(g, p));
            Clause clause = ProposalCheck.clauseOf(c, reading.clauses());
            UnitLevel level = reading.header().level();
            List<String> features = ProposalFeatures.ofStatement(c, lower, clause, reading.candidates());
            rows.add(new ProposalCheck.Row(right, d.name(), d.host().replaceAll("\\s+", "_"), gold.size(), level, c.element(), c.valueKey(),
                    c.start(), c.end(), c.confidence(), c.source(), features, ProposalFeatures.window(c, lower, clause), p.quote()));
        }
        return rows;
    }
}
