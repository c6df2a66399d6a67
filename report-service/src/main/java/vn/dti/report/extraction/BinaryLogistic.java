package vn.dti.report.extraction;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;

/**
 * An L2-regularised logistic regression over binary features, trained by stochastic gradient descent in a fixed order (the
 * same rows always give the same model). With no rows, or rows of one label only, it answers the prior of its rows.
 */
final class BinaryLogistic {

    private static final double LEARNING_RATE = 0.1;
    private static final double DECAY = 0.3;
    private static final double L2 = 1e-3;
    private static final int EPOCHS = 20;
    private static final long SEED = 7;

    private final Map<String, Integer> index = new HashMap<>();
    private final double[] weights;
    private double bias;

    /** @param positives whether each row is a positive, in the order of {@code rows} */
    BinaryLogistic(List<List<String>> rows, boolean[] positives) {
        this(rows, positives, null);
    }

    /** @param weights each row's weight in the loss (null: all 1), e.g. a share of a statement that several rows repeat */
    BinaryLogistic(List<List<String>> rows, boolean[] positives, double[] weights) {
        List<int[]> encoded = new ArrayList<>();
        for (List<String> row : rows) {
            encoded.add(row.stream().distinct().mapToInt(f -> index.computeIfAbsent(f, k -> index.size())).toArray());
        }
        this.weights = new double[index.size()];
        fit(encoded, positives, weights);
    }

    private void fit(List<int[]> encoded, boolean[] positives, double[] rowWeights) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < encoded.size(); i++) {
            order.add(i);
        }
        Random random = new Random(SEED);
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            Collections.shuffle(order, random);
            double rate = LEARNING_RATE / (1 + epoch * DECAY);
            for (int i : order) {
                int[] x = encoded.get(i);
                double g = (probability(x) - (positives[i] ? 1 : 0)) * (rowWeights == null ? 1 : rowWeights[i]);
                for (int f : x) {
                    weights[f] -= rate * (g + L2 * weights[f]);
                }
                bias -= rate * g;
            }
        }
    }

    private double probability(int[] x) {
        double s = bias;
        for (int f : x) {
            s += weights[f];
        }
        return 1 / (1 + Math.exp(-s));
    }

    /** P(positive) of a row; features never seen in training count for nothing. */
    double probability(List<String> features) {
        return probability(features.stream().map(index::get).filter(Objects::nonNull).distinct().mapToInt(Integer::intValue).toArray());
    }
}
