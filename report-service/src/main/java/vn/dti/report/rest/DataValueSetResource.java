package vn.dti.report.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.JsonNode;

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

    @POST
    @Consumes("application/json")
    @Operation(operationId = "importDataValueSet", summary = "Nhập số liệu (JSON) / Import values (JSON)",
            description = "{\"period\":\"2023\",\"dataValues\":[{\"unit\":\"BDI.SNGV\",\"element\":\"dvc.online_full\",\"value\":5}]}. "
                    + "dryRun=true checks and writes nothing; atomic=true imports nothing if any row conflicts.")
    public ImportSummary importJson(
            @RequestBody(content = @Content(mediaType = "application/json", schema = @Schema(implementation = DataValueSetBody.class))) JsonNode body, @QueryParam("dryRun") boolean dryRun, @QueryParam("atomic") boolean atomic) {
        return run(ImportParser.fromJson(body), dryRun, atomic);
    }

    @POST
    @Consumes({ "text/csv", "text/plain" })
    @Operation(operationId = "importDataValueSet", summary = "Nhập số liệu (CSV) / Import values (CSV)", description = "Header: unit,period,element,value.")
    public ImportSummary importCsv(String csv, @QueryParam("dryRun") boolean dryRun, @QueryParam("atomic") boolean atomic) {
        return run(ImportParser.fromCsv(csv), dryRun, atomic);
    }

    private ImportSummary run(List<ImportRow> rows, boolean dryRun, boolean atomic) {
        return imports.run(rows, dryRun, atomic);
    }
}
