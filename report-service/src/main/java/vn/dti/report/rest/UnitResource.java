package vn.dti.report.rest;

import vn.dti.platform.rest.PageRequest;
import vn.dti.platform.rest.PageResponse;
import vn.dti.platform.rest.Preconditions;

import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import vn.dti.report.config.ReportConfig;
import vn.dti.platform.security.Roles;
import vn.dti.report.service.AuditTrail;
import vn.dti.report.service.AuditView;
import vn.dti.report.service.NewUnit;
import vn.dti.report.service.UnitMerge;
import vn.dti.report.service.UnitService;
import vn.dti.report.service.UnitUpdate;
import vn.dti.report.service.UnitView;

@Path("/api/v1/units")
@Authenticated
@Tag(name = "Đơn vị / Units")
@SecurityRequirement(name = "bearer")
public class UnitResource {

    @Inject
    UnitService units;

    @Inject
    AuditTrail audit;

    @Inject
    ReportConfig config;

    @GET
    @Operation(summary = "Danh sách đơn vị / List units",
            description = "Filter by province code, peer group, a name or code fragment (q) and the day units exist on (validOn).")
    public PageResponse<UnitView> list(@QueryParam("province") String province, @QueryParam("group") String group,
            @QueryParam("q") String query, @QueryParam("validOn") LocalDate validOn,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return units.list(province, group, query, validOn, PageRequest.of(page, size, config.paging()));
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "Một đơn vị / One unit")
    public Response get(@PathParam("code") String code) {
        return withEtag(units.get(code), Response.Status.OK);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Tạo đơn vị / Create a unit")
    public Response create(@Valid @NotNull NewUnit request) {
        UnitView created = units.create(request);
        return Response.fromResponse(withEtag(created, Response.Status.CREATED))
                .header("Location", "/api/v1/units/" + created.code()).build();
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Đổi tên, chuyển, đóng đơn vị / Rename, move or close a unit")
    public Response update(@PathParam("code") String code, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull UnitUpdate change) {
        return withEtag(units.update(code, change, ifMatch), Response.Status.OK);
    }

    @POST
    @Path("/{code}/merge")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Sáp nhập đơn vị / Merge a unit into its successor")
    public Response merge(@PathParam("code") String code, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull UnitMerge merge) {
        return withEtag(units.merge(code, merge, ifMatch), Response.Status.OK);
    }

    @GET
    @Path("/{code}/audit")
    @RolesAllowed({ Roles.ADMIN, Roles.REVIEWER })
    @Operation(summary = "Lịch sử thay đổi / Audit trail of a unit")
    public List<AuditView> auditTrail(@PathParam("code") String code) {
        units.auditable(code);
        return audit.of(AuditTrail.UNIT, code).stream().map(AuditView::of).toList();
    }

    private static Response withEtag(UnitView unit, Response.Status status) {
        return Response.status(status).entity(unit).tag(Preconditions.etagOf(unit.revision())).build();
    }
}
