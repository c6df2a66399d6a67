package vn.dti.report.service;

import vn.dti.platform.rest.HasLetter;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /api/v1/campaigns}: a request for reports of a period from units of one
 * province, listed one by one ({@code units}) and/or by peer group ({@code groups}).
 */
public record NewCampaign(
        @NotBlank @HasLetter @Size(max = 500) String title,
        @Size(max = 255) String legalReference,
        @NotBlank @Pattern(regexp = "[A-Z]{2,5}", message = "must be a province code like BDI") String province,
        @NotBlank String period,
        @NotNull OffsetDateTime deadline,
        @Size(max = 5000) List<String> units,
        @Size(max = 20) List<@Pattern(regexp = "[a-z0-9][a-z0-9-]{0,31}", message = "must be a peer group code, see GET /api/v1/groups") String> groups) {
}
