package vn.dti.report.extraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A learned second opinion ({@link ClauseClassifier} over {@link TrainingTable}): in a clause where neither the rules nor
 * the lexicon proposed anything, a figure the model confidently gives to an element nobody else proposed becomes a
 * candidate, if the element's own scope, plan, negation, period and part checks let it through. Source
 * {@code model:<element>}; the confidence stays just above the selector's minimum, so a cumulative or other-year
 * statement (period weighting) drops out and every rule or lexicon candidate of the element wins over it. Optionally
 * (measured, off in the product) it also vetoes a rule's or the lexicon's number it confidently calls none.
 */
final class SecondOpinion {

    static final String SOURCE = "model:";
    private static final double BASE = 0.55;
    private static final double SPREAD = 0.1;
    private static final int STATEMENT_BEFORE = 60;
    private static final int STATEMENT_AFTER = 40;
    private static final double MAX_SHARE = 100;

    private record Trained(String catalogKey, SecondOpinion model) {
    }

    private static volatile Trained fromClasspath;

    /** Held-out figures called none at or above the veto threshold must be truly none this often (training folds only). */
    static final double VETO_PRECISION = 0.98;

    private final ClauseClassifier classifier;
    private final Catalog catalog;
    /** The posterior of "none" above which a rule's or the lexicon's figure is dropped; above 1 when vetoes are off. */
    private final double vetoThreshold;

    SecondOpinion(ClauseClassifier classifier, Catalog catalog) {
        this(classifier, catalog, 2);
    }

    private SecondOpinion(ClauseClassifier classifier, Catalog catalog, double vetoThreshold) {
        this.classifier = classifier;
        this.catalog = catalog;
        this.vetoThreshold = vetoThreshold;
    }

    /** The same model that also vetoes a figure it confidently calls none, at a threshold chosen on the rows. */
    static SecondOpinion withVetoes(List<TrainingTable.Row> rows, Catalog catalog) {
        List<ClauseClassifier.Example> examples = examples(rows, catalog);
        return new SecondOpinion(ClauseClassifier.train(examples), catalog, ClauseClassifier.noneThreshold(examples, VETO_PRECISION));
    }

    /**
     * Trained from {@code extraction/training.tsv}, once per set of catalog elements; an empty or missing table gives a
     * model that never speaks.
     */
    static SecondOpinion fromClasspath(Catalog catalog) {
        String key = catalog.elements().stream().map(e -> e.code() + ":" + e.type()).sorted().collect(Collectors.joining(","));
        Trained trained = fromClasspath;
        if (trained == null || !trained.catalogKey().equals(key)) {
            trained = new Trained(key, trainedOn(TrainingTable.fromClasspath(), catalog));
            fromClasspath = trained;
        }
        return trained.model();
    }

    static SecondOpinion trainedOn(List<TrainingTable.Row> rows, Catalog catalog) {
        return new SecondOpinion(ClauseClassifier.train(examples(rows, catalog)), catalog);
    }

    /** With a threshold set from outside (an experiment), not chosen on the rows. */
    static SecondOpinion trainedOn(List<TrainingTable.Row> rows, Catalog catalog, double threshold) {
        return new SecondOpinion(ClauseClassifier.train(examples(rows, catalog), threshold), catalog);
    }

    static List<ClauseClassifier.Example> examples(List<TrainingTable.Row> rows, Catalog catalog) {
        return rows.stream().filter(r -> ClauseClassifier.NONE.equals(r.element()) || catalog.contains(r.element()))
                .map(r -> TrainingTable.example(r, catalog)).flatMap(Optional::stream).toList();
    }

    ClauseClassifier classifier() {
        return classifier;
    }

    List<Candidate> candidates(String lower, List<Clause> clauses, ContextChecks checks, List<Candidate> found, LexiconMatcher lexicon) {
        List<Candidate> out = new ArrayList<>();
        if (classifier.isEmpty()) {
            return out;
        }
        Set<String> proposed = new HashSet<>();
        found.forEach(c -> proposed.add(c.element()));
        for (Clause clause : clauses) {
            ReadingStopped.checkpoint();
            if (!clause.hasDigit() || clause.planSection() || found.stream().anyMatch(c -> c.start() < clause.end() && c.end() > clause.start())) {
                continue;
            }
            for (ClauseFigures.Figure f : ClauseFigures.in(lower, clause.start(), clause.end())) {
                if (clause.cites(f.start())) {
                    continue;
                }
                ClauseClassifier.Prediction p = classifier.predict(f.features());
                if (p.confident() && !proposed.contains(p.label())) {
                    candidate(p, f, lower, clause, checks, lexicon).ifPresent(c -> {
                        out.add(c);
                        proposed.add(c.element());
                    });
                }
            }
        }
        return out;
    }

