package vn.dti.indicator.service;

import java.util.List;

import jakarta.validation.constraints.NotBlank;

/**
 * Puts a version in force from the year of {@code fromPeriod} (to that of {@code toPeriod}, or
 * open-ended) for the listed provinces and peer groups; none listed = all of them.
 */
public record ActivationInput(List<String> provinces, List<String> groups, @NotBlank String fromPeriod, String toPeriod) {
}
