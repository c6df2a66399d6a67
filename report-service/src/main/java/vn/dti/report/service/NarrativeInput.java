package vn.dti.report.service;

import vn.dti.platform.rest.HasLetter;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Body of {@code PUT /api/v1/reports/{id}/narrative}: markdown sections in order. */
public record NarrativeInput(@NotNull @Size(max = 100) List<@Valid SectionInput> sections) {

    public record SectionInput(@NotBlank @HasLetter @Size(max = 500) String title, @NotNull @Size(max = 200_000) String body) {
    }
}
