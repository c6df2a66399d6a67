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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import vn.dti.platform.security.Roles;
import vn.dti.report.service.Catalog;

@Path("/api/v1/data-elements")
@Authenticated
@Tag(name = "Danh mục chỉ tiêu / Data elements")
@SecurityRequirement(name = "bearer")
public class DataElementResource {

    @Inject
    Catalog catalog;

    @GET
    @Operation(summary = "Danh mục chỉ tiêu / The catalog", description = "Retired elements only with includeRetired=true.")
    public List<Catalog.ElementView> list(@QueryParam("includeRetired") boolean includeRetired) {
        return catalog.list(includeRetired);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Thêm chỉ tiêu / Add an element")
    public Response add(@Valid @NotNull Catalog.NewElement element) {
        Catalog.ElementView created = catalog.add(element);
        return Response.status(Response.Status.CREATED).header("Location", "/api/v1/data-elements/" + created.code())
                .entity(created).build();
    }

    @POST
    @Path("/{code}/retire")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Ngừng sử dụng chỉ tiêu / Retire an element", description = "Elements are never deleted; stored values stay.")
    public Catalog.ElementView retire(@PathParam("code") String code) {
        return catalog.retire(code);
    }
}
