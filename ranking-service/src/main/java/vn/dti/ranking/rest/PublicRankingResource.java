package vn.dti.ranking.rest;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.dti.ranking.config.RankingConfig;
import vn.dti.ranking.service.PublicRankingService;
import vn.dti.ranking.service.RankingView;

@Path("/api/v1/public/rankings")
@Tag(name = "Công khai / Public")
public class PublicRankingResource {

    @Inject
    PublicRankingService rankings;

    @Inject
    RankingConfig config;

    @GET
    @Operation(summary = "Bảng xếp hạng đã công bố / Published ranking",
            description = "The latest published revision for a province, peer group and period; no token needed.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = RankingView.class)))
    public Response published(@QueryParam("province") @NotBlank String province,
            @QueryParam("group") @NotBlank String group, @QueryParam("period") @NotBlank String period) {
        CacheControl cache = new CacheControl();
        cache.setMaxAge((int) config.publicCacheMaxAge().toSeconds());
        return Response.ok(rankings.published(province, group, period)).cacheControl(cache).build();
    }
}
