package vn.dti.ranking.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Hand-made scores: foundation indices I-V of 100 points each, activity VI 200, VII 150, VIII 150. */
final class Groups {

    static final String[] CODES = { "I", "II", "III", "IV", "V", "VI", "VII", "VIII" };
    static final int[] MAX = { 100, 100, 100, 100, 100, 200, 150, 150 };

    private Groups() {
    }

    /** A unit whose index is {@code index}, spread evenly over the eight main indices. */
    static UnitScore flat(String code, String index) {
        BigDecimal value = new BigDecimal(index);
        double[] points = new double[MAX.length];
        for (int g = 0; g < MAX.length; g++) {
            points[g] = MAX[g] * value.doubleValue();
        }
        return of(code, points);
    }

    /** A unit with the given points per main index, in the order of {@link #CODES}. */
    static UnitScore of(String code, double... points) {
        List<GroupScore> groups = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (int g = 0; g < points.length; g++) {
            BigDecimal p = BigDecimal.valueOf(points[g]);
            BigDecimal max = BigDecimal.valueOf(MAX[g]);
            groups.add(new GroupScore(CODES[g], p, max, p.divide(max, 6, java.math.RoundingMode.HALF_UP)));
            total = total.add(p);
        }
        BigDecimal index = total.divide(BigDecimal.valueOf(1000), 6, java.math.RoundingMode.HALF_UP);
        return new UnitScore(code, "Đơn vị " + code, total, index, groups);
    }

    /** Only the index, no main indices (the interval then cannot move it). */
    static UnitScore bare(String code, String index) {
        return new UnitScore(code, "Đơn vị " + code, new BigDecimal(index).multiply(BigDecimal.valueOf(1000)),
                new BigDecimal(index), List.of());
    }
}
