package vn.dti.indicator.rest;

import vn.dti.platform.problem.ProblemException;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.dti.platform.security.Roles;
import vn.dti.indicator.service.NationalExportService;

/** For the national reporting system (Hệ thống thông tin báo cáo Chính phủ). */
@Path("/api/v1/exports/national")
@RolesAllowed({ Roles.NATIONAL, Roles.ADMIN, Roles.REVIEWER })
@Tag(name = "Liên thông quốc gia / National integration")
@SecurityRequirement(name = "bearer")
public class NationalExportResource {

    @Inject
    NationalExportService exports;

    @GET
    @Operation(summary = "Số liệu và điểm của tỉnh / The province's values and scores",
            description = "Every accepted value and final score of the province's units for the period, with unit and "
                    + "element codes, framework version and generation time; format=json (default) or csv. See docs/national-export.md.")
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
