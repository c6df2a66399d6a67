package vn.dti.indicator.service;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The council recognises {@code points} for one component of a unit's period, with a reason. */
public record CouncilAdjustmentInput(@NotBlank String unitCode, @NotBlank String period, @NotBlank String component,
        @NotNull @DecimalMin("0") BigDecimal points, @NotBlank @Size(max = 2000) String reason) {
}
