package vn.dti.ranking.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonInclude;

import vn.dti.ranking.engine.Grade;
import vn.dti.ranking.engine.GroupScore;
import vn.dti.ranking.engine.Trend;
import vn.dti.ranking.repository.Ranking;
import vn.dti.ranking.repository.RankingEntry;
import vn.dti.ranking.repository.RankingStatus;

/** A ranking as the API contract shows it. */
public record RankingView(UUID id, String province, String group, String period, String framework, String stage,
        RankingStatus status, int revision, String decisionNo, LocalDate decisionDate, String signer,
        Instant publishedAt, UUID supersededBy, String rules, Instant updatedAt, List<Entry> entries) {

    /**
     * One unit: {@code movement} = previous rank − rank (positive = up); {@code trend} UP, DOWN,
     * SAME or NEW and {@code movementLabel} "↑2", "↓1", "=", "mới"; {@code rankInterval} [best, worst].
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Entry(int rank, int of, String unitCode, String unitName, BigDecimal index, BigDecimal points,
            Integer previousRank, Integer movement, Trend trend, String movementLabel, List<Integer> rankInterval,
            String grade, String gradeEn, List<GroupScore> groups) {

        public static Entry of(RankingEntry entry, Function<String, List<GroupScore>> groupsReader) {
            Integer movement = entry.previousRank == null ? null : entry.previousRank - entry.rank;
            Trend trend = entry.trend == null ? null : Trend.valueOf(entry.trend);
            String label = trend == null ? null : trend.label(entry.previousRank, entry.rank);
            List<Integer> interval = entry.rankLow == null ? null : List.of(entry.rankLow, entry.rankHigh);
            Grade grade = entry.grade == null ? null : Grade.ofLabel(entry.grade);
            return new Entry(entry.rank, entry.of, entry.unitCode, entry.unitName, entry.index, entry.points,
                    entry.previousRank, movement, trend, label, interval, entry.grade,
                    grade == null ? null : grade.labelEn, groupsReader.apply(entry.groups));
        }
    }

    public static RankingView of(Ranking ranking, Function<String, List<GroupScore>> groupsReader) {
        return new RankingView(ranking.id, ranking.province, ranking.group, ranking.period, ranking.framework,
                ranking.stage, ranking.status, ranking.revision, ranking.decisionNo, ranking.decisionDate,
                ranking.signer, ranking.publishedAt, ranking.supersededBy, ranking.rules, ranking.updatedAt,
                ranking.entries.stream().map(entry -> Entry.of(entry, groupsReader)).toList());
    }

    /** A revision in a list, without its entries. */
    public record Summary(UUID id, String province, String group, String period, String framework, String stage,
            RankingStatus status, int revision, String decisionNo, LocalDate decisionDate, Instant publishedAt,
            UUID supersededBy, int units) {

        public static Summary of(Ranking ranking) {
            return new Summary(ranking.id, ranking.province, ranking.group, ranking.period, ranking.framework,
                    ranking.stage, ranking.status, ranking.revision, ranking.decisionNo, ranking.decisionDate,
                    ranking.publishedAt, ranking.supersededBy, ranking.entries.size());
        }
    }
}
