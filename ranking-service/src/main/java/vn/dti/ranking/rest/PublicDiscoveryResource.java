package vn.dti.ranking.rest;

import java.util.List;

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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.dti.ranking.config.RankingConfig;
import vn.dti.ranking.service.PublicDiscovery;
import vn.dti.ranking.service.RankHistoryItem;
import vn.dti.ranking.service.RankingQueries;

/** For pickers and trends on public pages: only what has been published, no token. */
@Path("/api/v1/public")
@Tag(name = "public", description = "Công khai / Public (no token)")
@Produces(MediaType.APPLICATION_JSON)
public class PublicDiscoveryResource {

    @Inject
    PublicDiscovery discovery;

    @Inject
    RankingQueries rankings;

    @Inject
    RankingConfig config;

    @Inject
    HttpCaching caching;

    @GET
    @Path("/provinces")
    @Operation(operationId = "listPublishedProvinces", summary = "Tỉnh có xếp hạng công bố / Provinces with published rankings")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(type = SchemaType.ARRAY,
            implementation = PublicDiscovery.Province.class)))
    public Response provinces(@Context Request request) {
        return caching.cacheable(request, discovery.provinces(), config.publicCacheMaxAge());
    }

    @GET
    @Path("/periods")
    @Operation(operationId = "listPublishedPeriods", summary = "Kỳ có xếp hạng công bố / Periods with published rankings", description = "Newest first.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(type = SchemaType.ARRAY,
            implementation = PublicDiscovery.PublishedPeriod.class)))
    public Response periods(@QueryParam("province") @NotBlank String province, @Context Request request) {
        return caching.cacheable(request, discovery.periods(province), config.publicCacheMaxAge());
    }

    @GET
    @Path("/groups")
    @Operation(operationId = "listPublishedGroups", summary = "Nhóm có xếp hạng công bố / Peer groups with a published ranking",
            description = "For a province and period, with the decision in force and the number of units ranked.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(type = SchemaType.ARRAY,
            implementation = PublicDiscovery.PublishedGroup.class)))
    public Response groups(@QueryParam("province") @NotBlank String province,
            @QueryParam("period") @NotBlank String period, @Context Request request) {
        return caching.cacheable(request, discovery.groups(province, RankingQueries.publicPeriodCode(period)),
                config.publicCacheMaxAge());
    }

    @GET
    @Path("/units/{unitCode}/rank-history")
    @Operation(operationId = "getPublicRankHistory", summary = "Lịch sử vị thứ công bố / Published rank history",
            description = "Published ranks across periods, including the units merged or renamed into this one "
                    + "(their code is given per item). Oldest first; empty when nothing was published.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(type = SchemaType.ARRAY,
            implementation = RankHistoryItem.class)))
    public Response rankHistory(@PathParam("unitCode") String unitCode, @Context Request request) {
        List<RankHistoryItem> history = rankings.rankHistory(unitCode);
        return caching.cacheable(request, history, config.publicCacheMaxAge());
    }
}
