package vn.dti.indicator.scoring;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;

/** The comparisons a threshold step or an applicability condition may use. */
public enum Comparison {
    AT_LEAST(">="), ABOVE(">"), EQUAL("="), AT_MOST("<="), BELOW("<");

    public final String symbol;

    Comparison(String symbol) {
        this.symbol = symbol;
    }

    public static Optional<Comparison> ofSymbol(String symbol) {
        return Arrays.stream(values()).filter(c -> c.symbol.equals(symbol)).findFirst();
    }

    public boolean holds(BigDecimal value, BigDecimal threshold) {
        int order = value.compareTo(threshold);
        return switch (this) {
            case AT_LEAST -> order >= 0;
            case ABOVE -> order > 0;
            case EQUAL -> order == 0;
            case AT_MOST -> order <= 0;
            case BELOW -> order < 0;
        };
    }
}
