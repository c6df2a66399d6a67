package vn.dti.report.extraction;

import static vn.dti.report.extraction.DistrictReportSentences.assertNoneInText;
import static vn.dti.report.extraction.DistrictReportSentences.assertValueInText;

import org.junit.jupiter.api.Test;

/**
 * A department's report that closes with a section about the province's territory ("TÌNH HÌNH CHUYỂN ĐỔI SỐ TRÊN ĐỊA BÀN TỈNH"):
 * the figures under that heading are the province's, not the department's own; the department's own sections are still read.
 */
class ExtractionProvincesSectionTest {

    private static final String DEPARTMENT = "UBND TỈNH TRÀ VINH\nSỞ CÔNG THƯƠNG\nBÁO CÁO kết quả chuyển đổi số năm 2024\n\n";

    @Test
    void aDepartmentsSectionAboutTheProvincesTerritoryGivesNoOwnFigures() {
        String text = DEPARTMENT + """
                II. KẾT QUẢ TẠI CƠ QUAN SỞ
                1. Tỷ lệ văn bản đi được ký số: 98,4%.
                2. Hồ sơ tiếp nhận trong năm: 2.316 hồ sơ.

                III. MỘT SỐ CHỈ TIÊU CHUYỂN ĐỔI SỐ TRÊN ĐỊA BÀN TỈNH
                - Tỷ lệ hộ gia đình có kết nối Internet cáp quang đạt 79,5%.
                - Tỷ lệ người dân trưởng thành có điện thoại thông minh đạt 88%.
                """;
        assertValueInText(text, "doc.signed_pct", "98.4");
        assertValueInText(text, "dvc.dossiers_received", "2316");
        assertNoneInText(text, "soc.household_fiber_pct");
        assertNoneInText(text, "soc.smartphone_pct");
    }

    @Test
    void aPartHeadingWithATitleInMixedCaseOpensTheProvincesSection() {
        String text = DEPARTMENT + """
                PHẦN A. KẾT QUẢ CỦA CƠ QUAN SỞ
                Văn bản đến trong năm: 3.105 văn bản.

                PHẦN B. SỐ LIỆU CHUNG CỦA TỈNH (Sở tổng hợp để báo cáo UBND tỉnh)
                Các Tổ công nghệ số cộng đồng đã hướng dẫn kỹ năng số cho 52.000 lượt người dân.
                Tỷ lệ thuê bao điện thoại thông minh đạt 84%.
                """;
        assertValueInText(text, "doc.incoming", "3105");
        assertNoneInText(text, "soc.digital_skills_trained");
        assertNoneInText(text, "soc.smartphone_pct");
    }

    @Test
    void aProvincesOwnReportStillReadsItsTerritorialSection() {
        String text = "UBND TỈNH TRÀ VINH\nBÁO CÁO kết quả chuyển đổi số năm 2024\n\n" + """
                III. MỘT SỐ CHỈ TIÊU CHUYỂN ĐỔI SỐ TRÊN ĐỊA BÀN TỈNH
                - Tỷ lệ hộ gia đình có kết nối Internet cáp quang đạt 79,5%.
                """;
        assertValueInText(text, "soc.household_fiber_pct", "79.5");
    }
}
