package vn.dti.report.service;

import vn.dti.platform.rest.HasLetter;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.dti.report.repository.UnitLevel;

/** Body of {@code POST /api/v1/units}. */
public record NewUnit(
        @NotBlank @Pattern(regexp = "[A-Z]{2,5}(\\.[A-Z0-9_-]{1,40}){0,3}", message = "must look like BDI or BDI.SNGV (capitals, digits, dot-separated)") String code,
        @NotBlank @HasLetter @Size(max = 255) String name,
        @HasLetter @Size(max = 255) String nameEn,
        @NotNull UnitLevel level,
        @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,31}", message = "must be a peer group code, see GET /api/v1/groups") String group,
        String parentCode,
        LocalDate validFrom,
        LocalDate validTo) {
}
