package vn.dti.report.extraction;

import static vn.dti.report.extraction.DistrictReportSentences.assertNone;
import static vn.dti.report.extraction.DistrictReportSentences.assertValue;

import org.junit.jupiter.api.Test;

/**
 * Tables laid out with runs of spaces, as a table copied out of a PDF reads in a text report (docs/extraction.md "Session 11:
 * dvc, doc and dir families in formal reports"): the period's column, the achieved column, headings over two lines, wrapped
 * labels. Invented wording; read under a district report header for 2023.
 */
class ExtractionSpacedTablesTest {

    private static final String YEAR_COLUMNS = """
            Số liệu xử lý văn bản và hồ sơ:

               Nội dung                 Năm 2022       Năm 2023
               Hồ sơ tiếp nhận          4.120          5.046
               Số văn bản đi              812          1.037

            Các số liệu trên lấy từ hệ thống.
            """;

    @Test
    void theColumnOfThePeriodsYearIsRead() {
        assertValue(YEAR_COLUMNS, "dvc.dossiers_received", "5046");
        assertValue(YEAR_COLUMNS, "doc.outgoing", "1037");
    }

    @Test
    void theAchievedColumnIsReadAndAnEmptyResultCellGivesNothing() {
        String table = """
                STT   Chỉ tiêu                          Đơn vị      Kế hoạch      Thực hiện
                1     Số hồ sơ nộp trực tuyến           hồ sơ       3.000         2.614
                2     Số văn bản đến                    văn bản     2.500
                3     Tỷ lệ người dân hài lòng          %           90            93,5
                """;
        assertValue(table, "dvc.dossiers_online", "2614");
        assertValue(table, "dvc.satisfaction_pct", "93.5");
        assertNone(table, "doc.incoming");
    }

    @Test
    void headingsOverTwoLinesNameTheYearOfEachColumn() {
        String table = """
                TT    Nội dung                              ĐVT          Kết quả
                                                                         Năm 2022      Năm 2023
                1     Tỷ lệ hồ sơ giải quyết đúng hạn       %            96,2          98,4
                2     Số giao dịch thanh toán trực tuyến    giao dịch    1.150         2.309
                """;
        assertValue(table, "dvc.dossiers_on_time_pct", "98.4");
        assertValue(table, "dvc.online_payments", "2309");
    }

    @Test
    void onlyThePreviousYearsColumnGivesNothing() {
        String table = """
                   Nội dung                 Năm 2021       Năm 2022
                   Hồ sơ tiếp nhận          4.120          5.046
                   Số văn bản đi              812          1.037
                """;
        assertNone(table, "dvc.dossiers_received");
        assertNone(table, "doc.outgoing");
    }

    @Test
    void aLetterheadSetWithSpacesIsNoTable() {
        String text = """
                ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                HUYỆN AN PHÚ                       Độc lập - Tự do - Hạnh phúc
                Năm 2023, huyện tiếp nhận 5.310 hồ sơ, trong đó 3.742 hồ sơ trực tuyến.
                """;
        assertValue(text, "dvc.dossiers_received", "5310");
        assertValue(text, "dvc.dossiers_online", "3742");
    }

    @Test
    void aYearOrADocumentNumberAfterAPlanIsNotACountOfTargets() {
        assertNone("Bảng chỉ tiêu:\nChỉ tiêu | ĐVT | Kế hoạch 2023 | Thực hiện\nVăn bản đi | văn bản | 900 | 1.012", "dir.plan_targets_total");
        assertNone("Cột thứ ba là các chỉ tiêu giao tại Kế hoạch 41 của UBND huyện.", "dir.plan_targets_total");
        assertValue("Kế hoạch chuyển đổi số năm 2023 của huyện có tổng số 24 chỉ tiêu.", "dir.plan_targets_total", "24");
    }

    @Test
    void aLabelWrappedOntoTheNextLineIsReadWhole() {
        String table = """
                STT   Nội dung                          ĐVT        Kết quả
                                                                   6 tháng       6 tháng
                                                                   năm 2022      năm 2023
                1     Tỷ lệ hồ sơ được tiếp nhận        %          71,4          83,9
                      trực tuyến
                2     Số văn bản đi                     văn bản    402           517
                """;
        assertValue(table, "dvc.dossiers_online_pct", "83.9");
        assertValue(table, "doc.outgoing", "517");
        assertNone(table.replace("trực tuyến", "tại Bộ phận một cửa"), "dvc.dossiers_online_pct");
    }
}
