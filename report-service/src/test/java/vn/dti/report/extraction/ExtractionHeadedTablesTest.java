package vn.dti.report.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.dti.report.extraction.DistrictReportSentences.assertNone;
import static vn.dti.report.extraction.DistrictReportSentences.assertValue;
import static vn.dti.report.extraction.DistrictReportSentences.assertValueInText;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

/**
 * Statistics tables whose top row names what each column counts, under a district report for 2023: the figures of the
 * unit's own row (the only row, the total row, the period's year) are read under their headings; other units' rows are not.
 */
class ExtractionHeadedTablesTest {

    @Test
    void theOnlyRowOfFiguresIsReadUnderItsHeadings() {
        String table = """
                Bảng 1. Kết quả giải quyết thủ tục hành chính
                | Tổng số hồ sơ tiếp nhận | Số hồ sơ nộp trực tuyến | Tỷ lệ hồ sơ trực tuyến | Giải quyết đúng hạn (%) |
                |---|---|---|---|
                | 2.418 | 1.960 | 81,1% | 99,2 |
                """;
        assertValue(table, "dvc.dossiers_received", "2418");
        assertValue(table, "dvc.dossiers_online", "1960");
        assertValue(table, "dvc.dossiers_online_pct", "81.1");
        assertValue(table, "dvc.dossiers_on_time_pct", "99.2");
    }

    @Test
    void theTotalRowIsTheUnitsOwnAndTheOtherRowsAreNot() {
        String table = """
                STT | Đơn vị | Số văn bản đi | Số văn bản đến | Tỷ lệ văn bản đi được ký số (%)
                1 | Văn phòng HĐND và UBND | 1.210 | 3.480 | 98
                2 | Phòng Tài chính - Kế hoạch | 305 | 912 | 96
                Tổng cộng | | 1.515 | 4.392 | 97,6
                """;
        assertValue(table, "doc.outgoing", "1515");
        assertValue(table, "doc.incoming", "4392");
        assertValue(table, "doc.signed_pct", "97.6");
    }

    @Test
    void rowsOfOtherUnitsWithoutATotalGiveNothing() {
        String table = """
                STT | Xã, thị trấn | Số văn bản đi | Số văn bản đến
                1 | Xã Phú Hữu | 420 | 1.130
                2 | Xã Vĩnh Lộc | 388 | 1.052
                """;
        assertNone(table, "doc.outgoing");
        assertNone(table, "doc.incoming");
    }

    @Test
    void theRowOfThePeriodsYearIsReadAndTheYearBeforeIsNot() {
        String table = """
                Năm | Số hồ sơ tiếp nhận | Số hồ sơ trực tuyến | Tỷ lệ hồ sơ trực tuyến
                2022 | 904 | 411 | 45,5
                2023 | 1.126 | 802 | 71,2
                """;
        assertValue(table, "dvc.dossiers_received", "1126");
        assertValue(table, "dvc.dossiers_online_pct", "71.2");
    }

    @Test
    void rowsOfQuartersOfOneYearWithoutATotalGiveNothing() {
        String table = """
                Kỳ | Số hồ sơ tiếp nhận | Tỷ lệ hồ sơ trực tuyến
                Quý I/2023 | 250 | 61,2
                Quý II/2023 | 310 | 66,5
                """;
        assertNone(table, "dvc.dossiers_received");
        assertNone(table, "dvc.dossiers_online_pct");
    }

    @Test
    void labelsInAColumnAreLeftToTheRowReading() {
        String table = """
                STT | Chỉ tiêu | Kết quả
                1 | Số văn bản đi | 1.340
                2 | Số Tổ công nghệ số cộng đồng | 14
                """;
        assertValue(table, "doc.outgoing", "1340");
        assertValue(table, "hr.community_tech_teams", "14");
    }

    @Test
    void aBareShareHeadingIsTheShareOfTheColumnOnItsLeft() {
        String table = """
                | TT | Tổng số hồ sơ tiếp nhận | Hồ sơ trực tuyến | Tỷ lệ (%) | Hồ sơ giải quyết đúng hạn | Tỷ lệ |
                |---|---|---|---|---|---|
                | 1 | 5.210 | 4.100 | 78,7 | 5.150 | 98,8 |
                """;
        assertValue(table, "dvc.dossiers_online_pct", "78.7");
        assertValue(table, "dvc.dossiers_on_time_pct", "98.8");
    }

    @Test
    void aHeadingMergedOverTwoColumnsHeadsBothSubheadings() {
        String table = """
                | Nội dung | Số hồ sơ tiếp nhận | | Tỷ lệ giải quyết đúng hạn (%) |
                | | Trực tuyến | Trực tiếp | |
                | Năm 2023 | 4.100 | 1.110 | 99,1 |
                """;
        assertValue(table, "dvc.dossiers_online", "4100");
        assertValue(table, "dvc.dossiers_on_time_pct", "99.1");
        assertNone(table, "dvc.dossiers_received");
    }

