package vn.dti.indicator.scoring;

import java.math.BigDecimal;
import java.util.List;

/** A main index: its points, applicable max and value (points ÷ applicable max, exact). */
public record IndexScore(String code, String nameVi, String nameEn, String pillar, BigDecimal points,
        BigDecimal maxPoints, BigDecimal applicableMax, BigDecimal index, List<ComponentScore> components) {
}
