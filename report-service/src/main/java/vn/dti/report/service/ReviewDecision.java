package vn.dti.report.service;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.databind.JsonNode;

/** Body of {@code POST /api/v1/reports/{id}/review}. */
public record ReviewDecision(@NotNull Decision decision, @Size(max = 5000) String comment,
        @Size(max = 500) List<@Valid Adjustment> adjustments) {

    public enum Decision {
        ACCEPT, RETURN
    }

    /** A reviewer's corrected value, with the reason it was corrected. */
    public record Adjustment(@NotBlank String element, JsonNode value, @NotBlank @Size(max = 2000) String reason) {
    }

    public List<Adjustment> adjustmentsOrNone() {
        return adjustments == null ? List.of() : adjustments;
    }
}