    @Test
    void aWordTableWithHeadingsGivesItsValuesWithTheCellAsQuote() throws IOException {
        String text = DocumentText.of(docxWithHeadedTable(), "bao-cao.docx");
        ExtractionResult result = DistrictReportSentences.extract(DistrictReportSentences.HEADER + text);
        Proposal teams = result.values().stream().filter(p -> p.element().equals("hr.community_tech_teams")).findFirst()
                .orElseThrow(() -> new AssertionError("no community tech teams in " + text));
        assertEquals(0, new BigDecimal("17").compareTo((BigDecimal) teams.value()));
        assertEquals("17", teams.quote());
        assertTrue(teams.source().startsWith("table:"), teams.source());
        assertTrue(result.values().stream().anyMatch(p -> p.element().equals("hr.community_tech_members")
                && ((BigDecimal) p.value()).intValue() == 102), result.toString());
    }

    @Test
    void aWordHeadingMergedOverTwoColumnsKeepsTheColumnsAligned() throws IOException {
        String text = DocumentText.of(docxWithMergedHeading(), "bao-cao.docx");
        assertTrue(text.contains("Số hồ sơ tiếp nhận |  | Tỷ lệ đúng hạn (%)"), text);
        ExtractionResult result = DistrictReportSentences.extract(DistrictReportSentences.HEADER + text);
        assertTrue(result.values().stream().anyMatch(p -> p.element().equals("dvc.dossiers_online")
                && ((BigDecimal) p.value()).intValue() == 4100), result.toString());
        assertTrue(result.values().stream().anyMatch(p -> p.element().equals("dvc.dossiers_on_time_pct")
                && ((BigDecimal) p.value()).compareTo(new BigDecimal("99.1")) == 0), result.toString());
    }

    private static byte[] docxWithMergedHeading() throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText("Kết quả giải quyết hồ sơ năm 2023:");
            XWPFTable table = document.createTable(3, 3);
            table.getRow(0).getCell(0).setText("Số hồ sơ tiếp nhận");
            table.getRow(0).getCell(0).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.TWO);
            table.getRow(0).getCell(1).setText("Tỷ lệ đúng hạn (%)");
            table.getRow(0).removeCell(2);
            String[][] below = {{"Trực tuyến", "Trực tiếp", ""}, {"4.100", "1.110", "99,1"}};
            for (int r = 0; r < below.length; r++) {
                for (int c = 0; c < 3; c++) {
                    table.getRow(r + 1).getCell(c).setText(below[r][c]);
                }
            }
            document.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] docxWithHeadedTable() throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText("Kết quả phong trào bình dân học vụ số trên địa bàn huyện:");
            XWPFTable table = document.createTable(2, 3);
            String[][] cells = {{"Số Tổ công nghệ số cộng đồng", "Số thành viên Tổ công nghệ số cộng đồng", "Ghi chú"}, {"17", "102", "Đạt"}};
            for (int r = 0; r < cells.length; r++) {
                for (int c = 0; c < cells[r].length; c++) {
                    table.getRow(r).getCell(c).setText(cells[r][c]);
                }
            }
            document.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void anIndicatorRowIsReadFromTheResultColumnWithTheUnitColumnsUnit() {
        String table = """
                | TT | Tên chỉ tiêu | Đơn vị tính | Chỉ tiêu năm 2023 | Thực hiện năm 2023 | Ghi chú |
                |---|---|---|---|---|---|
                | I | Hạ tầng số | | | | |
                | 1 | Tỷ lệ máy tính được cài phần mềm phòng chống mã độc | % | 100 | 92,4 | |
                | 2 | Kinh phí chi cho chuyển đổi số | triệu đồng | 800 | 615,2 | |
                | 3 | Tỷ lệ văn bản đi được ký số | % | 90 | | chưa thống kê |
                """;
        assertValue(table, "sec.antivirus_pct", "92.4");
        assertValue(table, "fin.dx_budget", "615200000");
        assertNone(table, "doc.signed_pct");
    }

    @Test
    void aRowWhoseOnlyFigureIsThePlanGivesNothing() {
        String table = """
                | STT | Chỉ tiêu | ĐVT | Kế hoạch | Thực hiện |
                | 1 | Tỷ lệ hộ gia đình có cáp quang băng rộng | % | 85 | |
                | 2 | Số Tổ công nghệ số cộng đồng | tổ | 24 | 26 |
                """;
        assertNone(table, "soc.household_fiber_pct");
        assertValue(table, "hr.community_tech_teams", "26");
    }

    @Test
    void aDepartmentsOwnRowIsReadRatherThanTheWholeSectorsTotal() {
        String text = """
                UBND TỈNH NINH THUẬN
                SỞ Y TẾ
                BÁO CÁO kết quả chuyển đổi số năm 2023
                | Khối | Máy tính để bàn | Văn bản đi |
                | Văn phòng Sở Y tế | 52 | 1.906 |
                | Các bệnh viện, trung tâm trực thuộc | 1.240 | 9.870 |
                | Toàn ngành | 1.292 | 11.776 |
                """;
        assertValueInText(text, "infra.desktops", "52");
        assertValueInText(text, "doc.outgoing", "1906");
    }

    @Test
    void aDistrictStillReadsTheTotalRowOfATableByBlocks() {
        String table = """
                | Khối | Máy tính để bàn | Văn bản đi |
                | Cơ quan UBND huyện | 88 | 2.310 |
                | Các xã, thị trấn | 214 | 6.005 |
                | Toàn huyện | 302 | 8.315 |
                """;
        assertValue(table, "infra.desktops", "302");
    }
}
