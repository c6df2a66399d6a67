package vn.dti.report.service;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /api/v1/units/{code}/move}: from {@code date} the unit belongs to
 * {@code parentCode}; in another province it continues under a new code ({@code code}, by default
 * the new province's code with the unit's own suffix).
 */
public record UnitMove(@NotBlank String parentCode, @NotNull LocalDate date,
        @Pattern(regexp = "[A-Z]{2,5}(\\.[A-Z0-9_-]{1,40}){1,3}", message = "must look like BDI.SNGV") String code,
        @Size(max = 500) String reason) {
}
