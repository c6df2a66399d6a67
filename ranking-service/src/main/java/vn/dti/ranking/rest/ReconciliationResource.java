package vn.dti.ranking.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.dti.platform.security.Roles;
import vn.dti.ranking.service.Reconciliation;

@Path("/api/v1/admin/ranking/reconciliation")
@RolesAllowed(Roles.ADMIN)
@Tag(name = "admin", description = "Quản trị sự kiện / Event administration")
public class ReconciliationResource {

    @Inject
    Reconciliation reconciliation;

    @POST
    @Operation(summary = "Đối soát xếp hạng / Recompute draft rankings lagging their scores")
    public Reconciliation.Result run() {
        return reconciliation.run();
    }
}
