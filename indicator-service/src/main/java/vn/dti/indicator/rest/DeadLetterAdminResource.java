package vn.dti.indicator.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.dti.platform.events.DeadLetterResource;
import vn.dti.platform.security.Roles;

/** Report and unit events indicator-service could not apply, for an administrator to replay. */
@Path("/api/v1/admin/indicator/dead-letters")
@RolesAllowed(Roles.ADMIN)
@Tag(name = "admin", description = "Quản trị sự kiện / Event administration")
public class DeadLetterAdminResource extends DeadLetterResource {
}
