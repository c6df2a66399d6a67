package vn.dti.report.service;

import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.dti.report.repository.UnitLevel;

/** Body of {@code POST/PUT /api/v1/groups}: a peer group of a province (none: a default for every province). */
public record GroupInput(
        @Pattern(regexp = "[A-Z]{2,5}", message = "must be a province code like BDI") String province,
        @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,31}", message = "must be lower-case letters, digits and dashes, at most 32") String code,
        @NotBlank @Size(max = 255) String nameVi,
        @NotBlank @Size(max = 255) String nameEn,
        @NotEmpty Set<UnitLevel> levels) {
}
