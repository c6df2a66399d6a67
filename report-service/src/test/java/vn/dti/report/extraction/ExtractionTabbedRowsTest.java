package vn.dti.report.extraction;

import static vn.dti.report.extraction.DistrictReportSentences.assertNone;
import static vn.dti.report.extraction.DistrictReportSentences.assertValue;

import org.junit.jupiter.api.Test;

/**
 * Indicator tables pasted as tab-separated rows (copied out of Excel or Word) under a district report for 2023: a tab
 * between two cells separates them as " | " does, so the row is read as a table row (its own column, its own row).
 */
class ExtractionTabbedRowsTest {

    @Test
    void aTabbedRowWithoutHeaderIsReadAsALabelAndItsFigure() {
        String rows = "Số liệu nội bộ đến 31/12/2023:\n"
                + "Máy vi tính để bàn\tcái\t73\n"
                + "Máy tính xách tay đang sử dụng\tcái\t11\n";
        assertValue(rows, "infra.desktops", "73");
        assertValue(rows, "infra.laptops", "11");
    }

    @Test
    void theYearOfThePeriodIsReadAndTheYearBeforeIsNot() {
        String rows = "Nội dung\tĐơn vị\tNăm 2022\tNăm 2023\n"
                + "Số văn bản đến\tvăn bản\t5.108\t6.342\n"
                + "Số thủ tục cung cấp dịch vụ công trực tuyến toàn trình\tthủ tục\t118\t131\n";
        assertValue(rows, "doc.incoming", "6342");
        assertValue(rows, "dvc.online_full", "131");
    }

    @Test
    void aTabbedTableWithOnlyThePlanColumnAndLastYearGivesNothing() {
        String rows = "Chỉ tiêu\tĐVT\tNăm 2022\tKế hoạch năm 2023\n"
                + "Số văn bản đi\tvăn bản\t2.904\t3.000\n";
        assertNone(rows, "doc.outgoing");
    }

    @Test
    void aTabThatOnlyIndentsALineLeavesTheSentenceAlone() {
        String text = "\tTrong năm, huyện tiếp nhận 9.412 văn bản đến qua hệ thống quản lý văn bản.\n";
        assertValue(text, "doc.incoming", "9412");
    }

    @Test
    void aComparisonColumnAfterThePeriodsYearIsNotRead() {
        String rows = "Nội dung\tNăm 2022\tNăm 2023\tSo sánh\n"
                + "Tỷ lệ hồ sơ giải quyết đúng hạn (%)\t97,1\t98,6\t+1,5\n"
                + "Số hồ sơ tiếp nhận trực tuyến\t1.204\t1.877\t+673\n";
        assertValue(rows, "dvc.dossiers_on_time_pct", "98.6");
        assertValue(rows, "dvc.dossiers_online", "1877");
    }

    @Test
    void aNumberedRowIsReadFromTheResultColumnAndAnEmptyPlanCellIsSkipped() {
        String rows = "STT\tChỉ tiêu\tĐơn vị tính\tKế hoạch\tThực hiện\n"
                + "1\tSố văn bản đi\tvăn bản\t3.000\t3.412\n"
                + "2\tSố hồ sơ tiếp nhận\thồ sơ\t\t8.760\n";
        assertValue(rows, "doc.outgoing", "3412");
        assertValue(rows, "dvc.dossiers_received", "8760");
    }
}
