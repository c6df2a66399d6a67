package vn.dti.ranking.rest;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.dti.ranking.service.PublicDiscovery;
import vn.dti.ranking.service.RankHistoryItem;
import vn.dti.ranking.service.RankingQueries;

/** Lets a portal find what has been published before it reads a ranking; no token needed. */
@Path("/api/v1/public")
@Tag(name = "public", description = "Công khai / Public (no token)")
@Produces(MediaType.APPLICATION_JSON)
public class PublicDiscoveryResource {

    @Inject
    PublicDiscovery discovery;

    @Inject
    RankingQueries rankings;

    @GET
    @Path("/provinces")
    @Operation(operationId = "listPublishedProvinces", summary = "Các tỉnh đã công bố xếp hạng / Provinces with published rankings")
    public List<PublicDiscovery.Province> provinces() {
        return discovery.provinces();
    }

    @GET
    @Path("/periods")
    @Operation(operationId = "listPublishedPeriods", summary = "Các kỳ đã công bố / Periods with published rankings",
            description = "Newest first, with the peer groups published for each.")
    public List<PublicDiscovery.PeriodView> periods(@QueryParam("province") @NotBlank String province) {
        return discovery.periods(province);
    }

    @GET
    @Path("/groups")
    @Operation(operationId = "listPublishedGroups", summary = "Các nhóm đã công bố / Peer groups with a published ranking",
            description = "The revision in force of each peer group of a province for a period.")
    public List<PublicDiscovery.Group> groups(@QueryParam("province") @NotBlank String province,
            @QueryParam("period") @NotBlank String period) {
        return discovery.groups(province, period);
    }

    @GET
    @Path("/units/{unitCode}/rank-history")
    @Operation(operationId = "getPublicRankHistory", summary = "Lịch sử vị thứ công khai / Public rank history",
            description = "Published ranks of the unit (and the units merged or renamed into it) across periods, oldest first.")
    public List<RankHistoryItem> rankHistory(@PathParam("unitCode") String unitCode) {
        return rankings.rankHistory(unitCode);
    }
}
