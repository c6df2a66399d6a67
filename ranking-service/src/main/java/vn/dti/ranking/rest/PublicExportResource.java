package vn.dti.ranking.rest;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.dti.platform.problem.Problem;
import vn.dti.platform.problem.ProblemException;
import vn.dti.ranking.export.CsvExport;
import vn.dti.ranking.export.ExportTable;
import vn.dti.ranking.export.XlsxExport;
import vn.dti.ranking.service.RankingQueries;

/** The published ranking in force as a file, for citizens and portals: no token. */
@Path("/api/v1/public/rankings/export")
@Tag(name = "public", description = "Công khai / Public (no token)")
public class PublicExportResource {

    @Inject
    RankingQueries rankings;

    @GET
    @Produces({ CsvExport.MEDIA_TYPE, XlsxExport.MEDIA_TYPE, Problem.MEDIA_TYPE })
    @Operation(operationId = "exportPublishedRanking", summary = "Tải bảng xếp hạng công bố / Download a published ranking",
            description = "format=csv (UTF-8) or xlsx (Excel): the same table as the signed-in export.")
    @Parameter(name = "format", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.STRING, enumeration = {"csv", "xlsx"}))
    @APIResponse(responseCode = "200", description = "Tệp xuất / The exported file", content = {@Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")), @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response export(@QueryParam("province") @NotBlank String province, @QueryParam("group") @NotBlank String group,
            @QueryParam("period") @NotBlank String period, @QueryParam("format") String format) {
        String kind = format == null || format.isBlank() ? "csv" : format.strip().toLowerCase();
        if (!kind.equals("csv") && !kind.equals("xlsx")) {
            throw ProblemException.invalid("format", "must be csv or xlsx");
        }
        ExportTable table = ExportTable.of(rankings.published(province, group, period));
        return kind.equals("csv")
                ? attachment(CsvExport.write(table), CsvExport.MEDIA_TYPE, table.fileName("csv"))
                : attachment(XlsxExport.write(table), XlsxExport.MEDIA_TYPE, table.fileName("xlsx"));
    }

    private static Response attachment(byte[] body, String mediaType, String fileName) {
        return Response.ok(body, mediaType)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
    }
}
