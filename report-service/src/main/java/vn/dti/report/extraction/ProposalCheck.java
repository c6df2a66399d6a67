package vn.dti.report.extraction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A learned precision check over the candidates the rules, the lexicon and the second opinion make: an L2 logistic
 * regression ({@link BinaryLogistic}) over {@link ProposalFeatures} gives P(right | candidate), and a candidate below the
 * threshold is dropped before one value per element is chosen, so the element's next candidate, if any, takes its place.
 * It trains in-process from {@code extraction/proposal-checks.tsv}: candidates of the development documents, each made by
 * an extractor whose second opinion did not see the document, labelled right or wrong against the gold (docs/extraction.md,
 * "Session 7"). The threshold is chosen on the rows alone, by grouped inner cross-validation: the one whose simulated
 * selection gives the best F1 without lowering precision; none that beats no check leaves the check doing nothing, and so
 * does an empty table.
 */
final class ProposalCheck {

    static final String RESOURCE = "extraction/proposal-checks.tsv";
    static final String HEADER = "right\tdocument\tgroup\tgold\tlevel\telement\tvalue\tstart\tend\tconfidence\tsource\tfeatures\twindow\tquote";
    private static final double OFF = 0;
    private static final double[] THRESHOLDS = {0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6};
    private static final int INNER_FOLDS = 4;
    private static final boolean DEDUPLICATE = !Boolean.getBoolean("dti.check.duplicates");

    /**
     * One candidate of a development document: right or wrong, the document, its cross-validation group (the source's site),
     * the document's number of gold values, the report's level, what the selector needs (element, value, offsets,
     * confidence, source), the statement's features ({@link ProposalFeatures#ofStatement}), the words around it (from which
     * the other features are made when the table is read), and the quote for a reader.
     */
    record Row(boolean right, String document, String group, int gold, UnitLevel level, String element, String value, int start, int end,
            double confidence, String source, List<String> features, String window, String quote) {

        String toTsv() {
            return String.join("\t", right ? "1" : "0", document, group, Integer.toString(gold), level.name(), element, value,
                    Integer.toString(start), Integer.toString(end), Double.toString(confidence), source, String.join(" ", features),
                    window.replaceAll("\\s+", " "), quote.replaceAll("\\s+", " ").strip());
        }

        static Row parse(String line) {
            String[] c = line.split("\t", -1);
            return new Row("1".equals(c[0]), c[1], c[2], Integer.parseInt(c[3]), UnitLevel.valueOf(c[4]), c[5], c[6], Integer.parseInt(c[7]),
                    Integer.parseInt(c[8]), Double.parseDouble(c[9]), c[10], c[11].isBlank() ? List.of() : Arrays.asList(c[11].split(" ")),
                    c[12], c.length > 13 ? c[13] : "");
        }

        /** The statement's features and those of its words. */
        List<String> allFeatures() {
            List<String> all = new ArrayList<>(features);
            all.addAll(ProposalFeatures.ofWindow(window, element, level));
            return all;
        }

        Candidate candidate() {
            return new Candidate(element, value, start, end, confidence, source);
        }
    }

    private static volatile ProposalCheck fromClasspath;

    private final BinaryLogistic model;
    private final double threshold;

    private ProposalCheck(BinaryLogistic model, double threshold) {
        this.model = model;
        this.threshold = threshold;
    }

    /** Trained once from the classpath table; a missing or empty table gives a check that keeps everything. */
    static ProposalCheck fromClasspath() {
        ProposalCheck check = fromClasspath;
        if (check == null) {
            check = trainedOn(read());
            fromClasspath = check;
        }
        return check;
    }

    static ProposalCheck trainedOn(List<Row> rows) {
        List<List<String>> features = rows.stream().map(Row::allFeatures).toList();
        return new ProposalCheck(fit(rows, features), chooseThreshold(rows, features));
    }

    static ProposalCheck trainedOn(List<Row> rows, double threshold) {
        return new ProposalCheck(fit(rows), threshold);
    }

    private static BinaryLogistic fit(List<Row> rows) {
        return fit(rows, rows.stream().map(Row::allFeatures).toList());
    }

    private static BinaryLogistic fit(List<Row> rows, List<List<String>> features) {
        boolean[] right = new boolean[rows.size()];
        Map<String, Integer> copies = new HashMap<>();
        rows.forEach(r -> copies.merge(statement(r), 1, Integer::sum));
        double[] weights = new double[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            right[i] = rows.get(i).right();
            weights[i] = DEDUPLICATE ? 1.0 / copies.get(statement(rows.get(i))) : 1;
        }
        return new BinaryLogistic(features, right, weights);
    }

    /** Rules and lexicon entries often read one statement several times: together they weigh as one row. */
    private static String statement(Row r) {
        return r.document() + "|" + r.element() + "|" + r.value();
    }

    double threshold() {
        return threshold;
    }

    boolean isOff() {
        return threshold <= OFF;
    }

    double probability(List<String> features) {
        return model.probability(features);
    }

