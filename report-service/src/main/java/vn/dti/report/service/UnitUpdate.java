package vn.dti.report.service;

import vn.dti.platform.rest.HasLetter;

import java.time.LocalDate;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code PUT /api/v1/units/{code}}: rename, move to another parent, change peer group, or
 * close ({@code validTo}). Fields left out keep their value. A rename with {@code effectiveFrom}
 * takes effect on that day; earlier days keep the earlier name.
 */
public record UnitUpdate(
        @HasLetter @Size(min = 1, max = 255) String name,
        @HasLetter @Size(max = 255) String nameEn,
        String parentCode,
        @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,31}", message = "must be a peer group code, see GET /api/v1/groups") String group,
        LocalDate validTo,
        @Size(max = 500) String reason,
        LocalDate effectiveFrom) {
}
