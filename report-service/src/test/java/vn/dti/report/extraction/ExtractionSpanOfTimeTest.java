package vn.dti.report.extraction;

import static vn.dti.report.extraction.DistrictReportSentences.assertNoneInText;
import static vn.dti.report.extraction.DistrictReportSentences.assertValueInText;

import org.junit.jupiter.api.Test;

/** Session 13: a figure followed by a span of time ("9 tháng", "2 quý") counts months, not what the statement counts. */
class ExtractionSpanOfTimeTest {

    private static final String CENTRE = "UBND TỈNH NINH THUẬN\nTRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG\nBÁO CÁO kết quả 9 tháng đầu năm 2024\n";

    @Test
    void aSpanOfMonthsAfterTheStatementIsNotItsCount() {
        assertNoneInText(CENTRE + "Tổng số hồ sơ tiếp nhận 9 tháng tăng 14% so với cùng kỳ năm trước.\n", "dvc.dossiers_received");
        assertNoneInText(CENTRE + "Tổng số hồ sơ tiếp nhận 2 quý đầu năm tăng nhẹ so với cùng kỳ.\n", "dvc.dossiers_received");
    }

    @Test
    void theCountAfterTheStatementIsStillRead() {
        assertValueInText(CENTRE + "Tổng số hồ sơ tiếp nhận 9 tháng: 48.215 hồ sơ, tăng 14% so với cùng kỳ.\n", "dvc.dossiers_received", "48215");
        assertValueInText(CENTRE + "Tổng số hồ sơ tiếp nhận là 31.760 hồ sơ.\n", "dvc.dossiers_received", "31760");
    }
}
