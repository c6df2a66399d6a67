package vn.dti.indicator.rest;

import vn.dti.platform.problem.ProblemException;
import vn.dti.platform.rest.PageRequest;
import vn.dti.platform.rest.PageResponse;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import vn.dti.indicator.config.IndicatorConfig;
import vn.dti.indicator.repository.Stage;
import vn.dti.indicator.security.CallerScope;
import vn.dti.platform.idempotency.IdempotentWrites;
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
@Tag(name = "scores", description = "Điểm chỉ số / Scores")
@SecurityRequirement(name = "bearer")
public class ScoreResource {

    @Inject
    IdempotentWrites idempotency;

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
    @Operation(operationId = "listScores", summary = "Điểm các đơn vị / Unit scores (stage FINAL unless given)")
    @Parameter(name = "stage", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.STRING, enumeration = {"SELF", "REVIEWED", "FINAL"}))
    public PageResponse<ScoreView> list(@QueryParam("period") String period, @QueryParam("group") String group,
            @QueryParam("province") String province, @QueryParam("framework") String framework,
            @QueryParam("stage") String stage, @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        ScoreQueryService.Filter filter = new ScoreQueryService.Filter(period, group, province, framework, stageOf(stage));
        return scores.list(filter, caller, PageRequest.of(page, size, config.paging()));
    }

    @GET
    @Path("/{unitCode}/{period: .+}")
    @Operation(operationId = "getScore", summary = "Điểm một đơn vị và giải trình / One unit's score with its explanation tree")
    @Parameter(name = "stage", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.STRING, enumeration = {"SELF", "REVIEWED", "FINAL"}))
    @APIResponse(responseCode = "200", description = "Điểm và giải trình / The score and its explanation",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ScoreDetail.class)),
            headers = @Header(name = "ETag", ref = "ETag"))
    @APIResponse(responseCode = "304", description = "Chưa thay đổi / Not modified since the ETag in If-None-Match")
    public Response get(@PathParam("unitCode") String unitCode, @PathParam("period") String period,
            @QueryParam("stage") String stage, @Context Request request) {
        return ContentTags.conditional(request, scores.get(unitCode, period, stageOf(stage), caller));
    }

    @POST
    @Path("/simulate")
    @Operation(operationId = "simulateScore", summary = "Mô phỏng điểm (không lưu) và gợi ý cải thiện / What-if score, nothing stored, with advice")
    @APIResponse(responseCode = "200", description = "Điểm giả định / The what-if score",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = SimulationRequest.Result.class)))
    @APIResponse(responseCode = "404", description = "Đơn vị không tồn tại hoặc ngoài phạm vi / The unit is unknown or outside the caller's scope")
    public SimulationRequest.Result simulate(@Valid @NotNull SimulationRequest request) {
        return simulations.simulate(request, caller);
    }

    @POST
    @Path("/adjustments")
    @RolesAllowed({Roles.COUNCIL, Roles.ADMIN})
    @Operation(operationId = "adjustScore", summary = "Hội đồng thẩm định điều chỉnh điểm / The council adjusts a component's final points")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ScoreDetail.class)))
    @APIResponse(responseCode = "404", description = "Không có điểm của đơn vị, kỳ hoặc thành phần này / No score of this unit, period or component in the caller's scope")
    public Response adjust(@HeaderParam(IdempotentWrites.HEADER) String key, @Valid @NotNull CouncilAdjustmentInput input) {
        return idempotency.run(input, () -> Response.ok(council.adjust(input, caller)).build());
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
