package vn.dti.indicator.service;

import java.math.BigDecimal;

import vn.dti.indicator.scoring.Decimals;
import vn.dti.indicator.scoring.IndexScore;

/**
 * A main index in a score: points (2 decimals), {@code max} = applicable max, the index's nominal
 * {@code maxPoints}, and {@code index} = points ÷ applicable max (4 decimals, half-up).
 */
public record GroupView(String code, String nameVi, String nameEn, BigDecimal points, BigDecimal max,
        BigDecimal maxPoints, BigDecimal index) {

    public static GroupView of(IndexScore index) {
        return new GroupView(index.code(), index.nameVi(), index.nameEn(), Decimals.points(index.points()),
                index.applicableMax(), index.maxPoints(), Decimals.index(index.index()));
    }
}
