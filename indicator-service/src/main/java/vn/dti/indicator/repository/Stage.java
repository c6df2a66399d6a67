package vn.dti.indicator.repository;

/** The three stages a score passes. */
public enum Stage {
    /** Tự đánh giá: from the values the unit submitted. */
    SELF,
    /** Thẩm định sơ bộ: from the accepted values, reviewer adjustments included. */
    REVIEWED,
    /** Hội đồng thẩm định: REVIEWED plus the council's adjustments; rankings use it. */
    FINAL
}
