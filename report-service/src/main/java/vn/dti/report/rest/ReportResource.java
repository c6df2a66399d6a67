package vn.dti.report.rest;

import vn.dti.platform.problem.ProblemException;
import vn.dti.platform.rest.PageRequest;
import vn.dti.platform.rest.PageResponse;
import vn.dti.platform.rest.Preconditions;
import vn.dti.platform.security.Roles;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.quarkus.security.Authenticated;
import vn.dti.platform.idempotency.IdempotentWrites;
import vn.dti.platform.idempotency.RequestHash;
import vn.dti.report.config.ReportConfig;
import vn.dti.report.repository.ReportStatus;
import vn.dti.report.service.AcceptedVersions;
import vn.dti.report.service.AuditView;
import vn.dti.report.service.NarrativeImportService;
import vn.dti.report.service.NarrativeInput;
import vn.dti.report.service.NewReport;
import vn.dti.report.service.ReportQueryService;
import vn.dti.report.service.ReportService;
import vn.dti.report.service.ReportView;
import vn.dti.report.service.ReportWorkflow;
import vn.dti.report.service.ReviewDecision;
import vn.dti.report.service.ValueInput;

@Path("/api/v1/reports")
@Authenticated
@Tag(name = "reports", description = "Báo cáo / Reports")
@SecurityRequirement(name = "bearer")
public class ReportResource {

    @Inject
    ReportQueryService queries;

    @Inject
    ReportService reports;

    @Inject
    ReportWorkflow workflow;

    @Inject
    IdempotentWrites idempotency;

    @Inject
    NarrativeImportService narrativeImport;

    @Inject
    ReportConfig config;

    @Inject
    AcceptedVersions acceptedVersions;

    /** Body of {@code POST /api/v1/reports/{id}/amend}. */
    public record AmendRequest(@Size(max = 2000) String reason) {
    }

    @GET
    @Operation(operationId = "listReports", summary = "Danh sách báo cáo / List reports",
            description = "A reporter sees its own unit; a reviewer its province (all its units when no unit is given).")
    public PageResponse<ReportView> list(@QueryParam("unit") String unit, @QueryParam("period") String period,
            @QueryParam("status") ReportStatus status, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        return queries.list(unit, period, status, PageRequest.of(page, size, config.paging()));
    }

    @GET
    @Path("/accepted-versions")
    @RolesAllowed({ Roles.ADMIN, AcceptedVersions.SERVICE_ROLE })
    @Operation(operationId = "listAcceptedReportVersions",
            summary = "Phiên bản đã chấp nhận mới nhất / Latest accepted version per unit",
            description = "Per unit of the province, the latest accepted version of its report for the period, with the "
                    + "values as accepted (reviewer adjustments flagged), ordered by unit code. For administrators of the "
                    + "province and the suite's own services (role service): reconciliation compares its scores with it. "
                    + "values=false leaves the values out (an empty list): enough to compare versions, and much cheaper.")
    public PageResponse<AcceptedVersions.AcceptedVersion> acceptedVersions(@QueryParam("province") String province,
            @QueryParam("period") String period, @QueryParam("page") Integer page, @QueryParam("size") Integer size,
            @Parameter(description = "false: leave the values out / không kèm giá trị") @QueryParam("values")
            @DefaultValue("true") boolean withValues) {
        return acceptedVersions.list(province, period, PageRequest.of(page, size, config.paging()), withValues);
    }

    @GET
    @Path("/accepted-digests")
    @RolesAllowed({ Roles.ADMIN, AcceptedVersions.SERVICE_ROLE })
    @Operation(operationId = "listAcceptedVersionDigests",
            summary = "Tóm tắt phiên bản đã chấp nhận theo kỳ / Digest of accepted versions per period",
            description = "Per period of the province: how many units have an accepted report and an md5 digest of each "
                    + "unit's latest accepted version. Reconciliation compares it with its own digest and reads "
                    + "accepted-versions only for the periods that differ. Same access as accepted-versions.")
    public List<AcceptedVersions.Digest> acceptedDigests(@QueryParam("province") String province) {
        return acceptedVersions.digests(province);
    }

