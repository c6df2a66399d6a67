package vn.dti.indicator.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.dti.indicator.service.Reconciliation;
import vn.dti.platform.security.Roles;

@Path("/api/v1/admin/indicator/reconciliation")
@RolesAllowed(Roles.ADMIN)
@Tag(name = "admin", description = "Quản trị sự kiện / Event administration")
public class ReconciliationResource {

    @Inject
    Reconciliation reconciliation;

    @POST
    @Operation(summary = "Đối soát điểm / Repair scores lagging their report version or active framework")
    public Reconciliation.Result run() {
        return reconciliation.run();
    }
}
