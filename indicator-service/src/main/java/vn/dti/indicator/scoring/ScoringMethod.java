package vn.dti.indicator.scoring;

/** The nine scoring methods of DTI-FRAMEWORK.md, with labels a person reads. */
public enum ScoringMethod {
    BOOLEAN("Có/không", "Yes/no: true gives the maximum"),
    PERCENT("Tỷ lệ phần trăm", "max × clamp(p, 0, 100) / 100"),
    RATIO("Tỷ số a/b", "max × clamp(a / b, 0, 1); b = 0 or missing: does not apply"),
    THRESHOLDS("Theo ngưỡng", "The first step whose condition holds gives its points"),
    CAPPED_COUNT("Đếm có giới hạn", "min(count × per item, max)"),
    LEVEL_MAP("Theo mức/cấp độ", "A table from level to a fraction of max"),
    GOALPOSTS("Theo cận dưới/cận trên", "max × clamp((v − low) / (high − low), 0, 1), or reversed"),
    BEST_IN_GROUP("So với đơn vị cao nhất trong nhóm", "max × v / highest v of the peer group in the period"),
    INFORMATIONAL("Chỉ để thông tin", "0 points, shown only");

    public final String labelVi;
    public final String ruleEn;

    ScoringMethod(String labelVi, String ruleEn) {
        this.labelVi = labelVi;
        this.ruleEn = ruleEn;
    }
}
