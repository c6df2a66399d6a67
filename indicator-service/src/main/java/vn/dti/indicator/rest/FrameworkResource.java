package vn.dti.indicator.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import vn.dti.indicator.config.IndicatorConfig;
import vn.dti.indicator.service.FrameworkService;
import vn.dti.indicator.service.FrameworkView;

@Path("/api/v1/frameworks")
@Authenticated
@Tag(name = "Bộ chỉ số / Frameworks")
@SecurityRequirement(name = "bearer")
public class FrameworkResource {

    @Inject
    FrameworkService frameworks;

    @Inject
    IndicatorConfig config;

    @GET
    @Operation(summary = "Các phiên bản bộ chỉ số / Framework versions")
    public PageResponse<FrameworkView> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return frameworks.list(PageRequest.of(page, size, config.paging()));
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "Một phiên bản bộ chỉ số / One framework version")
    public FrameworkView get(@PathParam("code") String code) {
        return frameworks.get(code);
    }
}
