package vn.dti.indicator.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.core.type.TypeReference;

import vn.dti.indicator.repository.Score;
import vn.dti.indicator.repository.Stage;
import vn.dti.indicator.scoring.Decimals;

/**
 * A score in a list: {@code points} (2 decimals) and {@code index} (4 decimals, half-up) as shown;
 * {@code pointsExact} and {@code indexExact} as computed.
 */
public record ScoreView(String unitCode, String unitName, String unitGroup, String province, String period,
        String framework, int frameworkVersion, Stage stage, BigDecimal points, BigDecimal applicableMax,
        BigDecimal totalMax, BigDecimal index, BigDecimal pointsExact, BigDecimal indexExact, List<GroupView> groups,
        Instant computedAt) {

    static final TypeReference<List<GroupView>> GROUPS = new TypeReference<>() {
    };

    public static ScoreView of(Score score) {
        return new ScoreView(score.unitCode, score.unitName, score.unitGroup, score.province, score.period,
                score.frameworkCode, score.frameworkVersion, score.stage, Decimals.points(score.points),
                score.applicableMax, score.totalMax, Decimals.index(score.index), score.points, score.index,
                Json.readStored(score.groups, GROUPS), score.computedAt);
    }
}