    @POST
    @Operation(operationId = "createReport", summary = "Tạo báo cáo nháp / Create a draft report",
            description = "One live report per unit and period (409 otherwise). Send an Idempotency-Key so a retry never creates a second report.")
    @APIResponse(responseCode = "201", description = "Đã tạo bản nháp / Draft created", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ReportView.class)), headers = {@Header(name = "ETag", ref = "ETag"), @Header(name = "Location", ref = "Location")})
    @APIResponse(responseCode = "404", description = "Đơn vị không tồn tại hoặc ngoài phạm vi / The unit is unknown or outside the caller's scope")
    public Response create(@HeaderParam("Idempotency-Key") String key, @Valid @NotNull NewReport request) {
        return idempotency.run(request, () -> created(reports.create(request)));
    }

    @POST
    @Path("/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "importNarrativeReport", summary = "Nhập báo cáo thuyết minh / Import a narrative report",
            description = "Multipart: file (.txt, .md, .docx, .doc or .pdf with a text layer), unitCode, period. unitCode and "
                    + "period may be left out when the report's header names them; 422 names the one still missing. Creates a "
                    + "draft whose values are proposals extracted from the text, each with its quote, confidence and the rule "
                    + "or lexicon entry that found it, until the reporter saves them. A document whose text is larger than 1 MB is "
                    + "refused with 413: import its sections as separate files.")
    @APIResponse(responseCode = "201", description = "Đã tạo bản nháp từ văn bản / Draft created from the document", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ReportView.class)), headers = {@Header(name = "ETag", ref = "ETag"), @Header(name = "Location", ref = "Location")})
    public Response importNarrative(@HeaderParam("Idempotency-Key") String key, @RestForm("file") FileUpload file,
            @RestForm("unitCode") String unitCode, @RestForm("period") String period) {
        if (file == null) {
            throw ProblemException.invalid("file", "is required");
        }
        byte[] document = readUpload(file);
        ImportFingerprint fingerprint = new ImportFingerprint(unitCode, period, file.fileName(), RequestHash.of(document));
        NarrativeImportService.Reading reading = narrativeImport.read(unitCode, document, file.fileName());
        return idempotency.run(fingerprint, () -> created(narrativeImport.importReading(unitCode, period, reading)));
    }

    /** What makes two imports the same request, for Idempotency-Key. */
    record ImportFingerprint(String unitCode, String period, String fileName, String documentHash) {
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getReport", summary = "Một báo cáo / One report", description = "Another unit's report answers 404.")
    @APIResponse(responseCode = "200", description = "Báo cáo / The report", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ReportView.class)), headers = {@Header(name = "ETag", ref = "ETag")})
    @APIResponse(responseCode = "304", description = "Chưa thay đổi / Not modified since the ETag in If-None-Match")
    public Response get(@PathParam("id") UUID id, @Context Request request) {
        ReportView report = queries.get(id);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(Preconditions.etagOf(report.revision()));
        return notModified != null ? notModified.build() : withEtag(report);
    }

    @PUT
    @Path("/{id}/values")
    @Operation(operationId = "putReportValues", summary = "Cập nhật số liệu / Replace values",
            description = "Replaces the listed values (null removes one). 422 lists every broken rule; nothing is stored then. Send If-Match with the ETag you read.")
    @APIResponse(responseCode = "200", description = "Báo cáo sau khi cập nhật / The report after the change", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ReportView.class)), headers = {@Header(name = "ETag", ref = "ETag")})
    public Response putValues(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @HeaderParam("Idempotency-Key") String key, @NotNull List<ValueInput> values) {
        return idempotency.run(values, () -> withEtag(reports.putValues(id, values, ifMatch)));
    }

    @PUT
    @Path("/{id}/narrative")
    @Operation(operationId = "putReportNarrative", summary = "Cập nhật phần thuyết minh / Replace the narrative")
    @APIResponse(responseCode = "200", description = "Báo cáo sau khi cập nhật / The report after the change", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ReportView.class)), headers = {@Header(name = "ETag", ref = "ETag")})
    public Response putNarrative(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @HeaderParam("Idempotency-Key") String key, @Valid @NotNull NarrativeInput narrative) {
        return idempotency.run(narrative, () -> withEtag(reports.putNarrative(id, narrative, ifMatch)));
    }

    @POST
    @Path("/{id}/submit")
    @Operation(operationId = "submitReport", summary = "Gửi báo cáo / Submit", description = "DRAFT or RETURNED → SUBMITTED. Accepts an Idempotency-Key.")
    @APIResponse(responseCode = "200", description = "Đã gửi / Submitted", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ReportView.class)), headers = {@Header(name = "ETag", ref = "ETag")})
    public Response submit(@PathParam("id") UUID id, @HeaderParam("Idempotency-Key") String key) {
        return idempotency.run(id, () -> withEtag(workflow.submit(id)));
    }

    @POST
    @Path("/{id}/review")
    @Operation(operationId = "reviewReport", summary = "Thẩm định / Review", description = "SUBMITTED → ACCEPTED (with optional adjustments) or RETURNED (with a comment).")
    @APIResponse(responseCode = "200", description = "Kết quả thẩm định / Reviewed", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ReportView.class)), headers = {@Header(name = "ETag", ref = "ETag")})
    public Response review(@PathParam("id") UUID id, @HeaderParam("Idempotency-Key") String key,
            @Valid @NotNull ReviewDecision decision) {
        return idempotency.run(decision, () -> withEtag(workflow.review(id, decision)));
    }

    @POST
    @Path("/{id}/amend")
    @Operation(operationId = "amendReport", summary = "Điều chỉnh báo cáo đã chấp nhận / Amend an accepted report",
            description = "Opens a new version as a draft; the accepted version stays readable.")
    @APIResponse(responseCode = "200", description = "Phiên bản nháp mới / The new draft version", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ReportView.class)), headers = {@Header(name = "ETag", ref = "ETag")})
    public Response amend(@PathParam("id") UUID id, @Valid AmendRequest request) {
        return withEtag(workflow.amend(id, request == null ? null : request.reason()));
    }

    @GET
    @Path("/{id}/versions")
    @Operation(operationId = "listReportVersions", summary = "Các phiên bản / Versions")
    public List<ReportQueryService.VersionView> versions(@PathParam("id") UUID id) {
        return queries.versions(id);
    }

    @GET
    @Path("/{id}/versions/{version}")
    @Operation(operationId = "getReportVersion", summary = "Một phiên bản / One version")
    public ReportView version(@PathParam("id") UUID id, @PathParam("version") int version) {
        return queries.version(id, version);
    }

    @GET
    @Path("/{id}/audit")
    @Operation(operationId = "getReportAudit", summary = "Lịch sử thay đổi / Audit trail")
    public List<AuditView> audit(@PathParam("id") UUID id) {
        return queries.auditTrail(id);
    }

    private static byte[] readUpload(FileUpload file) {
        try {
            return java.nio.file.Files.readAllBytes(file.uploadedFile());
        } catch (java.io.IOException e) {
            throw ProblemException.invalid("file", "could not be read");
        }
    }

    private static Response withEtag(ReportView report) {
        return Response.ok(report).tag(Preconditions.etagOf(report.revision())).build();
    }

    private static Response created(ReportView report) {
        return Response.status(Response.Status.CREATED).tag(Preconditions.etagOf(report.revision()))
                .header("Location", "/api/v1/reports/" + report.id()).entity(report).build();
    }
}
