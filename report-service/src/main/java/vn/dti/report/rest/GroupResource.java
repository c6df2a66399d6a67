package vn.dti.report.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
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
import vn.dti.platform.problem.ProblemException;
import vn.dti.platform.security.Roles;
import vn.dti.report.service.GroupInput;
import vn.dti.report.service.PeerGroups;
import vn.dti.report.service.PeerGroups.GroupView;

@Path("/api/v1/groups")
@Authenticated
@Tag(name = "groups", description = "Nhóm xếp hạng / Peer groups")
@SecurityRequirement(name = "bearer")
public class GroupResource {

    @Inject
    PeerGroups groups;

    @GET
    @Operation(operationId = "listGroups", summary = "Nhóm xếp hạng / Peer groups in force",
            description = "A province's own groups and the defaults it does not override; the defaults without province.")
    public List<GroupView> list(@QueryParam("province") String province) {
        return groups.list(province);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createGroup", summary = "Tạo nhóm / Create a peer group", description = "Without province: a default for every province.")
    public Response create(@Valid @NotNull GroupInput input) {
        GroupView created = groups.create(input);
        return Response.status(Response.Status.CREATED).entity(created)
                .header("Location", "/api/v1/groups/" + created.code()).build();
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "updateGroup", summary = "Sửa nhóm / Update a peer group's names and levels")
    public GroupView update(@PathParam("code") String code, @Valid @NotNull GroupInput input) {
        if (!code.equals(input.code())) {
            throw ProblemException.invalid("code", "must equal the code in the path, " + code);
        }
        return groups.update(code, input);
    }

    @DELETE
    @Path("/{code}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "deleteGroup", summary = "Xoá nhóm / Delete a peer group that holds no unit")
    public Response delete(@PathParam("code") String code, @QueryParam("province") String province) {
        groups.delete(code, province);
        return Response.noContent().build();
    }
}
