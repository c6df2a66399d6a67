package vn.dti.ranking.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Ranks one peer group: standard competition ranking ("15, 15, 17") on the index rounded to the
 * rules' precision, then the tie-breakers in order; "k/N" with N = the units assessed; movement
 * against the previous comparable period; rank intervals; grade bands. Pure: no I/O, no clock.
 */
public final class RankingEngine {

    /** A score with what it is compared on, computed once (BigDecimal sums are not free at 4,000 units). */
    private record Keyed(UnitScore score, BigDecimal compared, BigDecimal[] tieValues) {
    }

    private static final Comparator<Keyed> BY_TIE_BREAKERS = (a, b) -> {
        for (int i = 0; i < a.tieValues.length; i++) {
            int order = b.tieValues[i].compareTo(a.tieValues[i]);
            if (order != 0) {
                return order;
            }
        }
        return 0;
    };
    private static final Comparator<Keyed> BEST_FIRST = Comparator.comparing(Keyed::compared).reversed()
            .thenComparing(BY_TIE_BREAKERS);

    private final RankRules rules;

    public RankingEngine(RankRules rules) {
        this.rules = rules;
    }

    public List<Placement> rank(List<UnitScore> scores, PreviousRanks previous) {
        List<Keyed> ordered = scores.stream().map(this::keyed)
                .sorted(BEST_FIRST.thenComparing(keyed -> keyed.score().unitCode())).toList();
        int[] ranks = competitionRanks(ordered);
        RankInterval[] intervals = rules.intervals() == null ? null
                : new RankIntervals(rules.intervals(), rules.precision())
                        .of(ordered.stream().map(Keyed::score).toList(), tieOrdinals(ordered));
        List<Placement> placements = new ArrayList<>(ordered.size());
        for (int i = 0; i < ordered.size(); i++) {
            placements.add(placement(ordered.get(i), ranks[i], ordered.size(), previous,
                    intervals == null ? null : intervals[i]));
        }
        return placements;
    }

    private Keyed keyed(UnitScore score) {
        BigDecimal[] tieValues = rules.tieBreakers().stream()
                .map(tieBreaker -> score.pointsOf(tieBreaker.groupCodes())).toArray(BigDecimal[]::new);
        return new Keyed(score, score.index().setScale(rules.precision(), RoundingMode.HALF_UP), tieValues);
    }

    private static int[] competitionRanks(List<Keyed> ordered) {
        int[] ranks = new int[ordered.size()];
        for (int i = 0; i < ordered.size(); i++) {
            boolean tiedWithPrevious = i > 0 && BEST_FIRST.compare(ordered.get(i - 1), ordered.get(i)) == 0;
            ranks[i] = tiedWithPrevious ? ranks[i - 1] : i + 1;
        }
        return ranks;
    }

    /** 0 for the best tie-breaker values; units the tie-breakers cannot tell apart share an ordinal. */
    private static long[] tieOrdinals(List<Keyed> ordered) {
        Integer[] byTies = IntStream.range(0, ordered.size()).boxed().toArray(Integer[]::new);
        Arrays.sort(byTies, (a, b) -> BY_TIE_BREAKERS.compare(ordered.get(a), ordered.get(b)));
        long[] ordinals = new long[ordered.size()];
        for (int i = 1; i < byTies.length; i++) {
            boolean tied = BY_TIE_BREAKERS.compare(ordered.get(byTies[i - 1]), ordered.get(byTies[i])) == 0;
            ordinals[byTies[i]] = tied ? ordinals[byTies[i - 1]] : i;
        }
        return ordinals;
    }

    private Placement placement(Keyed keyed, int rank, int of, PreviousRanks previous, RankInterval interval) {
        Integer previousRank = previous.rankOf(keyed.score().unitCode());
        Grade grade = rules.grades() == null ? null : rules.grades().gradeOf(keyed.compared());
        return new Placement(keyed.score(), keyed.compared(), rank, of, previousRank,
                Trend.of(previousRank, rank, previous.exist()), interval, grade);
    }
}
