package vn.dti.indicator.rest;

import vn.dti.platform.rest.PageRequest;
import vn.dti.platform.rest.PageResponse;

import java.net.URI;

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
import vn.dti.indicator.config.IndicatorConfig;
import vn.dti.indicator.scoring.FrameworkDocument;
import vn.dti.indicator.security.CallerScope;
import vn.dti.platform.security.Roles;
import vn.dti.indicator.service.ActivationInput;
import vn.dti.indicator.service.FrameworkService;
import vn.dti.indicator.service.FrameworkView;

@Path("/api/v1/frameworks")
@Authenticated
@Tag(name = "frameworks", description = "Bộ chỉ số / Frameworks")
@SecurityRequirement(name = "bearer")
public class FrameworkResource {

    @Inject
    FrameworkService frameworks;

    @Inject
    IndicatorConfig config;

    @Inject
    CallerScope caller;

    @GET
    @Operation(operationId = "listFrameworks", summary = "Các bộ chỉ số / Frameworks")
    public PageResponse<FrameworkView> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return frameworks.list(PageRequest.of(page, size, config.paging()));
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getFramework", summary = "Một bộ chỉ số: phiên bản, cây chỉ số, phương pháp / A framework: versions, tree, methods")
    public FrameworkView get(@PathParam("code") String code) {
        return frameworks.get(code);
    }

    @GET
    @Path("/{code}/versions/{version}")
    @Operation(operationId = "exportFrameworkVersion", summary = "Xuất một phiên bản (JSON) / Export a version as its JSON document")
    public FrameworkDocument export(@PathParam("code") String code, @PathParam("version") int version) {
        return frameworks.export(code, version);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createFrameworkVersion", summary = "Tạo phiên bản mới từ tài liệu JSON / Create a new version from a JSON document")
    @APIResponse(responseCode = "201", description = "Đã tạo phiên bản / Version created", content = @Content(mediaType = "application/json", schema = @Schema(implementation = FrameworkView.VersionView.class)), headers = {@Header(name = "Location", ref = "Location")})
    public Response create(@NotNull FrameworkDocument document) {
        FrameworkView.VersionView created = frameworks.create(document, caller);
        return Response.created(URI.create("/api/v1/frameworks/" + document.code() + "/versions/" + created.version()))
                .entity(created).build();
    }

    @POST
    @Path("/validate")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "validateFramework", summary = "Kiểm tra tài liệu, không lưu / Validate a document without storing it (422 lists every error)")
    public ValidationResult validate(@NotNull FrameworkDocument document) {
        frameworks.validate(document);
        return new ValidationResult(true);
    }

    @POST
    @Path("/{code}/versions/{version}/activations")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "activateFrameworkVersion", summary = "Áp dụng phiên bản cho kỳ, tỉnh, nhóm / Activate a version for periods, provinces and groups")
    @APIResponse(responseCode = "201", description = "Đã áp dụng; phiên bản với các lần áp dụng / Activated; the version with its activations", content = @Content(mediaType = "application/json", schema = @Schema(implementation = FrameworkView.VersionView.class)))
    public Response activate(@PathParam("code") String code, @PathParam("version") int version,
            @Valid @NotNull ActivationInput input) {
        return Response.status(201).entity(frameworks.activate(code, version, input, caller)).build();
    }

    public record ValidationResult(boolean valid) {
    }
}
