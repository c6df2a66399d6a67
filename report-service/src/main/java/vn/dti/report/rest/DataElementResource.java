package vn.dti.report.rest;

import java.util.List;

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
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import vn.dti.platform.security.Roles;
import vn.dti.report.service.Catalog;

@Path("/api/v1/data-elements")
@Authenticated
@Tag(name = "data-elements", description = "Danh mục chỉ tiêu / Data elements")
@SecurityRequirement(name = "bearer")
public class DataElementResource {

    @Inject
    Catalog catalog;

    @GET
    @Operation(operationId = "listDataElements", summary = "Danh mục chỉ tiêu / The catalog", description = "Retired elements only with includeRetired=true.")
    public List<Catalog.ElementView> list(@QueryParam("includeRetired") boolean includeRetired) {
        return catalog.list(includeRetired);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "addDataElement", summary = "Thêm chỉ tiêu / Add an element")
    @APIResponse(responseCode = "201", description = "Đã thêm / Added", content = @Content(mediaType = "application/json", schema = @Schema(implementation = Catalog.ElementView.class)), headers = {@Header(name = "Location", ref = "Location")})
    public Response add(@Valid @NotNull Catalog.NewElement element) {
        Catalog.ElementView created = catalog.add(element);
        return Response.status(Response.Status.CREATED).header("Location", "/api/v1/data-elements/" + created.code())
                .entity(created).build();
    }

    @POST
    @Path("/{code}/retire")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "retireDataElement", summary = "Ngừng sử dụng chỉ tiêu / Retire an element", description = "Elements are never deleted; stored values stay.")
    public Catalog.ElementView retire(@PathParam("code") String code) {
        return catalog.retire(code);
    }
}
