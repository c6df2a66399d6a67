package vn.dti.report.extraction;

import static vn.dti.report.extraction.DistrictReportSentences.assertNoneInText;
import static vn.dti.report.extraction.DistrictReportSentences.assertValueInText;

import org.junit.jupiter.api.Test;

/**
 * Reports of a part of a year (a quarter, nine months) by units formed on 1 July 2025: the figure of the report's own part of the
 * year is read, not the first half of the former units, the third quarter alone in a nine-month report, or the cumulative since
 * 1 January in a quarterly one, whether the part is named by a sentence's time adverbial or by a table's column headings.
 */
class ExtractionPartsOfTheYearTest {

    private static final String QUARTER_REPORT = "UBND XÃ TÂN HIỆP\nBÁO CÁO kết quả chuyển đổi số quý III năm 2025\n";
    private static final String NINE_MONTH_REPORT = "UBND XÃ TÂN HIỆP\nBÁO CÁO kết quả chuyển đổi số 9 tháng đầu năm 2025\n";

    @Test
    void theQuartersOwnFigureIsRead() {
        assertValueInText(QUARTER_REPORT + "Trong quý III, xã tiếp nhận 2.150 hồ sơ thủ tục hành chính.\n", "dvc.dossiers_received", "2150");
    }

    @Test
    void theFirstHalfOfTheFormerCommunesIsNotTheQuartersFigure() {
        assertNoneInText(QUARTER_REPORT + "Trong 6 tháng đầu năm 2025 (trước khi sắp xếp), ba xã cũ tiếp nhận tổng cộng 5.320 hồ sơ thủ tục hành chính.\n",
                "dvc.dossiers_received");
    }

    @Test
    void theCumulativeSinceJanuaryIsNotTheQuartersFigure() {
        assertNoneInText(QUARTER_REPORT + "Lũy kế từ đầu năm, xã phát hành 1.280 văn bản đi.\n", "doc.outgoing");
    }

    @Test
    void nineMonthsCumulativeIsTheNineMonthReportsFigure() {
        assertValueInText(NINE_MONTH_REPORT + "Lũy kế 9 tháng, xã phát hành 1.280 văn bản đi.\n", "doc.outgoing", "1280");
    }

    @Test
    void theDaysSinceTheMergerAreNotTheNineMonthsFigure() {
        assertNoneInText(NINE_MONTH_REPORT + "Từ ngày 01/7 đến ngày 30/9/2025, xã phát hành 410 văn bản đi trên hệ thống mới.\n", "doc.outgoing");
        assertNoneInText(NINE_MONTH_REPORT + "Riêng trong quý III, xã tiếp nhận 2.150 hồ sơ thủ tục hành chính.\n", "dvc.dossiers_received");
    }

    @Test
    void theColumnHeadedByTheQuarterIsReadAmongMonthAndCumulativeColumns() {
        String table = """
                Nội dung | Tháng 9/2025 | Quý III/2025 | Lũy kế từ 01/01/2025
                Số văn bản đi | 140 | 455 | 1.210
                Số văn bản đến | 390 | 1.120 | 3.050
                """;
        assertValueInText(QUARTER_REPORT + table, "doc.outgoing", "455");
        assertValueInText(QUARTER_REPORT + table, "doc.incoming", "1120");
    }

    @Test
    void theNineMonthColumnIsReadWhereverItStands() {
        String table = """
                Nội dung | Lũy kế 9 tháng | 6 tháng đầu năm (các xã cũ) | Quý III (xã mới)
                Số văn bản đi | 1.210 | 755 | 455
                """;
        assertValueInText(NINE_MONTH_REPORT + table, "doc.outgoing", "1210");
        assertValueInText(QUARTER_REPORT + table, "doc.outgoing", "455");
    }

    private static final String YEAR_REPORT = "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH AN GIANG\nBÁO CÁO kết quả chuyển đổi số năm 2025\n";

    @Test
    void aSpanOfDatesOpeningAfterJanuaryIsAPartOfTheYearsReport() {
        assertNoneInText(YEAR_REPORT + "Từ ngày 01/7/2025 đến ngày 30/11/2025, Sở tiếp nhận 2.045 hồ sơ thủ tục hành chính.\n", "dvc.dossiers_received");
        assertNoneInText(YEAR_REPORT + "Kể từ ngày 01/7/2025, Sở tiếp nhận 2.045 hồ sơ thủ tục hành chính.\n", "dvc.dossiers_received");
    }

    @Test
    void aSpanOfDatesFromJanuaryOrAReportingYearIsTheYearsFigure() {
        assertValueInText(YEAR_REPORT + "Từ ngày 01/01 đến ngày 30/11/2025, Sở tiếp nhận 4.210 hồ sơ thủ tục hành chính.\n", "dvc.dossiers_received", "4210");
        assertValueInText(YEAR_REPORT + "Từ ngày 15/12/2024 đến ngày 14/12/2025, Sở tiếp nhận 4.630 hồ sơ thủ tục hành chính.\n", "dvc.dossiers_received", "4630");
        assertValueInText(QUARTER_REPORT + "Từ ngày 15/6 đến ngày 14/9/2025, xã tiếp nhận 2.150 hồ sơ thủ tục hành chính.\n", "dvc.dossiers_received", "2150");
    }

    @Test
    void theDatesOfASpanAreNotAFraction() {
        assertNoneInText(YEAR_REPORT + "Hồ sơ tiếp nhận (01/01 - 30/11/2025): đang tổng hợp.\n", "dvc.dossiers_received");
    }

    @Test
    void headingsThatNameMonthsAndQuartersAreHeadingsNotFigures() {
        String table = """
                Chỉ tiêu | Tháng 9/2025 | Quý 3/2025 | Từ 01/01 đến 30/9/2025
                Tỷ lệ hồ sơ giải quyết đúng hạn (%) | 97,2 | 98,4 | 96,1
                Tỷ lệ văn bản đi được ký số (%) | 100 | 99,5 | 97,0
                """;
        assertValueInText(QUARTER_REPORT + table, "dvc.dossiers_on_time_pct", "98.4");
        assertValueInText(QUARTER_REPORT + table, "doc.signed_pct", "99.5");
        assertValueInText(NINE_MONTH_REPORT + table, "doc.signed_pct", "97");
    }
}
