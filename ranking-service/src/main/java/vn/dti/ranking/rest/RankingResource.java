package vn.dti.ranking.rest;

import vn.dti.platform.rest.FileNames;

import vn.dti.platform.problem.Problem;
import vn.dti.platform.problem.ProblemException;
import vn.dti.platform.rest.PageRequest;
import vn.dti.platform.rest.PageResponse;
import vn.dti.platform.rest.Preconditions;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.dti.ranking.config.RankingConfig;
import vn.dti.ranking.export.CsvExport;
import vn.dti.ranking.export.ExportTable;
import vn.dti.ranking.export.XlsxExport;
import vn.dti.ranking.repository.RankingStatus;
import vn.dti.platform.idempotency.IdempotentWrites;
import vn.dti.platform.security.Roles;
import vn.dti.ranking.service.Publication;
import vn.dti.ranking.service.PublishRequest;
import vn.dti.ranking.service.RankingAccess;
import vn.dti.ranking.service.RankingView;
import vn.dti.ranking.service.Versioned;

@Path("/api/v1/rankings")
@Tag(name = "rankings", description = "Xếp hạng / Rankings")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.REPORTER, Roles.REVIEWER, Roles.COUNCIL, Roles.ADMIN })
public class RankingResource {

    @Inject
    IdempotentWrites idempotency;

    @Inject
    RankingAccess rankings;

    @Inject
    Publication publication;

    @Inject
    RankingConfig config;

    @GET
    @Operation(operationId = "getCurrentRanking", summary = "Bảng xếp hạng hiện hành / Current ranking",
            description = "The draft for the province's reviewers, council and admins (status=PUBLISHED for the "
                    + "revision in force); the published revision in force for reporters.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = RankingView.class)))
    @Parameter(name = "stage", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.STRING, enumeration = {"SELF", "REVIEWED", "FINAL"}))
    public Response current(@QueryParam("province") String province, @QueryParam("group") @NotBlank String group,
            @QueryParam("period") @NotBlank String period, @QueryParam("stage") String stage,
            @QueryParam("status") RankingStatus status) {
        return withETag(rankings.current(province, group, period, stage, status));
    }

    @GET
    @Path("/revisions")
    @Operation(operationId = "listRankingRevisions", summary = "Các lần công bố / Revisions", description = "Every revision the caller may see, newest first.")
    public PageResponse<RankingView.Summary> revisions(@QueryParam("province") @NotBlank String province,
            @QueryParam("group") @NotBlank String group, @QueryParam("period") @NotBlank String period,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return rankings.revisions(province, group, period, PageRequest.of(page, size, config.paging()));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getRanking", summary = "Một lần xếp hạng / One revision", description = "Any revision, superseded ones included.")
    @APIResponse(responseCode = "200", description = "Lần xếp hạng / The revision", content = @Content(mediaType = "application/json", schema = @Schema(implementation = RankingView.class)), headers = {@Header(name = "ETag", ref = "ETag")})
    public Response byId(@PathParam("id") UUID id) {
        return withETag(rankings.byId(id));
    }

    @POST
    @Path("/{id}/publish")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "publishRanking", summary = "Công bố theo quyết định / Publish by decision",
            description = "Freezes the draft as a revision; the revision in force before it is superseded. "
                    + "Send If-Match with the draft's ETag to publish exactly what you reviewed.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = RankingView.class)))
    @APIResponse(responseCode = "409", description = "Not a draft, or an empty one")
    @APIResponse(responseCode = "412", description = "The draft changed since it was read")
    public Response publish(@PathParam("id") UUID id, @Valid @NotNull PublishRequest decision,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @HeaderParam(IdempotentWrites.HEADER) String key) {
        return idempotency.run(decision, () -> withETag(publication.publish(id, decision, ifMatch)));
    }

    @GET
    @Path("/{id}/export")
    @Produces({ CsvExport.MEDIA_TYPE, XlsxExport.MEDIA_TYPE, Problem.MEDIA_TYPE })
    @Operation(operationId = "exportRanking", summary = "Xuất CSV / Excel / Export", description = "format=csv (UTF-8) or xlsx (Excel).")
    @Parameter(name = "format", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.STRING, enumeration = {"csv", "xlsx"}))
    @APIResponse(responseCode = "200", description = "Tệp xuất / The exported file", content = {@Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")), @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response export(@PathParam("id") UUID id, @QueryParam("format") String format) {
        ExportTable table = ExportTable.of(rankings.byId(id).view());
        return switch (format == null ? "csv" : format.strip().toLowerCase()) {
            case "csv" -> attachment(CsvExport.write(table), CsvExport.MEDIA_TYPE, table.fileName("csv"));
            case "xlsx" -> attachment(XlsxExport.write(table), XlsxExport.MEDIA_TYPE, table.fileName("xlsx"));
            default -> throw ProblemException.invalid("format", "must be csv or xlsx");
        };
    }

    private static Response withETag(Versioned<RankingView> ranking) {
        return Response.ok(ranking.view()).tag(Preconditions.etagOf(ranking.version())).build();
    }

    private static Response attachment(byte[] body, String mediaType, String fileName) {
        return Response.ok(body, mediaType)
                .header("Content-Disposition", FileNames.contentDisposition(fileName)).build();
    }
}
