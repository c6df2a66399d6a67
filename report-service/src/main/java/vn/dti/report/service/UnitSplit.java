package vn.dti.report.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /api/v1/units/{code}/split}: from {@code date} the unit continues as several
 * existing units; each share (0–1, adding up to 1) says how much of its history each carries.
 */
public record UnitSplit(@NotNull LocalDate date, @NotNull @Size(min = 2, max = 50) List<@Valid @NotNull Part> into,
        @Size(max = 500) String reason) {

    public record Part(@NotBlank String code,
            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1") BigDecimal share) {
    }
}
