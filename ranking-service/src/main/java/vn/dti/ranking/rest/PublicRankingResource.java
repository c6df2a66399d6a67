package vn.dti.ranking.rest;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.dti.ranking.config.RankingConfig;
import vn.dti.ranking.service.RankingQueries;
import vn.dti.ranking.service.RankingView;
import vn.dti.ranking.service.Scorecard;

/** For portals: published rankings and scorecards, no token, cacheable and revalidated by ETag. */
@Path("/api/v1/public")
@Tag(name = "public", description = "Công khai / Public (no token)")
@Produces(MediaType.APPLICATION_JSON)
public class PublicRankingResource {

    @Inject
    RankingQueries rankings;

    @Inject
    RankingConfig config;

    @Inject
    HttpCaching caching;

    @GET
    @Path("/rankings")
    @Operation(operationId = "getPublishedRanking", summary = "Bảng xếp hạng đã công bố / Published ranking",
            description = "The latest published revision for a province, peer group and period; no token needed. "
                    + "Send If-None-Match with the ETag to get 304 while it has not changed.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = RankingView.class)))
    @APIResponse(responseCode = "304", description = "Not modified")
    public Response published(@QueryParam("province") @NotBlank String province,
            @QueryParam("group") @NotBlank String group, @QueryParam("period") @NotBlank String period,
            @Context Request request) {
        return caching.cacheable(request, rankings.published(province, group, period), config.publicCacheMaxAge());
    }

    @GET
    @Path("/units/{unitCode}/scorecard")
    @Operation(operationId = "getPublicScorecard", summary = "Thẻ điểm đơn vị / Unit scorecard",
            description = "The unit's published rank, index and main indices for a period (default: its latest).")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Scorecard.class)))
    @APIResponse(responseCode = "304", description = "Not modified")
    public Response scorecard(@PathParam("unitCode") String unitCode, @QueryParam("period") String period,
            @Context Request request) {
        return caching.cacheable(request, rankings.scorecard(unitCode, period), config.publicCacheMaxAge());
    }
}
