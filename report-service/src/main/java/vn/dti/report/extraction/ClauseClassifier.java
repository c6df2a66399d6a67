package vn.dti.report.extraction;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;

/**
 * An L2-regularised logistic (softmax) regression over the features of one figure ({@link ClauseFigures}): which catalog
 * element the figure states, or {@link #NONE}. It trains in a fraction of a second from labelled figures, and sets its own threshold by
 * cross-validation over the groups (documents, phrasing files) of its training data: the lowest posterior at which the
 * held-out figures it names are right at least {@link #TARGET_PRECISION} of the time.
 */
final class ClauseClassifier {

    static final String NONE = "none";
    static final double TARGET_PRECISION = 0.9;
    private static final double NEVER = 1.01;
    private static final double[] THRESHOLDS = {0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.98, 0.99, 0.995, 0.999, 0.9999};
    private static final double LEARNING_RATE = 0.2;
    private static final double DECAY = 0.3;
    private static final double L2 = 1e-3;
    private static final int EPOCHS = 15;
    private static final long SEED = 13;
    private static final int INNER_FOLDS = 3;
    /** Fewer threshold-passing held-out figures than this are too few to trust a precision. */
    private static final int MINIMUM_SUPPORT = 10;

    /** One labelled figure: its element (or none), its features, and the document or file it came from. */
    record Example(String label, List<String> features, String group) {
    }

    /** The most likely label, its posterior, and the classifier's threshold for trusting it. */
    record Prediction(String label, double probability, boolean confident) {
    }

    private final Map<String, Integer> featureIndex = new HashMap<>();
    private final List<String> labels = new ArrayList<>();
    private double[][] weights = new double[0][0];
    private double[] bias = new double[0];
    private final double threshold;

    private ClauseClassifier(List<Example> examples, double threshold) {
        this.threshold = threshold;
        List<int[]> encoded = new ArrayList<>();
        int[] target = new int[examples.size()];
        Map<String, Integer> labelIndex = new HashMap<>();
        for (int i = 0; i < examples.size(); i++) {
            Example e = examples.get(i);
            target[i] = labelIndex.computeIfAbsent(e.label(), k -> {
                labels.add(k);
                return labels.size() - 1;
            });
            encoded.add(e.features().stream().distinct().mapToInt(f -> featureIndex.computeIfAbsent(f, k -> featureIndex.size())).toArray());
        }
        if (!examples.isEmpty()) {
            fit(encoded, target);
        }
    }

    /** L2-regularised softmax regression by stochastic gradient descent, in a fixed order so a table always gives the same model. */
    private void fit(List<int[]> encoded, int[] target) {
        weights = new double[labels.size()][featureIndex.size()];
        bias = new double[labels.size()];
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < encoded.size(); i++) {
            order.add(i);
        }
        Random random = new Random(SEED);
        double[] p = new double[labels.size()];
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            Collections.shuffle(order, random);
            double rate = LEARNING_RATE / (1 + epoch * DECAY);
            for (int i : order) {
                int[] x = encoded.get(i);
                probabilities(x, p);
                for (int c = 0; c < labels.size(); c++) {
                    double g = p[c] - (c == target[i] ? 1 : 0);
                    double[] w = weights[c];
                    for (int f : x) {
                        w[f] -= rate * (g + L2 * w[f]);
                    }
                    bias[c] -= rate * g;
                }
            }
        }
    }

    private void probabilities(int[] x, double[] p) {
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < labels.size(); c++) {
            double s = bias[c];
            for (int f : x) {
                s += weights[c][f];
            }
            p[c] = s;
            max = Math.max(max, s);
        }
        double sum = 0;
        for (int c = 0; c < labels.size(); c++) {
            p[c] = Math.exp(p[c] - max);
            sum += p[c];
        }
        for (int c = 0; c < labels.size(); c++) {
            p[c] /= sum;
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
        return labels.isEmpty();
    }

    Prediction predict(List<String> features) {
        if (isEmpty()) {
            return new Prediction(NONE, 1, false);
        }
        int[] x = features.stream().map(featureIndex::get).filter(Objects::nonNull).distinct().mapToInt(Integer::intValue).toArray();
        double[] p = new double[labels.size()];
        probabilities(x, p);
        int best = 0;
        for (int c = 1; c < p.length; c++) {
            if (p[c] > p[best]) {
                best = c;
            }
        }
        String label = labels.get(best);
        return new Prediction(label, p[best], !NONE.equals(label) && p[best] >= threshold);
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
        return curve(heldOutPredictions(examples), false);
    }

    /** As {@link #precisionCurve}, for the figures called {@link #NONE}: {threshold, called none at or above it, truly none}. */
    static List<double[]> noneCurve(List<Example> examples) {
        return curve(heldOutPredictions(examples), true);
    }

    /** The lowest threshold at which a held-out figure called none is truly none at least {@code target} of the time. */
    static double noneThreshold(List<Example> examples, double target) {
        for (double[] point : noneCurve(examples)) {
            if (point[1] >= MINIMUM_SUPPORT && point[2] >= target * point[1]) {
                return point[0];
            }
        }
        return NEVER;
    }

    private record HeldOut(Prediction prediction, String truth) {
    }

    private static List<HeldOut> heldOutPredictions(List<Example> examples) {
        List<String> groups = examples.stream().map(Example::group).distinct().sorted().toList();
        List<HeldOut> out = new ArrayList<>();
        if (groups.size() < INNER_FOLDS) {
            return out;
        }
        for (int fold = 0; fold < INNER_FOLDS; fold++) {
            Set<String> held = new HashSet<>();
            for (int i = fold; i < groups.size(); i += INNER_FOLDS) {
                held.add(groups.get(i));
            }
            ClauseClassifier inner = new ClauseClassifier(examples.stream().filter(e -> !held.contains(e.group())).toList(), NEVER);
            for (Example e : examples) {
                if (held.contains(e.group())) {
                    out.add(new HeldOut(inner.predict(e.features()), e.label()));
                }
            }
        }
        return out;
    }

    private static List<double[]> curve(List<HeldOut> predictions, boolean none) {
        List<double[]> curve = new ArrayList<>();
        if (predictions.isEmpty()) {
            return curve;
        }
        for (double t : THRESHOLDS) {
            int named = 0;
            int right = 0;
            for (HeldOut h : predictions) {
                if (NONE.equals(h.prediction().label()) == none && h.prediction().probability() >= t) {
                    named++;
                    right += h.prediction().label().equals(h.truth()) ? 1 : 0;
                }
            }
            curve.add(new double[] {t, named, right});
        }
        return curve;
    }
}
