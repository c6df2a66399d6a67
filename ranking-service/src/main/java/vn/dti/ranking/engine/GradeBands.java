package vn.dti.ranking.engine;

import java.math.BigDecimal;

/** Lowest index of each band; an index below {@code average} is {@link Grade#WEAK}. */
public record GradeBands(BigDecimal excellent, BigDecimal good, BigDecimal fair, BigDecimal average) {

    public GradeBands {
        if (!(excellent.compareTo(good) > 0 && good.compareTo(fair) > 0 && fair.compareTo(average) > 0)) {
            throw new IllegalArgumentException("grade thresholds must decrease: excellent > good > fair > average");
        }
    }

    public Grade gradeOf(BigDecimal index) {
        if (index.compareTo(excellent) >= 0) {
            return Grade.EXCELLENT;
        }
        if (index.compareTo(good) >= 0) {
            return Grade.GOOD;
        }
        if (index.compareTo(fair) >= 0) {
            return Grade.FAIR;
        }
        return index.compareTo(average) >= 0 ? Grade.AVERAGE : Grade.WEAK;
    }
}
