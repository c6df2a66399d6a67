package vn.dti.report.rest;

import vn.dti.platform.problem.ProblemException;
import vn.dti.platform.rest.PageRequest;
import vn.dti.platform.rest.PageResponse;
import vn.dti.platform.rest.Preconditions;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.quarkus.security.Authenticated;
import vn.dti.report.config.ReportConfig;
import vn.dti.report.repository.ReportStatus;
import vn.dti.report.service.AuditView;
import vn.dti.report.service.Idempotency;
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
@Tag(name = "Báo cáo / Reports")
@SecurityRequirement(name = "bearer")
public class ReportResource {

    @Inject
    ReportQueryService queries;

    @Inject
    ReportService reports;

    @Inject
    ReportWorkflow workflow;

    @Inject
    Idempotency idempotency;

    @Inject
    NarrativeImportService narrativeImport;

    @Inject
    ReportConfig config;

    /** Body of {@code POST /api/v1/reports/{id}/amend}. */
    public record AmendRequest(@Size(max = 2000) String reason) {
    }

    @GET
    @Operation(summary = "Danh sách báo cáo / List reports",
            description = "A reporter sees its own unit; a reviewer its province (all its units when no unit is given).")
    public PageResponse<ReportView> list(@QueryParam("unit") String unit, @QueryParam("period") String period,
            @QueryParam("status") ReportStatus status, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        return queries.list(unit, period, status, PageRequest.of(page, size, config.paging()));
    }

    @POST
    @Operation(summary = "Tạo báo cáo nháp / Create a draft report",
            description = "One live report per unit and period (409 otherwise). Send an Idempotency-Key so a retry never creates a second report.")
    public Response create(@HeaderParam("Idempotency-Key") String key, @Valid @NotNull NewReport request) {
        return respond(idempotency.once(key, "POST", "/api/v1/reports", request, () -> {
            ReportView created = reports.create(request);
            return new Idempotency.Outcome(201, created, "/api/v1/reports/" + created.id());
        }));
    }

    @POST
    @Path("/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Nhập báo cáo thuyết minh / Import a narrative report",
            description = "Multipart: file (.txt, .md or .docx), unitCode, period. Creates a draft whose values are "
                    + "proposals extracted from the text, each with its quote and confidence, until the reporter saves them.")
    public Response importNarrative(@HeaderParam("Idempotency-Key") String key, @RestForm("file") FileUpload file,
            @RestForm("unitCode") String unitCode, @RestForm("period") String period) {
        if (file == null) {
            throw ProblemException.invalid("file", "is required");
        }
        if (unitCode == null || unitCode.isBlank()) {
            throw ProblemException.invalid("unitCode", "is required");
        }
        byte[] document = readUpload(file);
        ImportFingerprint fingerprint = new ImportFingerprint(unitCode, period, file.fileName(), document.length,
                java.util.Arrays.hashCode(document));
        return respond(idempotency.once(key, "POST", "/api/v1/reports/import", fingerprint, () -> {
            ReportView created = narrativeImport.importDocument(unitCode, period, document, file.fileName());
            return new Idempotency.Outcome(201, created, "/api/v1/reports/" + created.id());
        }));
    }

    /** What makes two imports the same request, for Idempotency-Key. */
    record ImportFingerprint(String unitCode, String period, String fileName, int size, int hash) {
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Một báo cáo / One report", description = "Another unit's report answers 404.")
    public Response get(@PathParam("id") UUID id) {
        return withEtag(queries.get(id));
    }

    @PUT
    @Path("/{id}/values")
    @Operation(summary = "Cập nhật số liệu / Replace values",
            description = "Replaces the listed values (null removes one). 422 lists every broken rule; nothing is stored then. Send If-Match with the ETag you read.")
    public Response putValues(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @NotNull List<ValueInput> values) {
        return withEtag(reports.putValues(id, values, ifMatch));
    }

    @PUT
    @Path("/{id}/narrative")
    @Operation(summary = "Cập nhật phần thuyết minh / Replace the narrative")
    public Response putNarrative(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull NarrativeInput narrative) {
        return withEtag(reports.putNarrative(id, narrative, ifMatch));
    }

    @POST
    @Path("/{id}/submit")
    @Operation(summary = "Gửi báo cáo / Submit", description = "DRAFT or RETURNED → SUBMITTED. Accepts an Idempotency-Key.")
    public Response submit(@PathParam("id") UUID id, @HeaderParam("Idempotency-Key") String key) {
        return respond(idempotency.once(key, "POST", "/api/v1/reports/" + id + "/submit", id,
                () -> new Idempotency.Outcome(200, workflow.submit(id), null)));
    }

    @POST
    @Path("/{id}/review")
    @Operation(summary = "Thẩm định / Review", description = "SUBMITTED → ACCEPTED (with optional adjustments) or RETURNED (with a comment).")
    public Response review(@PathParam("id") UUID id, @Valid @NotNull ReviewDecision decision) {
        return withEtag(workflow.review(id, decision));
    }

    @POST
    @Path("/{id}/amend")
    @Operation(summary = "Điều chỉnh báo cáo đã chấp nhận / Amend an accepted report",
            description = "Opens a new version as a draft; the accepted version stays readable.")
    public Response amend(@PathParam("id") UUID id, @Valid AmendRequest request) {
        return withEtag(workflow.amend(id, request == null ? null : request.reason()));
    }

    @GET
    @Path("/{id}/versions")
    @Operation(summary = "Các phiên bản / Versions")
    public List<ReportQueryService.VersionView> versions(@PathParam("id") UUID id) {
        return queries.versions(id);
    }

    @GET
    @Path("/{id}/versions/{version}")
    @Operation(summary = "Một phiên bản / One version")
    public ReportView version(@PathParam("id") UUID id, @PathParam("version") int version) {
        return queries.version(id, version);
    }

    @GET
    @Path("/{id}/audit")
    @Operation(summary = "Lịch sử thay đổi / Audit trail")
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

    private static Response respond(Object outcome) {
        if (outcome instanceof Idempotency.Replay replay) {
            Response.ResponseBuilder builder = Response.status(replay.status()).entity(replay.json())
                    .type(MediaType.APPLICATION_JSON).header("Idempotent-Replayed", "true");
            return replay.location() == null ? builder.build() : builder.header("Location", replay.location()).build();
        }
        Idempotency.Outcome fresh = (Idempotency.Outcome) outcome;
        Response.ResponseBuilder builder = Response.status(fresh.status()).entity(fresh.body());
        if (fresh.body() instanceof ReportView report) {
            builder.tag(Preconditions.etagOf(report.revision()));
        }
        return fresh.location() == null ? builder.build() : builder.header("Location", fresh.location()).build();
    }
}
