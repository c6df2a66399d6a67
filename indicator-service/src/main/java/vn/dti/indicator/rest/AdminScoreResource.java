package vn.dti.indicator.rest;

import vn.dti.platform.period.Period;

import vn.dti.platform.problem.ProblemException;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.dti.indicator.security.CallerScope;
import vn.dti.platform.security.Roles;
import vn.dti.indicator.service.ScoringService;

@Path("/api/v1/scores/recompute")
@RolesAllowed(Roles.ADMIN)
@Tag(name = "scores", description = "Điểm chỉ số / Scores")
@SecurityRequirement(name = "bearer")
public class AdminScoreResource {

    @Inject
    ScoringService scoring;

    @Inject
    CallerScope caller;

    public record Recomputed(String period, String province, String group, int units) {
    }

    @POST
    @Transactional
    @Operation(operationId = "recomputeScores", summary = "Tính lại điểm cả kỳ / Recompute a whole period (optionally one province or group)")
    public Recomputed recompute(@QueryParam("period") String period, @QueryParam("province") String province,
            @QueryParam("group") String group) {
        if (!Period.isValid(period)) {
            throw ProblemException.invalid("period", "is required, e.g. 2023, 2023H1, 2023-9M, 2023Q3, 2023-07 or 2021/2025");
        }
        String scope = province != null ? province : caller.province();
        if (!caller.administers(scope)) {
            throw ProblemException.forbidden("You administer only province " + caller.province());
        }
        return new Recomputed(period, scope, group, scoring.recomputePeriod(period, scope, group));
    }
}
