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
import vn.dti.platform.problem.ProblemException;
import vn.dti.platform.audit.AuditLog;
import vn.dti.platform.audit.AuditPage;
import vn.dti.platform.audit.AuditQuery;
import vn.dti.platform.audit.AuditScope;
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
        AuditQuery query;
        try {
            query = new AuditQuery(province, unit, actor, action, AuditScope.instant(from, "from"), AuditScope.instant(to, "to"));
        } catch (IllegalArgumentException e) {
            String[] parts = e.getMessage().split(": ", 2);
            throw ProblemException.invalid(parts[0], parts[1]);
        }
        AuditQuery scoped = AuditScope.restrict(query, caller.province(), caller.isAdmin())
                .orElseThrow(() -> ProblemException.notFound("Audit of " + (unit != null ? unit : province)));
        PageRequest paging = PageRequest.of(page, size, config.paging());
        return log.page(scoped, paging.page(), paging.size());
    }
}
