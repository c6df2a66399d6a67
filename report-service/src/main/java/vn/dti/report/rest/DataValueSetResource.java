package vn.dti.report.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.JsonNode;

import vn.dti.platform.idempotency.IdempotentWrites;
import vn.dti.platform.security.Roles;
import vn.dti.report.service.BulkImportService;
import vn.dti.report.service.ImportParser;
import vn.dti.report.service.ImportRow;
import vn.dti.report.service.ImportSummary;

/** Bulk import of many units' values for integrations, in the spirit of DHIS2's dataValueSets. */
@Path("/api/v1/data-value-sets")
@RolesAllowed({ Roles.REVIEWER, Roles.ADMIN })
@Tag(name = "bulk-import", description = "Nhập số liệu hàng loạt / Bulk import")
@SecurityRequirement(name = "bearer")
public class DataValueSetResource {

    @Inject
    BulkImportService imports;

    @Inject
    IdempotentWrites idempotency;

    /** What makes two imports the same request, for Idempotency-Key: the body and the query. */
    record ImportRequest(Object body, boolean dryRun, boolean atomic) {
    }

    @POST
    @Consumes("application/json")
    @Operation(operationId = "importDataValueSet", summary = "Nhập số liệu (JSON) / Import values (JSON)",
            description = "{\"period\":\"2023\",\"dataValues\":[{\"unit\":\"BDI.SNGV\",\"element\":\"dvc.online_full\",\"value\":5}]}. "
                    + "dryRun=true checks and writes nothing; atomic=true imports nothing if any row conflicts.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ImportSummary.class)))
    public Response importJson(@HeaderParam("Idempotency-Key") String key,
            @RequestBody(content = @Content(mediaType = "application/json", schema = @Schema(implementation = DataValueSetBody.class))) JsonNode body,
            @QueryParam("dryRun") boolean dryRun, @QueryParam("atomic") boolean atomic) {
        return idempotency.run(new ImportRequest(body, dryRun, atomic),
                () -> Response.ok(run(ImportParser.fromJson(body), dryRun, atomic)).build());
    }

    @POST
    @Consumes({ "text/csv", "text/plain" })
    @Operation(operationId = "importDataValueSet", summary = "Nhập số liệu (CSV) / Import values (CSV)", description = "Header: unit,period,element,value.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ImportSummary.class)))
    public Response importCsv(@HeaderParam("Idempotency-Key") String key, String csv,
            @QueryParam("dryRun") boolean dryRun, @QueryParam("atomic") boolean atomic) {
        return idempotency.run(new ImportRequest(csv, dryRun, atomic),
                () -> Response.ok(run(ImportParser.fromCsv(csv), dryRun, atomic)).build());
    }

    private ImportSummary run(List<ImportRow> rows, boolean dryRun, boolean atomic) {
        return imports.run(rows, dryRun, atomic);
    }
}
