package vn.dti.report.rest;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import vn.dti.platform.security.Roles;
import vn.dti.report.service.CampaignService;
import vn.dti.report.service.NewCampaign;

@Path("/api/v1/campaigns")
@Authenticated
@Tag(name = "campaigns", description = "Đợt báo cáo / Campaigns")
@SecurityRequirement(name = "bearer")
public class CampaignResource {

    @Inject
    CampaignService campaigns;

    @POST
    @RolesAllowed({ Roles.REVIEWER, Roles.ADMIN })
    @Operation(operationId = "openCampaign", summary = "Mở đợt báo cáo / Open a campaign",
            description = "Addresses units one by one and/or whole peer groups of the province that exist during the period.")
    @APIResponse(responseCode = "201", description = "Đã mở / Opened", content = @Content(mediaType = "application/json", schema = @Schema(implementation = CampaignService.CampaignView.class)), headers = {@Header(name = "Location", ref = "Location")})
    public Response open(@Valid @NotNull NewCampaign request) {
        CampaignService.CampaignView created = campaigns.open(request);
        return Response.status(Response.Status.CREATED).header("Location", "/api/v1/campaigns/" + created.id())
                .entity(created).build();
    }

    @GET
    @Operation(operationId = "listCampaigns", summary = "Các đợt báo cáo / Campaigns of a province, or a reporter's tasks",
            description = "Reviewers and admins: the campaigns of a province. Reporters: the campaigns addressed to their unit "
                    + "with the deadline and their own progress in mine (\"my tasks\").")
    public List<CampaignService.CampaignView> list(@QueryParam("province") String province) {
        return campaigns.list(province);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getCampaign", summary = "Một đợt báo cáo / One campaign")
    public CampaignService.CampaignView get(@PathParam("id") UUID id) {
        return campaigns.get(id);
    }

    @GET
    @Path("/{id}/completeness")
    @Operation(operationId = "getCampaignCompleteness", summary = "Tình hình nộp báo cáo / Completeness and timeliness",
            description = "Expected units, submitted on time, late, and missing.")
    public CampaignService.Completeness completeness(@PathParam("id") UUID id) {
        return campaigns.completeness(id);
    }

    @POST
    @Path("/{id}/close")
    @RolesAllowed({ Roles.REVIEWER, Roles.ADMIN })
    @Operation(operationId = "closeCampaign", summary = "Đóng đợt báo cáo / Close a campaign", description = "Locks its accepted reports.")
    public CampaignService.CampaignView close(@PathParam("id") UUID id) {
        return campaigns.close(id);
    }
}
