package vn.dti.ranking.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import vn.dti.ranking.repository.Ranking;
import vn.dti.ranking.repository.RankingEntry;
import vn.dti.ranking.repository.RankingStatus;

/** A ranking as the API contract shows it. */
public record RankingView(UUID id, String province, String group, String period, String framework, String stage,
        RankingStatus status, int revision, String decisionNo, LocalDate decisionDate, List<Entry> entries) {

    public record Entry(int rank, int of, String unitCode, String unitName, BigDecimal index, BigDecimal points,
            Integer previousRank, Integer movement, String grade) {

        static Entry of(RankingEntry entry) {
            Integer movement = entry.previousRank == null ? null : entry.previousRank - entry.rank;
            return new Entry(entry.rank, entry.of, entry.unitCode, entry.unitName, entry.index, entry.points,
                    entry.previousRank, movement, entry.grade);
        }
    }

    public static RankingView of(Ranking ranking) {
        return new RankingView(ranking.id, ranking.province, ranking.group, ranking.period, ranking.framework,
                ranking.stage, ranking.status, ranking.revision, ranking.decisionNo, ranking.decisionDate,
                ranking.entries.stream().map(Entry::of).toList());
    }
}
