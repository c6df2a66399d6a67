package vn.dti.report.extraction;

import static vn.dti.report.extraction.DistrictReportSentences.assertNoneInText;
import static vn.dti.report.extraction.DistrictReportSentences.assertValueInText;

import org.junit.jupiter.api.Test;

/**
 * Session 12 (tuner d): the staff of the unit named by its own level noun, IT staff broken down in a parenthesis, and a count of
 * staff in a role after a list of staff nouns (docs/extraction.md "Session 12: own systems, money spent and DX assignments").
 */
class ExtractionSession12StaffCountsTest {

    private static final String WARD = "UBND PHƯỜNG TÂN AN\nBÁO CÁO kết quả chuyển đổi số quý III năm 2025\n";
    private static final String CENTRE = "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG TỈNH HÀ NAM\nBÁO CÁO kết quả chuyển đổi số năm 2024\n";
    private static final String DEPARTMENT = "SỞ XÂY DỰNG TỈNH HÀ NAM\nBÁO CÁO kết quả chuyển đổi số năm 2024\n";
    private static final String PROVINCE = "UBND TỈNH HÀ NAM\nBÁO CÁO kết quả chuyển đổi số năm 2024\n";

    @Test
    void theUnitNamedByItsLevelNounHasItsStaff() {
        assertValueInText(WARD + "Sau sắp xếp, phường có 44 cán bộ, công chức; 100% được trang bị máy tính.\n", "infra.staff_total", "44");
        assertValueInText(CENTRE + "Hiện nay Trung tâm có 37 công chức, viên chức và người lao động.\n", "infra.staff_total", "37");
    }

    @Test
    void theResidentsOfTheWardAreNoStaff() {
        assertNoneInText(WARD + "Phường có 5.120 hộ với 18.400 nhân khẩu, 100% khu phố có cáp quang.\n", "infra.staff_total");
    }

    @Test
    void itStaffBrokenDownInAParenthesisIsTheWhole() {
        assertValueInText(DEPARTMENT + "Sở có 06 công chức, viên chức làm công tác công nghệ thông tin (02 chuyên trách, 04 kiêm nhiệm).\n",
                "hr.it_staff", "6");
        assertValueInText(DEPARTMENT + "Sở có 03 người làm công tác công nghệ thông tin (01 viên chức chuyên trách tại Trung tâm Thông tin, "
                + "02 công chức kiêm nhiệm tại Văn phòng Sở).\n", "hr.it_staff", "3");
    }

    @Test
    void aCountOfStaffInARoleAfterAListOfNounsIsNoStaffTotal() {
        assertNoneInText(PROVINCE + "Toàn tỉnh hiện có 215 cán bộ, công chức, viên chức chuyên trách, kiêm nhiệm công nghệ thông tin.\n",
                "infra.staff_total");
        assertValueInText(DEPARTMENT + "Sở hiện có 88 công chức, viên chức và người lao động.\n", "infra.staff_total", "88");
    }

    @Test
    void countsAtSeveralOtherBodiesAreNotTheUnits() {
        String text = DEPARTMENT + "Văn phòng Sở có 02 công chức kiêm nhiệm công nghệ thông tin; tại các trung tâm trực thuộc có 09 viên chức "
                + "chuyên trách công nghệ thông tin.\n";
        assertValueInText(text, "hr.it_staff", "2");
        assertNoneInText(DEPARTMENT + "Tại các chi cục trực thuộc có 41 máy tính để bàn đang sử dụng.\n", "infra.desktops");
        assertValueInText(DEPARTMENT + "Tại cơ quan Sở có 41 máy tính để bàn đang sử dụng.\n", "infra.desktops", "41");
    }
}
