package vn.dti.report.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A multinomial naive Bayes model over the features of one figure ({@link ClauseFigures}): which catalog element the
 * figure states, or {@link #NONE}. It trains in a few milliseconds from labelled figures, and sets its own threshold by
 * cross-validation over the groups (documents, phrasing files) of its training data: the lowest posterior at which the
 * held-out figures it names are right at least {@link #TARGET_PRECISION} of the time.
 */
final class ClauseClassifier {

    static final String NONE = "none";
    static final double TARGET_PRECISION = 0.9;
    private static final double NEVER = 1.01;
    private static final double[] THRESHOLDS = {0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.98, 0.99, 0.995, 0.999, 0.9999};
    private static final double SMOOTHING = 0.5;
    private static final int INNER_FOLDS = 3;
    /** Fewer threshold-passing held-out figures than this are too few to trust a precision. */
    private static final int MINIMUM_SUPPORT = 10;

    /** One labelled figure: its element (or none), its features, and the document or file it came from. */
    record Example(String label, List<String> features, String group) {
    }

    /** The most likely label, its posterior, and the classifier's threshold for trusting it. */
    record Prediction(String label, double probability, boolean confident) {
    }

    private final Map<String, Double> logPrior = new HashMap<>();
    private final Map<String, Map<String, Double>> logLikelihood = new HashMap<>();
    private final Map<String, Double> logUnseen = new HashMap<>();
    private final Set<String> vocabulary = new HashSet<>();
    private final double threshold;

    private ClauseClassifier(List<Example> examples, double threshold) {
        this.threshold = threshold;
        Map<String, Integer> docs = new HashMap<>();
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        Map<String, Integer> totals = new HashMap<>();
        for (Example e : examples) {
            docs.merge(e.label(), 1, Integer::sum);
            Map<String, Integer> c = counts.computeIfAbsent(e.label(), k -> new HashMap<>());
            for (String f : e.features()) {
                c.merge(f, 1, Integer::sum);
                totals.merge(e.label(), 1, Integer::sum);
                vocabulary.add(f);
            }
        }
        int v = vocabulary.size();
        for (Map.Entry<String, Integer> d : docs.entrySet()) {
            String label = d.getKey();
            logPrior.put(label, Math.log((double) d.getValue() / examples.size()));
            double denominator = totals.getOrDefault(label, 0) + SMOOTHING * v;
            Map<String, Double> ll = new HashMap<>();
            counts.get(label).forEach((f, n) -> ll.put(f, Math.log((n + SMOOTHING) / denominator)));
            logLikelihood.put(label, ll);
            logUnseen.put(label, Math.log(SMOOTHING / denominator));
        }
    }

    /** A classifier of the examples with its threshold chosen on them; with no examples, one that is never confident. */
    static ClauseClassifier train(List<Example> examples) {
        return new ClauseClassifier(examples, chooseThreshold(examples));
    }

    static ClauseClassifier train(List<Example> examples, double threshold) {
        return new ClauseClassifier(examples, threshold);
    }

    double threshold() {
        return threshold;
    }

    boolean isEmpty() {
        return logPrior.isEmpty();
    }

    Prediction predict(List<String> features) {
        if (isEmpty()) {
            return new Prediction(NONE, 1, false);
        }
        String best = NONE;
        double bestScore = Double.NEGATIVE_INFINITY;
        Map<String, Double> scores = new HashMap<>();
        for (String label : logPrior.keySet()) {
            double s = logPrior.get(label);
            Map<String, Double> ll = logLikelihood.get(label);
            for (String f : features) {
                if (vocabulary.contains(f)) {
                    s += ll.getOrDefault(f, logUnseen.get(label));
                }
            }
            scores.put(label, s);
            if (s > bestScore) {
                bestScore = s;
                best = label;
            }
        }
        double sum = 0;
        for (double s : scores.values()) {
            sum += Math.exp(s - bestScore);
        }
        double p = 1 / sum;
        return new Prediction(best, p, !NONE.equals(best) && p >= threshold);
    }

    /** Grouped inner cross-validation: the lowest threshold whose held-out precision reaches the target. */
    private static double chooseThreshold(List<Example> examples) {
        for (double[] point : precisionCurve(examples)) {
            if (point[1] >= MINIMUM_SUPPORT && point[2] >= TARGET_PRECISION * point[1]) {
                return point[0];
            }
        }
        return NEVER;
    }

    /**
     * Per threshold, by grouped inner cross-validation: {threshold, held-out figures named an element at or above it, named
     * right}. Empty when there are too few groups.
     */
    static List<double[]> precisionCurve(List<Example> examples) {
        List<String> groups = examples.stream().map(Example::group).distinct().sorted().toList();
        List<double[]> curve = new ArrayList<>();
        if (groups.size() < INNER_FOLDS) {
            return curve;
        }
        List<double[]> scored = new ArrayList<>(); // {probability, right ? 1 : 0}
        for (int fold = 0; fold < INNER_FOLDS; fold++) {
            Set<String> held = new HashSet<>();
            for (int i = fold; i < groups.size(); i += INNER_FOLDS) {
                held.add(groups.get(i));
            }
            ClauseClassifier inner = new ClauseClassifier(examples.stream().filter(e -> !held.contains(e.group())).toList(), NEVER);
            for (Example e : examples) {
                if (held.contains(e.group())) {
                    Prediction p = inner.predict(e.features());
                    if (!NONE.equals(p.label())) {
                        scored.add(new double[] {p.probability(), p.label().equals(e.label()) ? 1 : 0});
                    }
                }
            }
        }
        for (double t : THRESHOLDS) {
            int named = 0;
            int right = 0;
            for (double[] s : scored) {
                if (s[0] >= t) {
                    named++;
                    right += (int) s[1];
                }
            }
            curve.add(new double[] {t, named, right});
        }
        return curve;
    }
}
