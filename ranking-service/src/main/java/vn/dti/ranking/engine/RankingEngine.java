package vn.dti.ranking.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Ranks one peer group: standard competition ranking ("15, 15, 17") on the index rounded to the
 * rules' precision, then the tie-breakers in order; "k/N" with N = the units assessed; movement
 * against the previous comparable period; rank intervals; grade bands. Pure: no I/O, no clock.
 */
public final class RankingEngine {

    private final RankRules rules;

    public RankingEngine(RankRules rules) {
        this.rules = rules;
    }

    public List<Placement> rank(List<UnitScore> scores, PreviousRanks previous) {
        List<UnitScore> ordered = scores.stream().sorted(order().thenComparing(UnitScore::unitCode)).toList();
        int[] ranks = competitionRanks(ordered);
        RankInterval[] intervals = rules.intervals() == null ? null
                : new RankIntervals(rules.intervals(), rules.precision(), tieOrder()).of(ordered);
        List<Placement> placements = new ArrayList<>(ordered.size());
        for (int i = 0; i < ordered.size(); i++) {
            placements.add(placement(ordered.get(i), ranks[i], ordered.size(), previous,
                    intervals == null ? null : intervals[i]));
        }
        return placements;
    }

    /** Best first: the compared index, then each tie-breaker's points, higher first. */
    public Comparator<UnitScore> order() {
        Comparator<UnitScore> byIndex = Comparator.comparing(this::comparedIndex);
        return byIndex.reversed().thenComparing(tieOrder());
    }

    /** The tie-breakers alone, best first; units still equal share a rank. */
    Comparator<UnitScore> tieOrder() {
        Comparator<UnitScore> order = (a, b) -> 0;
        for (TieBreaker tieBreaker : rules.tieBreakers()) {
            Comparator<UnitScore> byPoints = Comparator.comparing(score -> score.pointsOf(tieBreaker.groupCodes()));
            order = order.thenComparing(byPoints.reversed());
        }
        return order;
    }

    public BigDecimal comparedIndex(UnitScore score) {
        return score.index().setScale(rules.precision(), RoundingMode.HALF_UP);
    }

    private int[] competitionRanks(List<UnitScore> ordered) {
        Comparator<UnitScore> order = order();
        int[] ranks = new int[ordered.size()];
        for (int i = 0; i < ordered.size(); i++) {
            boolean tiedWithPrevious = i > 0 && order.compare(ordered.get(i - 1), ordered.get(i)) == 0;
            ranks[i] = tiedWithPrevious ? ranks[i - 1] : i + 1;
        }
        return ranks;
    }

    private Placement placement(UnitScore score, int rank, int of, PreviousRanks previous, RankInterval interval) {
        Integer previousRank = previous.rankOf(score.unitCode());
        BigDecimal compared = comparedIndex(score);
        Grade grade = rules.grades() == null ? null : rules.grades().gradeOf(compared);
        return new Placement(score, compared, rank, of, previousRank, Trend.of(previousRank, rank, previous.exist()),
                interval, grade);
    }
}
