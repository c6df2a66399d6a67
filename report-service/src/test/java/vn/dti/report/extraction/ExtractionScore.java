package vn.dti.report.extraction;

import java.util.Locale;

/** Counts of an extraction evaluation (correct, proposed, gold) and the micro figures made from them. */
record ExtractionScore(int correct, int proposed, int expected) {

    static final ExtractionScore ZERO = new ExtractionScore(0, 0, 0);

    double precision() {
        return proposed == 0 ? 1.0 : (double) correct / proposed;
    }

    double recall() {
        return expected == 0 ? 1.0 : (double) correct / expected;
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    ExtractionScore plus(ExtractionScore other) {
        return new ExtractionScore(correct + other.correct, proposed + other.proposed, expected + other.expected);
    }

    /** "precision 0.950  recall 0.900  F1 0.924  (… correct, … proposed, … gold)". */
    String figures() {
        return String.format(Locale.ROOT, "precision %.3f  recall %.3f  F1 %.3f  (%d correct, %d proposed, %d gold)",
                precision(), recall(), f1(), correct, proposed, expected);
    }
}
