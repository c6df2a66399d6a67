package vn.dti.ranking.service;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * One period of a unit's rank history; {@code unitCode} is the code the unit was ranked under
 * (a predecessor's, before a merge or rename).
 */
public record RankHistoryItem(String period, String group, int rank, int of, BigDecimal index, BigDecimal points,
        String grade, Integer previousRank, Integer movement, String unitCode, String framework, String stage,
        int revision, UUID rankingId) {
}
