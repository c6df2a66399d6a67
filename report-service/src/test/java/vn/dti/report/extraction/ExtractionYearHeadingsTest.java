package vn.dti.report.extraction;

import static vn.dti.report.extraction.DistrictReportSentences.assertNone;
import static vn.dti.report.extraction.DistrictReportSentences.assertValue;

import org.junit.jupiter.api.Test;

/** The year of a plan's or a result's column heading, or a plan's number, is not a count of targets or of anything else. */
class ExtractionYearHeadingsTest {

    @Test
    void theYearOfAPlanColumnIsNotTheNumberOfTargets() {
        assertNone("""
                Nội dung các chỉ tiêu | Đơn vị | Kế hoạch 2023 | Thực hiện 2023
                Tổ công nghệ số cộng đồng | tổ | 12 | 14
                """, "dir.plan_targets_total");
    }

    @Test
    void thePlansNumberIsNotTheNumberOfTargets() {
        assertNone("Các chỉ tiêu được giao theo Kế hoạch 112 đều được theo dõi hằng quý.", "dir.plan_targets_total");
    }

    @Test
    void aStatedNumberOfTargetsIsStillRead() {
        assertValue("Kế hoạch chuyển đổi số năm 2023 của huyện có 32 chỉ tiêu, đã hoàn thành 29 chỉ tiêu.", "dir.plan_targets_total", "32");
    }
}
