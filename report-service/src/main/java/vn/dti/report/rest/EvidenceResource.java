package vn.dti.report.rest;

import vn.dti.platform.problem.ProblemException;
import vn.dti.platform.rest.FileNames;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.quarkus.security.Authenticated;
import vn.dti.report.repository.Evidence;
import vn.dti.report.service.EvidenceService;

@Path("/api/v1/reports/{id}/evidence")
@Authenticated
@Tag(name = "Báo cáo / Reports")
@SecurityRequirement(name = "bearer")
public class EvidenceResource {

    @Inject
    EvidenceService evidence;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Đính kèm tài liệu kiểm chứng / Attach evidence",
            description = "Multipart: file (PDF, Word, Excel, ODT, JPEG, PNG; at most 8 MB), docNumber, docDate, abstract.")
    public Response attach(@PathParam("id") UUID id, @RestForm("file") FileUpload file,
            @RestForm("docNumber") String docNumber, @RestForm("docDate") LocalDate docDate,
            @RestForm("abstract") String summary) {
        if (file == null) {
            throw ProblemException.invalid("file", "is required");
        }
        EvidenceService.EvidenceView attached = evidence.attach(id,
                new EvidenceService.Upload(file.uploadedFile(), file.fileName(), file.contentType(), file.size()),
                docNumber, docDate, summary);
        return Response.status(Response.Status.CREATED)
                .header("Location", "/api/v1/reports/" + id + "/evidence/" + attached.id()).entity(attached).build();
    }

    @GET
    @Operation(summary = "Tài liệu kiểm chứng của báo cáo / Evidence of a report")
    public List<EvidenceService.EvidenceView> list(@PathParam("id") UUID id) {
        return evidence.list(id);
    }

    @GET
    @Path("/{evidenceId}")
    @Operation(summary = "Tải tài liệu / Download a file")
    public Response download(@PathParam("id") UUID id, @PathParam("evidenceId") UUID evidenceId) {
        Evidence file = evidence.file(id, evidenceId);
        return Response.ok(file.content, file.contentType)
                .header("Content-Disposition", FileNames.contentDisposition(file.fileName))
                .build();
    }
}
