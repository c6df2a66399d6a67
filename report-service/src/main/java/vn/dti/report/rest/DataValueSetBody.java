package vn.dti.report.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON body of {@code POST /api/v1/data-value-sets} as documented; the resource reads it as a tree. */
@Schema(name = "DataValueSet", description = "Số liệu nhiều đơn vị / Values of many units for one period")
public record DataValueSetBody(
        @Schema(description = "Kỳ mặc định cho mọi dòng / Default period of every row", examples = "2023") String period,
        @Schema(required = true, description = "Các giá trị / The values") List<Row> dataValues) {

    @Schema(name = "DataValueSetRow", description = "Một giá trị / One value")
    public record Row(
            @Schema(required = true, description = "Mã đơn vị / Unit code", examples = "BDI.SNGV") String unit,
            @Schema(description = "Kỳ, nếu khác kỳ mặc định / Period when not the default", examples = "2023") String period,
            @Schema(required = true, description = "Mã chỉ tiêu / Element code", examples = "dvc.online_full") String element,
            @Schema(ref = "DataValue") Object value) {
    }
}
