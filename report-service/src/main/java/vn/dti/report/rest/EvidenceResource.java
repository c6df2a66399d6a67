package vn.dti.report.rest;

import vn.dti.platform.problem.ProblemException;
import vn.dti.platform.rest.FileNames;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
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
import vn.dti.report.repository.Evidence;
import vn.dti.report.service.EvidenceService;

@Path("/api/v1/reports/{id}/evidence")
@Authenticated
@Tag(name = "reports", description = "Báo cáo / Reports")
@SecurityRequirement(name = "bearer")
public class EvidenceResource {

    @Inject
    EvidenceService evidence;

    @Inject
    IdempotentWrites idempotency;

    /** What makes two uploads the same request, for Idempotency-Key. */
    record UploadFingerprint(String fileName, String fileHash, String docNumber, LocalDate docDate, String summary) {
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "attachEvidence", summary = "Đính kèm tài liệu kiểm chứng / Attach evidence",
            description = "Multipart: file (PDF, Word, Excel, ODT, JPEG, PNG; at most 8 MB), docNumber, docDate, abstract.")
    @APIResponse(responseCode = "201", description = "Đã đính kèm / Attached", content = @Content(mediaType = "application/json", schema = @Schema(implementation = EvidenceService.EvidenceView.class)), headers = {@Header(name = "Location", ref = "Location")})
    public Response attach(@PathParam("id") UUID id, @HeaderParam("Idempotency-Key") String key, @RestForm("file") FileUpload file,
            @RestForm("docNumber") String docNumber, @RestForm("docDate") LocalDate docDate,
            @RestForm("abstract") String summary) {
        if (file == null) {
            throw ProblemException.invalid("file", "is required");
        }
        var fingerprint = new UploadFingerprint(file.fileName(), RequestHash.of(read(file)), docNumber, docDate, summary);
        return idempotency.run(fingerprint, () -> {
            EvidenceService.EvidenceView attached = evidence.attach(id,
                    new EvidenceService.Upload(file.uploadedFile(), file.fileName(), UploadTypes.of(file.contentType(), file.fileName()), file.size()),
                    docNumber, docDate, summary);
            return Response.status(Response.Status.CREATED)
                    .header("Location", "/api/v1/reports/" + id + "/evidence/" + attached.id()).entity(attached).build();
        });
    }

    @GET
    @Operation(operationId = "listEvidence", summary = "Tài liệu kiểm chứng của báo cáo / Evidence of a report")
    public List<EvidenceService.EvidenceView> list(@PathParam("id") UUID id) {
        return evidence.list(id);
    }

    @GET
    @Path("/{evidenceId}")
    @Operation(operationId = "downloadEvidence", summary = "Tải tài liệu / Download a file")
    @APIResponse(responseCode = "200", description = "Nội dung tệp / The file as uploaded", content = {@Content(mediaType = "application/octet-stream", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response download(@PathParam("id") UUID id, @PathParam("evidenceId") UUID evidenceId) {
        Evidence file = evidence.file(id, evidenceId);
        return Response.ok(file.content, file.contentType)
                .header("Content-Disposition", FileNames.contentDisposition(file.fileName))
                .build();
    }

    private static byte[] read(FileUpload file) {
        try {
            return java.nio.file.Files.readAllBytes(file.uploadedFile());
        } catch (java.io.IOException e) {
            throw ProblemException.invalid("file", "could not be read");
        }
    }
}
