package vn.dti.report.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/v1/units/changes/{id}/undo}: why the change was wrong (kept in the audit). */
public record UnitUndo(@NotBlank @Size(max = 500) String reason) {
}
