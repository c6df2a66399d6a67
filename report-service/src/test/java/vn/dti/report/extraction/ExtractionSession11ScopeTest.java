package vn.dti.report.extraction;

import static vn.dti.report.extraction.DistrictReportSentences.assertNoneInText;
import static vn.dti.report.extraction.DistrictReportSentences.assertValueInText;

import org.junit.jupiter.api.Test;

/**
 * Session 11 (tuner b): scope and evidence in formal reports of the infra, hr, sec, soc, fin, inst and eco families, each read
 * with invented wording and a near miss.
 */
class ExtractionSession11ScopeTest {

    private static final String PROVINCE = "UBND TỈNH HÀ NAM\nBÁO CÁO kết quả chuyển đổi số năm 2024\n";
    private static final String DISTRICT = "UBND HUYỆN KIM BẢNG\nBÁO CÁO kết quả chuyển đổi số năm 2024\n";
    private static final String COMMUNE = "UBND XÃ THANH SƠN\nBÁO CÁO kết quả chuyển đổi số năm 2024\n";

    @Test
    void aProvincesCountOfApprovedSystemsIsNoApprovalOfItsOwn() {
        assertNoneInText(PROVINCE + "Lũy kế đến nay, tỉnh đã phê duyệt cấp độ an toàn cho 57/71 hệ thống thông tin của các cơ quan, đơn vị.\n",
                "sec.security_level_approved");
        assertNoneInText(PROVINCE + "Trong năm 2024 đã phê duyệt hồ sơ đề xuất cấp độ cho 09 hệ thống thông tin, nâng tổng số lên 33 hệ thống.\n",
                "sec.security_level_approved");
        assertNoneInText(PROVINCE + "Có 100% hệ thống thông tin của các sở, ngành được phê duyệt cấp độ an toàn thông tin.\n",
                "sec.security_level_approved");
        assertValueInText(PROVINCE + "Lũy kế đến nay, tỉnh đã phê duyệt cấp độ an toàn cho 57/71 hệ thống thông tin của các cơ quan, đơn vị.\n",
                "sec.systems_level_approved", "57");
    }

    @Test
    void aProvincesOneNamedSystemOrALowerUnitsCountStillGivesTheApproval() {
        assertValueInText(PROVINCE + "Cổng dịch vụ công của tỉnh đã được phê duyệt hồ sơ đề xuất cấp độ 3 theo Quyết định số 88/QĐ-STTTT.\n",
                "sec.security_level_approved", true);
        assertValueInText(DISTRICT + "UBND huyện đã được phê duyệt hồ sơ đề xuất cấp độ cho 02 hệ thống thông tin của huyện.\n",
                "sec.security_level_approved", true);
    }

    @Test
    void aLabelAnsweredNoIsReadAsNotDone() {
        assertValueInText(COMMUNE + "4. An toàn thông tin\n4.1. Phê duyệt cấp độ an toàn hệ thống thông tin của xã: Chưa thực hiện.\n",
                "sec.security_level_approved", false);
        assertValueInText(COMMUNE + "- Phê duyệt cấp độ an toàn cho mạng nội bộ. Kết quả: Chưa triển khai.\n",
                "sec.security_level_approved", false);
    }

    @Test
    void aLabelAnsweredYesOrAProseSentenceStaysAsItIs() {
        assertValueInText(COMMUNE + "4.1. Phê duyệt cấp độ an toàn hệ thống thông tin của xã: Đã phê duyệt cấp độ 2.\n",
                "sec.security_level_approved", true);
        assertValueInText(DISTRICT + "Mạng nội bộ của UBND huyện đã được phê duyệt cấp độ an toàn; không để xảy ra sự cố.\n",
                "sec.security_level_approved", true);
    }

    @Test
    void aFigureOpeningAParenthesisAfterTheStaffPhraseIsAPartOfTheCountBefore() {
        assertValueInText(DISTRICT + "Huyện hiện bố trí 04 công chức làm công tác công nghệ thông tin (01 chuyên trách, 03 kiêm nhiệm).\n",
                "hr.it_staff", "4");
        assertValueInText(COMMUNE + "Xã có hai công chức phụ trách công nghệ thông tin (một người ở Văn phòng, một người ở bộ phận một cửa).\n",
                "hr.it_staff", "2");
    }

    @Test
    void aParenthesisWithoutACountBeforeThePhraseKeepsItsFigure() {
        assertValueInText(DISTRICT + "Nhân lực công nghệ thông tin của huyện (04 người) đáp ứng yêu cầu vận hành các hệ thống.\n",
                "hr.it_staff", "4");
    }

    @Test
    void anExclusionAfterAStaffCountNegatesNothing() {
        assertValueInText(COMMUNE.replace("XÃ THANH SƠN", "PHƯỜNG AN LẠC")
                + "Tổng số cán bộ, công chức của phường hiện nay là 35 người (chưa kể 12 người hoạt động không chuyên trách ở khu phố).\n",
                "infra.staff_total", "35");
        assertValueInText(COMMUNE + "Tổng số cán bộ, công chức của xã hiện có 27 người (không tính người hoạt động không chuyên trách ở thôn).\n",
                "infra.staff_total", "27");
    }

    @Test
    void anExcludedCountOfAnotherYearIsStillNotRead() {
        assertNoneInText(COMMUNE + "Năm 2022, tổng số cán bộ, công chức của xã là 31 người (chưa kể người hoạt động không chuyên trách).\n",
                "infra.staff_total");
    }

    @Test
    void aCountOfPeopleGivenARoleIsNoStaffTotal() {
        assertNoneInText(DISTRICT + "Phòng Văn hóa và Thông tin hiện có 03 công chức phụ trách chuyển đổi số của huyện.\n", "infra.staff_total");
        assertNoneInText(COMMUNE + "UBND xã hiện có hai công chức được phân công theo dõi hệ thống một cửa điện tử.\n", "infra.staff_total");
    }

    @Test
    void aCountOfPeopleWorkingAtTheUnitStaysItsStaffTotal() {
        assertValueInText(COMMUNE + "Tổng số cán bộ, công chức của xã hiện có 25 người làm việc tại trụ sở UBND xã.\n", "infra.staff_total", "25");
    }

    @Test
    void noSeriousIncidentIsNoCountOfZero() {
        assertNoneInText(DISTRICT + "Trong năm, huyện không để xảy ra sự cố mất an toàn thông tin nghiêm trọng nào.\n", "sec.incidents");
        assertNoneInText(PROVINCE + "Các hệ thống dùng chung của tỉnh không có sự cố gây thiệt hại lớn.\n", "sec.incidents");
    }

    @Test
    void noIncidentAtAllStaysZero() {
        assertValueInText(DISTRICT + "Trong năm, huyện không để xảy ra sự cố mất an toàn thông tin; hệ thống hoạt động ổn định.\n", "sec.incidents", "0");
    }
}
