package vn.dti.report.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import vn.dti.report.config.ReportConfig;
import vn.dti.report.repository.ReportStatus;
import vn.dti.report.service.ReportQueryService;
import vn.dti.report.service.ReportView;

@Path("/api/v1/reports")
@Authenticated
@Tag(name = "Báo cáo / Reports")
@SecurityRequirement(name = "bearer")
public class ReportResource {

    @Inject
    ReportQueryService reports;

    @Inject
    ReportConfig config;

    @GET
    @Operation(summary = "Danh sách báo cáo của đơn vị / Reports of a unit",
            description = "A reporter sees only its own unit; a reviewer its province.")
    public PageResponse<ReportView> list(@QueryParam("unit") String unit, @QueryParam("period") String period,
            @QueryParam("status") ReportStatus status, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        return reports.list(unit, period, status, PageRequest.of(page, size, config.paging()));
    }
}
