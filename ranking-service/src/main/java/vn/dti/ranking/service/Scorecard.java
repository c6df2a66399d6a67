package vn.dti.ranking.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import vn.dti.ranking.engine.GroupScore;
import vn.dti.ranking.engine.Trend;

/** Thẻ điểm / a unit's public scorecard for a period: its published rank, index and main indices. */
public record Scorecard(String unitCode, String unitName, String province, String group, String period,
        String framework, String stage, int rank, int of, BigDecimal index, BigDecimal points, Integer previousRank,
        Integer movement, Trend trend, String movementLabel, List<Integer> rankInterval, String grade, String gradeEn,
        List<GroupScore> groups, UUID rankingId, int revision, String decisionNo, LocalDate decisionDate) {

    static Scorecard of(RankingView.Entry entry, vn.dti.ranking.repository.Ranking ranking) {
        return new Scorecard(entry.unitCode(), entry.unitName(), ranking.province, ranking.group, ranking.period,
                ranking.framework, ranking.stage, entry.rank(), entry.of(), entry.index(), entry.points(),
                entry.previousRank(), entry.movement(), entry.trend(), entry.movementLabel(), entry.rankInterval(),
                entry.grade(), entry.gradeEn(), entry.groups(), ranking.id, ranking.revision, ranking.decisionNo,
                ranking.decisionDate);
    }
}