    /** The candidates the check lets through. */
    List<Candidate> keep(List<Candidate> candidates, String lower, List<Clause> clauses, UnitLevel level) {
        if (isOff()) {
            return candidates;
        }
        return candidates.stream().filter(c -> probability(ProposalFeatures.of(c, lower, clauseOf(c, clauses), level, candidates)) >= threshold)
                .toList();
    }

    static Clause clauseOf(Candidate c, List<Clause> clauses) {
        for (Clause clause : clauses) {
            if (clause.start() <= c.start() && c.start() < clause.end()) {
                return clause;
            }
        }
        return null;
    }

    /** The rows of the classpath table. */
    static List<Row> read() {
        InputStream in = ProposalCheck.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            return List.of();
        }
        List<Row> rows = new ArrayList<>();
        try (in; BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("right\t")) {
                    rows.add(Row.parse(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
        return rows;
    }

    /** Correct, proposed and gold values when the candidates of each document at or above {@code threshold} go to the selector. */
    record Outcome(int correct, int proposed, int gold) {

        double precision() {
            return proposed == 0 ? 1 : (double) correct / proposed;
        }

        double f1() {
            return proposed + gold == 0 ? 0 : 2.0 * correct / (proposed + gold);
        }
    }

    static Outcome simulate(List<Row> rows, double[] probabilities, double threshold) {
        Map<String, List<Integer>> byDocument = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            byDocument.computeIfAbsent(rows.get(i).document(), k -> new ArrayList<>()).add(i);
        }
        int correct = 0;
        int proposed = 0;
        int gold = 0;
        for (List<Integer> document : byDocument.values()) {
            gold += rows.get(document.get(0)).gold();
            Map<String, Boolean> rightOf = new HashMap<>();
            List<Candidate> kept = new ArrayList<>();
            for (int i : document) {
                Row r = rows.get(i);
                rightOf.put(key(r.candidate()), r.right());
                if (probabilities[i] >= threshold) {
                    kept.add(r.candidate());
                }
            }
            for (Candidate chosen : CandidateSelector.select(kept)) {
                proposed++;
                correct += rightOf.getOrDefault(key(chosen), false) ? 1 : 0;
            }
        }
        return new Outcome(correct, proposed, gold);
    }

    private static String key(Candidate c) {
        return c.element() + "|" + c.valueKey() + "|" + c.start() + "|" + c.end() + "|" + c.source();
    }

    /** Held-out probabilities of every row, by grouped inner cross-validation (a row's group never trains its own model). */
    static double[] heldOutProbabilities(List<Row> rows) {
        return heldOutProbabilities(rows, rows.stream().map(Row::allFeatures).toList());
    }

    private static double[] heldOutProbabilities(List<Row> rows, List<List<String>> features) {
        List<String> groups = rows.stream().map(Row::group).distinct().sorted().toList();
        double[] p = new double[rows.size()];
        Arrays.fill(p, 1);
        if (groups.size() < INNER_FOLDS) {
            return p;
        }
        for (int fold = 0; fold < INNER_FOLDS; fold++) {
            Set<String> held = new HashSet<>();
            for (int i = fold; i < groups.size(); i += INNER_FOLDS) {
                held.add(groups.get(i));
            }
            List<Row> training = new ArrayList<>();
            List<List<String>> trainingFeatures = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                if (!held.contains(rows.get(i).group())) {
                    training.add(rows.get(i));
                    trainingFeatures.add(features.get(i));
                }
            }
            BinaryLogistic inner = fit(training, trainingFeatures);
            for (int i = 0; i < rows.size(); i++) {
                if (held.contains(rows.get(i).group())) {
                    p[i] = inner.probability(features.get(i));
                }
            }
        }
        return p;
    }

    /** The threshold whose held-out simulated F1 is best among those that do not lower precision; {@link #OFF} when none beats no check. */
    private static double chooseThreshold(List<Row> rows, List<List<String>> features) {
        if (rows.isEmpty()) {
            return OFF;
        }
        double[] p = heldOutProbabilities(rows, features);
        Outcome none = simulate(rows, p, OFF);
        double best = OFF;
        Outcome bestOutcome = none;
        for (double t : THRESHOLDS) {
            Outcome o = simulate(rows, p, t);
            if (o.precision() >= none.precision() && o.f1() > bestOutcome.f1() + 1e-9) {
                best = t;
                bestOutcome = o;
            }
        }
        return best;
    }

    /** {threshold, correct, proposed, gold} of the held-out simulation at every threshold, for the measurement's print-out. */
    static List<double[]> curve(List<Row> rows) {
        double[] p = heldOutProbabilities(rows);
        List<double[]> out = new ArrayList<>();
        for (double t : THRESHOLDS) {
            Outcome o = simulate(rows, p, t);
            out.add(new double[] {t, o.correct(), o.proposed(), o.gold()});
        }
        Outcome o = simulate(rows, p, OFF);
        out.add(0, new double[] {OFF, o.correct(), o.proposed(), o.gold()});
        return out;
    }
}
