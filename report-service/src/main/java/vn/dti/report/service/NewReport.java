package vn.dti.report.service;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;

/** Body of {@code POST /api/v1/reports}. */
public record NewReport(@NotBlank String unitCode, @NotBlank String period, UUID campaignId) {
}
