package vn.dti.ranking.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.dti.platform.security.Roles;
import vn.dti.ranking.service.RankHistoryItem;
import vn.dti.ranking.service.RankingAccess;

@Path("/api/v1/units/{unitCode}/rank-history")
@Tag(name = "rankings", description = "Xếp hạng / Rankings")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.REPORTER, Roles.REVIEWER, Roles.COUNCIL, Roles.ADMIN })
public class UnitRankHistoryResource {

    @Inject
    RankingAccess rankings;

    @GET
    @Operation(operationId = "getUnitRankHistory", summary = "Lịch sử vị thứ / Rank history",
            description = "Published ranks across periods and framework versions, including the units merged "
                    + "or renamed into this one (their code is given per item). Oldest first.")
    public List<RankHistoryItem> history(@PathParam("unitCode") String unitCode) {
        return rankings.rankHistory(unitCode);
    }
}
