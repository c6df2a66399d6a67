package vn.dti.indicator.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

import vn.dti.indicator.repository.Stage;
import vn.dti.indicator.scoring.IndexScore;
import vn.dti.indicator.scoring.ScoreCard;

/**
 * One unit's score with its explanation: every main index and component, with method, formula,
 * inputs (element, value, source report and version), points, max and flags.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ScoreDetail(String unitCode, String unitName, String unitGroup, String province, String period,
        String framework, int frameworkVersion, Stage stage, BigDecimal points, BigDecimal applicableMax,
        BigDecimal totalMax, BigDecimal index, BigDecimal pointsExact, BigDecimal indexExact, List<GroupView> groups,
        Map<String, ScoreCard.PillarScore> pillars, List<SourceView> sources, Boolean amendmentPending,
        Instant computedAt, List<IndexScore> explanation) {
}
