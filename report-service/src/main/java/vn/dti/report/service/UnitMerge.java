package vn.dti.report.service;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** Body of {@code POST /api/v1/units/{code}/merge}: the unit ends the day before {@code date}. */
public record UnitMerge(@NotBlank String into, @NotNull LocalDate date, String reason) {
}