    double vetoThreshold() {
        return vetoThreshold;
    }

    /** A number the rules or the lexicon proposed whose figure the model confidently calls none. */
    boolean vetoes(Candidate c, String lower, List<Clause> clauses) {
        if (vetoThreshold > 1 || !(c.value() instanceof BigDecimal value) || c.source().startsWith(SOURCE)) {
            return false;
        }
        for (Clause clause : clauses) {
            if (clause.start() <= c.start() && c.start() < clause.end()) {
                return ClauseFigures.in(lower, clause.start(), clause.end()).stream()
                        .filter(f -> f.start() >= c.start() && f.start() < c.end() && f.value().compareTo(value) == 0)
                        .findFirst().map(f -> classifier.predict(f.features()))
                        .filter(p -> ClauseClassifier.NONE.equals(p.label()) && p.probability() >= vetoThreshold).isPresent();
            }
        }
        return false;
    }

    private Optional<Candidate> candidate(ClauseClassifier.Prediction p, ClauseFigures.Figure f, String lower, Clause clause,
            ContextChecks checks, LexiconMatcher lexicon) {
        ValueType type = catalog.find(p.label()).map(CatalogElement::type).orElse(null);
        if (!fits(type, f)) {
            return Optional.empty();
        }
        // The scope checks read the words before the figure as its subject ("Cấp huyện đã thành lập 96 tổ"), so they see
        // the statement from the figure on; the quote and the vetoes take the words before it too.
        int start = statementStart(lower, clause, f.start());
        int end = statementEnd(lower, clause, f.end());
        String element = p.label();
        if (lexicon.excludesAnotherReadersFigure(element, clause, checks, f.start(), end, f.start(), f.end()) || checks.isNegated(clause, start, end)
                || ExtractionEngine.isChangeOrOtherYear(clause, checks, f.start())
                || TableColumns.cellToRead(lower, f.start(), checks.header()) != TableColumns.AS_IS
                || lexicon.vetoes(element, lower, start, end) || lexicon.statesAPart(element, lower, start, end, clause)
                || type == ValueType.PERCENT && (LexiconMatcher.isATargetWithItsResult(lower, end, clause)
                        || LexiconMatcher.opensWithTheFigureOfTheStatementBefore(lower, start, end))) {
            return Optional.empty();
        }
        double certainty = (p.probability() - classifier.threshold()) / Math.max(1e-9, 1 - classifier.threshold());
        double weight = Math.min(0, lexicon.periodWeight(lower, clause, checks.header(), f.start()));
        double confidence = Math.round((BASE + SPREAD * Math.max(0, Math.min(1, certainty)) + weight) * 100) / 100.0;
        return Optional.of(new Candidate(element, f.value(), start, end, confidence, SOURCE + element));
    }

    private static boolean fits(ValueType type, ClauseFigures.Figure f) {
        if (type == ValueType.PERCENT) {
            return f.percent() && f.value().doubleValue() <= MAX_SHARE;
        }
        return type == ValueType.COUNT && !f.percent() && f.value().stripTrailingZeros().scale() <= 0;
    }

    /** "100% văn bản được ký số": the words after the figure, up to punctuation, belong to its statement too. */
    private static int statementEnd(String lower, Clause clause, int figureEnd) {
        int limit = Math.min(clause.end(), figureEnd + STATEMENT_AFTER);
        int end = figureEnd;
        while (end < limit && ",;.()".indexOf(lower.charAt(end)) < 0) {
            end++;
        }
        if (end == limit && limit < clause.end() && Character.isLetterOrDigit(lower.charAt(limit))) {
            end = Math.max(figureEnd, lower.lastIndexOf(' ', limit));
        }
        return end;
    }

    /** The statement of a figure: from the clause's start, or the last word boundary within reach before it. */
    private static int statementStart(String lower, Clause clause, int figureStart) {
        int start = Math.max(clause.start(), figureStart - STATEMENT_BEFORE);
        while (start > clause.start() && start < figureStart && Character.isLetterOrDigit(lower.charAt(start - 1))) {
            start++;
        }
        return start;
    }
}
