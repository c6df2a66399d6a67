package vn.dti.report.extraction;

import static vn.dti.report.extraction.DistrictReportSentences.assertNoneInText;
import static vn.dti.report.extraction.DistrictReportSentences.assertValueInText;

import org.junit.jupiter.api.Test;

/**
 * Session 13: measures of a territory (its households, residents, businesses, network coverage, village teams; lexicon
 * {@code territoryOnly}) are never a department's, a centre's or a board's own, whatever its report says of the province; a
 * district or a commune states them as its own. Invented wording, each with its near miss.
 */
class ExtractionTerritoryOnlyTest {

    private static final String DEPARTMENT = "SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH PHÚ YÊN\nBÁO CÁO kết quả chuyển đổi số năm 2025\n";
    private static final String CENTRE = "UBND TỈNH SÓC TRĂNG\nTRUNG TÂM PHỤC VỤ\nHÀNH CHÍNH CÔNG\nBÁO CÁO kết quả năm 2024\n";
    private static final String DISTRICT = "UBND HUYỆN ĐỒNG XUÂN\nBÁO CÁO kết quả chuyển đổi số năm 2025\n";

    @Test
    void aDepartmentReportingTheProvincesHouseholdsAndCoverageStatesNoneOfItsOwn() {
        String text = "Hạ tầng số của tỉnh tiếp tục được mở rộng: tỷ lệ hộ gia đình có kết nối Internet cáp quang đạt 79,5%; "
                + "tỷ lệ thuê bao điện thoại thông minh đạt 84%.\n";
        assertNoneInText(DEPARTMENT + text, "soc.household_fiber_pct");
        assertNoneInText(DEPARTMENT + text, "soc.smartphone_pct");
        assertValueInText(DISTRICT + text, "soc.household_fiber_pct", "79.5");
        assertValueInText(DISTRICT + text, "soc.smartphone_pct", "84");
    }

    @Test
    void aCentreReportingResidentsAccountsStatesNoneOfItsOwnButKeepsItsStaffShare() {
        String residents = "Trung tâm phối hợp hướng dẫn người dân kích hoạt tài khoản định danh điện tử, đến nay tỷ lệ người dân "
                + "có tài khoản định danh điện tử mức độ 2 đạt 81,3%.\n";
        assertNoneInText(CENTRE + residents, "soc.vneid_residents_pct");
        assertValueInText(DISTRICT + residents, "soc.vneid_residents_pct", "81.3");
        assertValueInText(CENTRE + "100% công chức, viên chức của Trung tâm đã kích hoạt tài khoản định danh điện tử mức độ 2.\n",
                "soc.vneid_staff_pct", "100");
    }
}
