package vn.dti.ranking.engine;

/** Movement against the previous comparable period: ↑, ↓, =, or new (mới). */
public enum Trend {
    UP("↑"), DOWN("↓"), SAME("="), NEW("mới");

    public final String symbol;

    Trend(String symbol) {
        this.symbol = symbol;
    }

    /** Null when there is no previous ranking at all to compare with. */
    public static Trend of(Integer previousRank, int rank, boolean previousRankingExists) {
        if (!previousRankingExists) {
            return null;
        }
        if (previousRank == null) {
            return NEW;
        }
        return previousRank > rank ? UP : previousRank < rank ? DOWN : SAME;
    }

    /** "↑3", "↓1", "=", "mới". */
    public String label(Integer previousRank, int rank) {
        return switch (this) {
            case UP, DOWN -> symbol + Math.abs(previousRank - rank);
            default -> symbol;
        };
    }
}
