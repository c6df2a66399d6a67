package vn.dti.ranking.engine;

/** The range of ranks a unit takes in most weight draws: the 5th to the 95th percentile by default. */
public record RankInterval(int best, int worst) {
}
