package vn.dti.ranking.service;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Quyết định công bố / the decision that publishes a ranking: "1968/QĐ-UBND" of 2024-06-03. */
public record PublishRequest(
        @NotBlank(message = "is required, e.g. 1968/QĐ-UBND") @Size(max = 64) String decisionNo,
        @NotNull(message = "is required, e.g. 2024-06-03") LocalDate decisionDate,
        @Size(max = 255) String signer) {
}
