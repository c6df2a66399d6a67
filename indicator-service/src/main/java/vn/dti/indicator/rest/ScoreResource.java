package vn.dti.indicator.rest;

import vn.dti.platform.problem.ProblemException;
import vn.dti.platform.rest.PageRequest;
import vn.dti.platform.rest.PageResponse;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import vn.dti.indicator.config.IndicatorConfig;
import vn.dti.indicator.repository.Stage;
import vn.dti.indicator.security.CallerScope;
import vn.dti.platform.security.Roles;
import vn.dti.indicator.service.CouncilAdjustmentInput;
import vn.dti.indicator.service.CouncilService;
import vn.dti.indicator.service.ScoreDetail;
import vn.dti.indicator.service.ScoreQueryService;
import vn.dti.indicator.service.ScoreView;
import vn.dti.indicator.service.SimulationRequest;
import vn.dti.indicator.service.SimulationService;

@Path("/api/v1/scores")
@Authenticated
@Tag(name = "Điểm chỉ số / Scores")
@SecurityRequirement(name = "bearer")
public class ScoreResource {

    @Inject
    ScoreQueryService scores;

    @Inject
    SimulationService simulations;

    @Inject
    CouncilService council;

    @Inject
    CallerScope caller;

    @Inject
    IndicatorConfig config;

    @GET
    @Operation(summary = "Điểm các đơn vị / Unit scores (stage FINAL unless given)")
    public PageResponse<ScoreView> list(@QueryParam("period") String period, @QueryParam("group") String group,
            @QueryParam("province") String province, @QueryParam("framework") String framework,
            @QueryParam("stage") String stage, @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        ScoreQueryService.Filter filter = new ScoreQueryService.Filter(period, group, province, framework, stageOf(stage));
        return scores.list(filter, caller, PageRequest.of(page, size, config.paging()));
    }

    @GET
    @Path("/{unitCode}/{period: .+}")
    @Operation(summary = "Điểm một đơn vị và giải trình / One unit's score with its explanation tree")
    public ScoreDetail get(@PathParam("unitCode") String unitCode, @PathParam("period") String period,
            @QueryParam("stage") String stage) {
        return scores.get(unitCode, period, stageOf(stage), caller);
    }

    @POST
    @Path("/simulate")
    @Operation(summary = "Mô phỏng điểm (không lưu) và gợi ý cải thiện / What-if score, nothing stored, with advice")
    public SimulationRequest.Result simulate(@Valid @NotNull SimulationRequest request) {
        return simulations.simulate(request, caller);
    }

    @POST
    @Path("/adjustments")
    @RolesAllowed({Roles.COUNCIL, Roles.ADMIN})
    @Operation(summary = "Hội đồng thẩm định điều chỉnh điểm / The council adjusts a component's final points")
    public ScoreDetail adjust(@Valid @NotNull CouncilAdjustmentInput input) {
        return council.adjust(input, caller);
    }

    private static Stage stageOf(String stage) {
        if (stage == null || stage.isBlank()) {
            return Stage.FINAL;
        }
        try {
            return Stage.valueOf(stage.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("stage", "must be SELF, REVIEWED or FINAL");
        }
    }

}
