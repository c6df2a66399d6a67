package vn.dti.indicator.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** What-if: the unit's stored values (REVIEWED, else SELF) with some of them replaced. */
public record SimulationRequest(@NotBlank String unitCode, @NotBlank String period, List<@Valid Override> overrides) {

    /** {@code value}: a number; booleans as true/false are accepted too. */
    @Schema(name = "SimulatedValue", description = "Giá trị giả định / A value assumed for the simulation")
    public record Override(@NotBlank String element, @NotNull @Schema(ref = "DataValue") Object value) {
    }

    public record Advice(String component, String nameVi, String nameEn, String method, BigDecimal points,
            BigDecimal max, BigDecimal pointsToGain, List<String> elements, List<String> flags) {
    }

    @Schema(name = "SimulationResult")
    public record Result(ScoreDetail score, String basedOn, List<Advice> advice) {
    }

    static BigDecimal numberOf(Object value) {
        if (value instanceof Boolean flag) {
            return flag ? BigDecimal.ONE : BigDecimal.ZERO;
        }
        if (value instanceof Number number) {
            return new BigDecimal(number.toString());
        }
        return null;
    }
}
