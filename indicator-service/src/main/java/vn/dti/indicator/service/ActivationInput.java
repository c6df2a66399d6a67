package vn.dti.indicator.service;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * Puts a version in force from the year of {@code fromPeriod} (to that of {@code toPeriod}, or
 * open-ended) for the listed provinces and peer groups; none listed = all of them.
 */
public record ActivationInput(List<String> provinces, List<String> groups, @NotBlank String fromPeriod, String toPeriod,
        List<@Pattern(regexp = "YEAR|HALF_YEAR|NINE_MONTHS|QUARTER|MONTH|STAGE",
                message = "must be one of YEAR, HALF_YEAR, NINE_MONTHS, QUARTER, MONTH, STAGE") String> periodKinds) {

    /** The period kinds scored: YEAR (annual ranking) unless others are named. */
    public String periodKindsText() {
        return periodKinds == null || periodKinds.isEmpty() ? "YEAR"
                : periodKinds.stream().distinct().sorted().collect(java.util.stream.Collectors.joining(","));
    }
}
