package vn.dti.indicator.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.dti.platform.rest.PageRequest;
import vn.dti.platform.audit.AuditFilter;
import vn.dti.platform.audit.AuditLog;
import vn.dti.platform.audit.AuditPage;
import vn.dti.platform.security.Roles;
import vn.dti.indicator.config.IndicatorConfig;
import vn.dti.indicator.security.CallerScope;

/** This service's part of {@code GET /api/v1/audit}; the gateway merges the parts of every service. */
@Path("/api/v1/audit")
@Tag(name = "audit", description = "Nhật ký / Audit")
@SecurityRequirement(name = "bearer")
public class AuditResource {

    @Inject
    AuditLog log;

    @Inject
    CallerScope caller;

    @Inject
    IndicatorConfig config;

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.REVIEWER, Roles.COUNCIL })
    @Operation(hidden = true, summary = "Nhật ký thay đổi / Audit trail",
            description = "Append-only lines of framework versions and activations and council adjustments, newest first; reviewers see their province.")
    public AuditPage audit(@QueryParam("province") String province, @QueryParam("unit") String unit,
            @QueryParam("actor") String actor, @QueryParam("action") String action, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        PageRequest paging = PageRequest.of(page, size, config.paging());
        return log.pageFor(new AuditFilter(province, unit, actor, action, from, to), caller.province(), caller.isAdmin(),
                paging.page(), paging.size());
    }
}
