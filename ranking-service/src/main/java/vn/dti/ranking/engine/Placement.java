package vn.dti.ranking.engine;

import java.math.BigDecimal;

/** Where a unit stands in its group: "vị thứ {rank}/{of}", with movement, interval and grade. */
public record Placement(UnitScore score, BigDecimal comparedIndex, int rank, int of, Integer previousRank, Trend trend,
        RankInterval interval, Grade grade) {

    public Integer movement() {
        return previousRank == null ? null : previousRank - rank;
    }
}
