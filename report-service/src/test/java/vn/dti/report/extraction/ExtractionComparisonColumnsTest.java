package vn.dti.report.extraction;

import static vn.dti.report.extraction.DistrictReportSentences.assertNone;
import static vn.dti.report.extraction.DistrictReportSentences.assertNoneInText;
import static vn.dti.report.extraction.DistrictReportSentences.assertValue;
import static vn.dti.report.extraction.DistrictReportSentences.assertValueInText;

import org.junit.jupiter.api.Test;

/**
 * A column set beside the unit's own to compare it (an average of several units, a comparison or change, a wider scope's
 * figure) is never the unit's own, even when its heading names the report's year; the own column is chosen by its heading.
 */
class ExtractionComparisonColumnsTest {

    @Test
    void anAverageColumnNamingTheReportsYearIsNotTheOwnColumn() {
        String table = """
                TT | Nội dung | ĐVT | Năm 2022 | Năm 2023 | Trung bình các huyện năm 2023
                1 | Tỷ lệ văn bản đi có chữ ký số | % | 90 | 96,5 | 93,2
                2 | Số văn bản đến | văn bản | 4.100 | 5.230 | -
                3 | Tỷ lệ hồ sơ giải quyết đúng hạn | % | - | - | 97,4
                """;
        assertValue(table, "doc.signed_pct", "96.5");
        assertValue(table, "doc.incoming", "5230");
        assertNone(table, "dvc.dossiers_on_time_pct");
    }

    @Test
    void aTabbedDepartmentTableWithTheSectorsAverageReadsTheOfficesYear() {
        String text = "UBND TỈNH HẬU GIANG\nSỞ TƯ PHÁP\nBÁO CÁO kết quả ứng dụng công nghệ thông tin năm 2023\n\n"
                + "STT\tChỉ tiêu\tĐơn vị tính\tNăm 2022\tNăm 2023\tBình quân các sở, ngành năm 2023\n"
                + "1\tSố hồ sơ tiếp nhận trực tuyến\thồ sơ\t840\t1.315\t-\n"
                + "2\tTỷ lệ hồ sơ tiếp nhận trực tuyến\t%\t31,5\t58,2\t44,9\n"
                + "3\tTỷ lệ văn bản đi được ký số\t%\t-\t-\t92,6\n";
        assertValueInText(text, "dvc.dossiers_online", "1315");
        assertValueInText(text, "dvc.dossiers_online_pct", "58.2");
        assertNoneInText(text, "doc.signed_pct");
    }

    @Test
    void aComparisonColumnLeavesTheResultAsTheRowsOnlyFigure() {
        String table = """
                Chỉ tiêu | Kết quả | So với cùng kỳ (%)
                Số văn bản đi | 2.480 | 112
                Tỷ lệ hồ sơ trực tuyến | - | 104,5
                """;
        assertValue(table, "doc.outgoing", "2480");
        assertNone(table, "dvc.dossiers_online_pct");
    }

    @Test
    void aChangeColumnNamingBothYearsIsNotTheOwnColumn() {
        String table = """
                Chỉ tiêu | So sánh 2023/2022 (%) | Năm 2023 | Năm 2022
                Số văn bản đến | 121,3 | 6.410 | 5.284
                """;
        assertValue(table, "doc.incoming", "6410");
    }

    @Test
    void theProvincesColumnBesideADistrictsIsAnotherScope() {
        String table = """
                Nội dung | Của huyện | Toàn tỉnh
                Tỷ lệ hồ sơ TTHC tiếp nhận trực tuyến (%) | 71,2 | 80,5
                Tỷ lệ văn bản đi được ký số (%) | - | 97,3
                """;
        assertValue(table, "dvc.dossiers_online_pct", "71.2");
        assertNone(table, "doc.signed_pct");
    }
}
