package vn.dti.report.extraction;

import static vn.dti.report.extraction.DistrictReportSentences.assertNone;
import static vn.dti.report.extraction.DistrictReportSentences.assertValue;

import org.junit.jupiter.api.Test;

/**
 * Tables of results (cells joined by " | ", as .docx and Markdown tables are read) under a district report for 2023: whichever
 * rule, label or lexicon phrase finds the row, the figure is read from the row's own column.
 */
class ExtractionTableColumnsTest {

    private static final String PLAN_AND_RESULT = """
            STT | Chỉ tiêu | Kế hoạch năm 2023 | Thực hiện năm 2023 | Ghi chú
            1 | Tỷ lệ hồ sơ TTHC tiếp nhận trực tuyến | 50% | 62,5% | Đạt
            2 | Tỷ lệ văn bản đi được ký số | 95% | 98% | Đạt
            3 | Tỷ lệ hồ sơ giải quyết đúng hạn | 98% | 99,1% | Đạt
            4 | Số Tổ công nghệ số cộng đồng | 15 | 14 | Chưa đạt
            """;

    private static final String YEAR_BY_YEAR = """
            STT | Nội dung | Năm 2022 | Năm 2023
            1 | Tỷ lệ hồ sơ trực tuyến | 45% | 62,5%
            2 | Số văn bản đi | 3.210 | 4.050
            3 | Số văn bản đến | 5.100 | 6.020
            """;

    @Test
    void theAchievedColumnWinsOverThePlannedOneForLabelsRulesAndPhrases() {
        assertValue(PLAN_AND_RESULT, "dvc.dossiers_online_pct", "62.5");
        assertValue(PLAN_AND_RESULT, "doc.signed_pct", "98");
        assertValue(PLAN_AND_RESULT, "dvc.dossiers_on_time_pct", "99.1");
        assertValue(PLAN_AND_RESULT, "hr.community_tech_teams", "14");
    }

    @Test
    void thePeriodsYearColumnWinsOverTheYearBefore() {
        assertValue(YEAR_BY_YEAR, "dvc.dossiers_online_pct", "62.5");
        assertValue(YEAR_BY_YEAR, "doc.outgoing", "4050");
        assertValue(YEAR_BY_YEAR, "doc.incoming", "6020");
    }

    @Test
    void aRowWithOnlyThePlannedFigureGivesNothing() {
        assertNone("""
                STT | Chỉ tiêu | Kế hoạch năm 2023 | Thực hiện năm 2023
                1 | Tỷ lệ hồ sơ TTHC tiếp nhận trực tuyến | 50% | Đang tổng hợp
                """, "dvc.dossiers_online_pct");
    }
}
