package vn.dti.report.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import vn.dti.report.config.ReportConfig;
import vn.dti.report.security.Roles;
import vn.dti.report.service.NewUnit;
import vn.dti.report.service.UnitService;
import vn.dti.report.service.UnitView;

@Path("/api/v1/units")
@Authenticated
@Tag(name = "Đơn vị / Units")
@SecurityRequirement(name = "bearer")
public class UnitResource {

    @Inject
    UnitService units;

    @Inject
    ReportConfig config;

    @GET
    @Operation(summary = "Danh sách đơn vị / List units", description = "Filter by province code and peer group.")
    public PageResponse<UnitView> list(@QueryParam("province") String province, @QueryParam("group") String group,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return units.list(province, group, PageRequest.of(page, size, config.paging()));
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "Một đơn vị / One unit")
    public UnitView get(@PathParam("code") String code) {
        return units.get(code);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Tạo đơn vị / Create a unit")
    public Response create(@Valid @NotNull NewUnit request) {
        UnitView created = units.create(request);
        return Response.status(Response.Status.CREATED).header("Location", "/api/v1/units/" + created.code())
                .entity(created).build();
    }
}
