package vn.dti.report.extraction;

import static vn.dti.report.extraction.DistrictReportSentences.assertNone;
import static vn.dti.report.extraction.DistrictReportSentences.assertNoneInText;
import static vn.dti.report.extraction.DistrictReportSentences.assertValue;
import static vn.dti.report.extraction.DistrictReportSentences.assertValueInText;

import org.junit.jupiter.api.Test;

/**
 * Session 12 (tuner d): which security level is the unit's own, what was spent rather than allocated, and what a DX assignment
 * needs (docs/extraction.md "Session 12: own systems, money spent and DX assignments"). Invented wording, each with a near miss.
 */
class ExtractionSession12SecurityBudgetStaffTest {

    private static final String PROVINCE = "UBND TỈNH HÀ NAM\nBÁO CÁO kết quả chuyển đổi số năm 2024\n";

    @Test
    void severalSystemsWithDifferentLevelsGiveNoSingleLevel() {
        String mixed = "Năm 2023, huyện có 04 hệ thống thông tin đã được phê duyệt cấp độ an toàn (Cổng thông tin điện tử và hệ thống "
                + "một cửa cấp độ 3; mạng LAN và hệ thống hội nghị truyền hình cấp độ 2).";
        assertNone(mixed, "sec.security_level");
        assertValue(mixed, "sec.security_level_approved", true);
    }

    @Test
    void severalSystemsAtOneLevelStillGiveThatLevel() {
        assertValue("Hai hệ thống thông tin của huyện (Trang thông tin điện tử và mạng nội bộ) đã được phê duyệt hồ sơ đề xuất cấp độ 2 "
                + "tại Quyết định số 51/QĐ-STTTT ngày 10/4/2022.", "sec.security_level", "2");
    }

    @Test
    void theProvincesSystemUsedByTheUnitIsNotItsOwn() {
        String shared = "Hệ thống quản lý văn bản và điều hành của tỉnh mà các phòng, ban của huyện dùng chung đã được phê duyệt cấp độ 3.";
        assertNone(shared, "sec.security_level");
        assertNone(shared, "sec.security_level_approved");
    }

    @Test
    void theUnitsOwnSystemApprovedByTheProvinceIsItsOwn() {
        String own = "Trang thông tin điện tử của huyện đã được Sở Thông tin và Truyền thông của tỉnh phê duyệt hồ sơ đề xuất cấp độ 2.";
        assertValue(own, "sec.security_level", "2");
        assertValue(own, "sec.security_level_approved", true);
    }

    @Test
    void aProvincesCountOfSystemsNotYetApprovedIsNoNo() {
        assertNoneInText(PROVINCE + "Còn 09 hệ thống thông tin của các sở, ngành chưa được phê duyệt hồ sơ đề xuất cấp độ do thiếu kinh phí.\n",
                "sec.security_level_approved");
        assertValueInText(PROVINCE + "5.2. Phê duyệt cấp độ an toàn hệ thống thông tin của tỉnh: Chưa thực hiện.\n",
                "sec.security_level_approved", false);
    }

    @Test
    void anAllocationFollowedByTheAmountDisbursedGivesTheAmountDisbursed() {
        assertValue("Năm 2023, ngân sách huyện bố trí 3,2 tỷ đồng cho các nhiệm vụ chuyển đổi số. Tính đến ngày 15/12/2023, huyện đã giải "
                + "ngân 2,75 tỷ đồng.", "fin.dx_budget", "2750000000");
        assertValue("Kinh phí được giao cho ứng dụng công nghệ thông tin, chuyển đổi số năm 2023 là 640 triệu đồng; đến cuối năm đã giải "
                + "ngân được 590 triệu đồng.", "fin.dx_budget", "590000000");
    }

    @Test
    void anAllocationWithoutDisbursementStaysAndOneWithAShareOnlyGivesNothing() {
        assertValue("Năm 2023, ngân sách huyện bố trí 3,2 tỷ đồng cho các nhiệm vụ chuyển đổi số.", "fin.dx_budget", "3200000000");
        assertNone("Năm 2023, kinh phí chuyển đổi số của huyện được giao 3,2 tỷ đồng, đến nay mới giải ngân được 45%.", "fin.dx_budget");
    }

    @Test
    void thePartsOfAnAmountBySourceAreNotTheValue() {
        assertValue("Tổng kinh phí thực hiện các nhiệm vụ chuyển đổi số của huyện năm 2023 khoảng 7,5 tỷ đồng (ngân sách tỉnh hỗ trợ "
                + "3 tỷ đồng, ngân sách huyện 4,5 tỷ đồng).", "fin.dx_budget", "7500000000");
        assertNone("Dự kiến năm 2024 bố trí cho chuyển đổi số khoảng 9 tỷ đồng (ngân sách tỉnh 4 tỷ đồng, ngân sách huyện 5 tỷ đồng).",
                "fin.dx_budget");
    }

    @Test
    void aDxAssignmentNeedsDxWork() {
        assertNone("UBND huyện bố trí 03 công chức kiêm nhiệm công nghệ thông tin tại Văn phòng HĐND và UBND huyện.", "dir.dx_staff_assigned");
        assertValue("UBND huyện phân công 01 công chức Văn phòng HĐND và UBND huyện kiêm nhiệm theo dõi công tác chuyển đổi số.",
                "dir.dx_staff_assigned", true);
        assertValue("Giao 01 công chức Văn phòng phụ trách công tác xây dựng chính quyền điện tử của huyện.", "dir.dx_staff_assigned", true);
    }
}
