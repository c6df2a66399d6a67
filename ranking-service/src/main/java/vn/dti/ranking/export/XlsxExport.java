package vn.dti.ranking.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.dti.ranking.service.RankingView;

/**
 * An Excel workbook: sheet "Xếp hạng" with a bold, frozen, filterable header row and number
 * formats (index 0.0000, points 0.00, ranks 0), and sheet "Thông tin" with the decision and rules.
 */
public final class XlsxExport {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private XlsxExport() {
    }

    public static byte[] write(ExportTable table) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = Styles.of(workbook);
            writeRanking(workbook.createSheet("Xếp hạng"), table, styles);
            writeAbout(workbook.createSheet("Thông tin"), table.ranking(), styles);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the workbook could not be written", e);
        }
    }

    private static void writeRanking(Sheet sheet, ExportTable table, Styles styles) {
        List<ExportTable.Column> columns = table.columns();
        Row header = sheet.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(columns.get(c).header());
            cell.setCellStyle(styles.header);
            sheet.setColumnWidth(c, columns.get(c).kind() == ExportTable.Kind.TEXT && c == 3 ? 40 * 256 : 16 * 256);
        }
        List<List<Object>> rows = table.rows();
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r + 1);
            for (int c = 0; c < columns.size(); c++) {
                write(row.createCell(c), rows.get(r).get(c), columns.get(c).kind(), styles);
            }
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, rows.size()), 0, columns.size() - 1));
    }

    private static void write(Cell cell, Object value, ExportTable.Kind kind, Styles styles) {
        if (value == null) {
            return;
        }
        switch (kind) {
            case INTEGER -> {
                cell.setCellValue(((Number) value).doubleValue());
                cell.setCellStyle(styles.integer);
            }
            case INDEX -> {
                cell.setCellValue(((BigDecimal) value).doubleValue());
                cell.setCellStyle(styles.index);
            }
            case POINTS -> {
                cell.setCellValue(((BigDecimal) value).doubleValue());
                cell.setCellStyle(styles.points);
            }
            case TEXT -> cell.setCellValue(value.toString());
        }
    }

    private static void writeAbout(Sheet sheet, RankingView ranking, Styles styles) {
        Object[][] facts = {
                { "Tỉnh / Province", ranking.province() },
                { "Nhóm đơn vị / Peer group", ranking.group() },
                { "Kỳ đánh giá / Period", ranking.period() },
                { "Bộ chỉ số / Framework", ranking.framework() },
                { "Giai đoạn chấm / Stage", ranking.stage() },
                { "Trạng thái / Status", ranking.status().name() },
                { "Lần công bố / Revision", ranking.revision() },
                { "Số quyết định / Decision no.", ranking.decisionNo() },
                { "Ngày quyết định / Decision date", ranking.decisionDate() },
                { "Người ký / Signer", ranking.signer() },
                { "Quy tắc xếp hạng / Rules", ranking.rules() } };
        for (int r = 0; r < facts.length; r++) {
            Row row = sheet.createRow(r);
            Cell label = row.createCell(0);
            label.setCellValue(facts[r][0].toString());
            label.setCellStyle(styles.header);
            row.createCell(1).setCellValue(facts[r][1] == null ? "" : facts[r][1].toString());
        }
        sheet.setColumnWidth(0, 32 * 256);
        sheet.setColumnWidth(1, 80 * 256);
    }

    private record Styles(CellStyle header, CellStyle integer, CellStyle index, CellStyle points) {

        static Styles of(XSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            return new Styles(header, numeric(workbook, "0"), numeric(workbook, "0.0000"), numeric(workbook, "#,##0.00"));
        }

        private static CellStyle numeric(XSSFWorkbook workbook, String format) {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat(format));
            return style;
        }
    }
}
