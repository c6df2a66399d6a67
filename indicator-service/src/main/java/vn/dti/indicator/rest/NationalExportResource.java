package vn.dti.indicator.rest;

import vn.dti.platform.problem.ProblemException;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.dti.platform.security.Roles;
import vn.dti.indicator.service.NationalExportService;

/** For the national reporting system (Hệ thống thông tin báo cáo Chính phủ). */
@Path("/api/v1/exports/national")
@RolesAllowed({ Roles.NATIONAL, Roles.ADMIN, Roles.REVIEWER })
@Tag(name = "national-integration", description = "Liên thông quốc gia / National integration")
@SecurityRequirement(name = "bearer")
public class NationalExportResource {

    @Inject
    NationalExportService exports;

    @GET
    @Operation(operationId = "exportNational", summary = "Số liệu và điểm của tỉnh / The province's values and scores",
            description = "Every accepted value and final score of the province's units for the period, with unit and "
                    + "element codes, framework version and generation time; format=json (default) or csv. See docs/national-export.md.")
    @Parameter(name = "format", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.STRING, enumeration = {"json", "csv"}))
    @APIResponse(responseCode = "200", description = "Số liệu và điểm / Values and scores", content = {@Content(mediaType = "application/json", schema = @Schema(implementation = NationalExportService.NationalExport.class)), @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response export(@QueryParam("province") String province, @QueryParam("period") String period,
            @QueryParam("format") String format) {
        NationalExportService.NationalExport export = exports.export(province, period);
        if ("csv".equalsIgnoreCase(format)) {
            return Response.ok(exports.csv(export), "text/csv; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"dti-" + export.province() + "-"
                            + export.period().replace('/', '-') + ".csv\"")
                    .build();
        }
        if (format != null && !format.equalsIgnoreCase("json")) {
            throw ProblemException.invalid("format", "must be json or csv");
        }
        return Response.ok(export).build();
    }
}
