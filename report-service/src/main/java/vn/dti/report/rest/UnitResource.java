package vn.dti.report.rest;

import vn.dti.platform.rest.PageRequest;
import vn.dti.platform.rest.PageResponse;
import vn.dti.platform.rest.Preconditions;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

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
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import vn.dti.report.config.ReportConfig;
import vn.dti.platform.security.Roles;
import vn.dti.report.service.AuditTrail;
import vn.dti.report.service.AuditView;
import vn.dti.report.service.NewUnit;
import vn.dti.report.service.Restructuring;
import vn.dti.report.service.UnitMove;
import vn.dti.report.service.UnitSplit;
import vn.dti.report.service.UnitUndo;
import vn.dti.report.service.UnitMerge;
import vn.dti.report.service.UnitService;
import vn.dti.report.service.UnitUpdate;
import vn.dti.report.service.UnitView;

@Path("/api/v1/units")
@Authenticated
@Tag(name = "units", description = "Đơn vị / Units")
@SecurityRequirement(name = "bearer")
public class UnitResource {

    @Inject
    UnitService units;

    @Inject
    AuditTrail audit;

    @Inject
    Restructuring restructuring;

    @Inject
    ReportConfig config;

    @GET
    @Operation(operationId = "listUnits", summary = "Danh sách đơn vị / List units",
            description = "Filter by province code, peer group, a name or code fragment (q) and the day units exist on (validOn).")
    public PageResponse<UnitView> list(@QueryParam("province") String province, @QueryParam("group") String group,
            @QueryParam("q") String query, @QueryParam("validOn") LocalDate validOn,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return units.list(province, group, query, validOn, PageRequest.of(page, size, config.paging()));
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getUnit", summary = "Một đơn vị / One unit",
            description = "With its dated successor and predecessor links; named as on validOn when given.")
    @APIResponse(responseCode = "200", description = "Đơn vị / The unit", content = @Content(mediaType = "application/json", schema = @Schema(implementation = UnitView.class)), headers = {@Header(name = "ETag", ref = "ETag")})
    public Response get(@PathParam("code") String code, @QueryParam("validOn") LocalDate validOn) {
        return withEtag(units.get(code, validOn), Response.Status.OK);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createUnit", summary = "Tạo đơn vị / Create a unit")
    @APIResponse(responseCode = "201", description = "Đã tạo / Created", content = @Content(mediaType = "application/json", schema = @Schema(implementation = UnitView.class)), headers = {@Header(name = "ETag", ref = "ETag"), @Header(name = "Location", ref = "Location")})
    public Response create(@Valid @NotNull NewUnit request) {
        UnitView created = units.create(request);
        return Response.fromResponse(withEtag(created, Response.Status.CREATED))
                .header("Location", "/api/v1/units/" + created.code()).build();
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "updateUnit", summary = "Đổi tên, chuyển, đóng đơn vị / Rename, move or close a unit")
    @APIResponse(responseCode = "200", description = "Đơn vị sau khi thay đổi / The unit after the change", content = @Content(mediaType = "application/json", schema = @Schema(implementation = UnitView.class)), headers = {@Header(name = "ETag", ref = "ETag")})
    public Response update(@PathParam("code") String code, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull UnitUpdate change) {
        return withEtag(units.update(code, change, ifMatch), Response.Status.OK);
    }

    @POST
    @Path("/{code}/merge")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "mergeUnit", summary = "Sáp nhập đơn vị / Merge a unit into its successor")
    @APIResponse(responseCode = "200", description = "Đơn vị đã sáp nhập / The merged unit", content = @Content(mediaType = "application/json", schema = @Schema(implementation = UnitView.class)), headers = {@Header(name = "ETag", ref = "ETag")})
    public Response merge(@PathParam("code") String code, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull UnitMerge merge) {
        return withEtag(units.merge(code, merge, ifMatch), Response.Status.OK);
    }

    @POST
    @Path("/{code}/move")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "moveUnit", summary = "Chuyển đơn vị sang đơn vị cha khác / Move a unit, also to another province",
            description = "In another province the unit and its open sub-units continue under new codes from the date.")
    public Response move(@PathParam("code") String code, @Valid @NotNull UnitMove move) {
        return withEtag(restructuring.move(code, move), Response.Status.OK);
    }

    @POST
    @Path("/{code}/split")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "splitUnit", summary = "Chia tách đơn vị / Split a unit into several successors with shares")
    public Response split(@PathParam("code") String code, @Valid @NotNull UnitSplit split) {
        return withEtag(restructuring.split(code, split), Response.Status.OK);
    }

    @GET
    @Path("/{code}/changes")
    @RolesAllowed({ Roles.ADMIN, Roles.REVIEWER })
    @Operation(operationId = "listUnitChanges", summary = "Các lần sắp xếp lại đơn vị / Restructuring changes that touched a unit")
    public List<Restructuring.ChangeView> changes(@PathParam("code") String code) {
        units.auditable(code);
        return restructuring.changesOf(code);
    }

    @POST
    @Path("/changes/{id}/undo")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "undoUnitChange", summary = "Hoàn tác một thay đổi sai / Undo a wrong restructuring change",
            description = "Restores the units as they were and removes units the change created; audited with the reason.")
    public Restructuring.ChangeView undo(@PathParam("id") UUID id, @Valid @NotNull UnitUndo undo) {
        return restructuring.undo(id, undo.reason());
    }

    @GET
    @Path("/{code}/audit")
    @RolesAllowed({ Roles.ADMIN, Roles.REVIEWER })
    @Operation(operationId = "getUnitAudit", summary = "Lịch sử thay đổi / Audit trail of a unit")
    public List<AuditView> auditTrail(@PathParam("code") String code) {
        units.auditable(code);
        return audit.of(AuditTrail.UNIT, code).stream().map(AuditView::of).toList();
    }

    private static Response withEtag(UnitView unit, Response.Status status) {
        return Response.status(status).entity(unit).tag(Preconditions.etagOf(unit.revision())).build();
    }
}
