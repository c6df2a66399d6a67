package vn.dti.indicator.scoring;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A framework version as a JSON document: the form an admin loads and exports, and the form it
 * is stored in. Enumerated fields are plain strings here so that a bad value is reported with
 * its path by {@link FrameworkValidator} instead of failing the whole parse.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FrameworkDocument(String code, String nameVi, String nameEn, String legalBasis, BigDecimal totalPoints,
        List<MainIndex> indices) {

    /** A main index (chỉ số chính), e.g. "I Nhận thức số", 100 points. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MainIndex(String code, String nameVi, String nameEn, BigDecimal maxPoints, String pillar,
            List<Component> components) {
    }

    /** A leaf component (chỉ số thành phần) with its scoring method. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Component(String code, String nameVi, String nameEn, BigDecimal maxPoints, String method,
            String input, String denominator, Parameters parameters, Applicability applies, String pillar,
            String evidence, String dataSource, String verifiedBy) {
    }

    /**
     * Method parameters: {@code steps} for THRESHOLDS (points) and LEVEL_MAP (fraction of max),
     * {@code perItem} for CAPPED_COUNT, {@code low}/{@code high}/{@code direction} for GOALPOSTS.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Parameters(List<Step> steps, BigDecimal perItem, BigDecimal low, BigDecimal high, String direction) {
    }

    /** "value op threshold" holds → points (THRESHOLDS) or fraction of max (LEVEL_MAP). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Step(String op, BigDecimal value, BigDecimal points, BigDecimal fraction) {
    }

    /**
     * Which units a component applies to: {@code scope} ALL (departments, districts, communes) or
     * LOCAL (districts and communes), or explicit {@code levels}; optionally only some peer
     * {@code groups}; optionally a {@code condition} on the inputs.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Applicability(String scope, List<String> levels, List<String> groups, Condition condition) {
    }

    /** Applies only while "formula op value" holds, e.g. {@code dvc.procedures_total > 0}. */
    public record Condition(String formula, String op, BigDecimal value) {
    }
}
