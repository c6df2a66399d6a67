package vn.dti.ranking.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.dti.platform.events.DeadLetterResource;
import vn.dti.platform.security.Roles;

/** Score and unit events ranking-service could not apply, for an administrator to replay. */
@Path("/api/v1/admin/ranking/dead-letters")
@RolesAllowed(Roles.ADMIN)
@Tag(name = "admin", description = "Quản trị sự kiện / Event administration")
public class DeadLetterAdminResource extends DeadLetterResource {
}
