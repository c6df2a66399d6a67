package vn.dti.report.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.dti.report.extraction.DistrictReportSentences.assertNoneInText;
import static vn.dti.report.extraction.DistrictReportSentences.assertValueInText;

import org.junit.jupiter.api.Test;

/**
 * Session 12 (tuner e): a clause that names a body other than the unit as the owner of its figure (a mass organisation as the
 * subject, the province by its name, a share of a list of localities), and a purpose clause that names targets not met yet; each
 * read with invented wording and a near miss.
 */
class ExtractionAnotherBodysFigureTest {

    private static final String PROVINCE = "UBND TỈNH HÀ NAM\nBÁO CÁO kết quả chuyển đổi số năm 2024\n";
    private static final String DEPARTMENT = "SỞ NỘI VỤ TỈNH NGHỆ AN\nBÁO CÁO kết quả chuyển đổi số năm 2024\n";
    private static final String DISTRICT = "UBND HUYỆN KIM BẢNG\nBÁO CÁO kết quả chuyển đổi số năm 2024\n";
    private static final String COMMUNE = "UBND XÃ THANH SƠN\nBÁO CÁO kết quả chuyển đổi số năm 2024\n";

    @Test
    void teamsAMassOrganisationSetUpAreNotTheUnits() {
        assertNoneInText(COMMUNE + "Ngoài tổ của UBND xã, Đoàn Thanh niên xã Thanh Sơn còn lập thêm 2 tổ công nghệ số cộng đồng với 18 đoàn viên.\n",
                "hr.community_tech_teams");
        assertNoneInText(COMMUNE + "Ngoài tổ của UBND xã, Đoàn Thanh niên xã Thanh Sơn còn lập thêm 2 tổ công nghệ số cộng đồng với 18 đoàn viên.\n",
                "hr.community_tech_members");
        assertNoneInText(DISTRICT + "Hội Liên hiệp Phụ nữ huyện đã ra mắt 6 tổ công nghệ số cộng đồng tại các chi hội.\n",
                "hr.community_tech_teams");
    }

    @Test
    void teamsTheUnitSetUpWithAMassOrganisationStayTheUnits() {
        assertValueInText(COMMUNE + "UBND xã phối hợp Đoàn Thanh niên thành lập 3 tổ công nghệ số cộng đồng với 21 thành viên.\n",
                "hr.community_tech_teams", "3");
        assertValueInText(COMMUNE + "Xã đã thành lập 4 tổ công nghệ số cộng đồng, thành viên gồm Bí thư Đoàn thanh niên và trưởng thôn.\n",
                "hr.community_tech_teams", "4");
    }

    @Test
    void theProvinceNamedByItsNameOwnsTheFigureInADepartmentsText() {
        assertNoneInText(DEPARTMENT + "Tính chung các loại hồ sơ, tỷ lệ hồ sơ nộp trực tuyến của Nghệ An năm 2024 đạt 62%.\n",
                "dvc.dossiers_online_pct");
        assertValueInText(DEPARTMENT + "Tính chung các loại hồ sơ, tỷ lệ hồ sơ nộp trực tuyến của Sở năm 2024 đạt 71%.\n",
                "dvc.dossiers_online_pct", "71");
    }

    @Test
    void theProvincesWholeTerritoryWrittenInTheStatementIsNotTheDepartments() {
        assertNoneInText(DEPARTMENT + "Trong năm, tỷ lệ hồ sơ trực tuyến toàn tỉnh đạt 58%.\n", "dvc.dossiers_online_pct");
        assertValueInText(DEPARTMENT + "Trong năm, tỷ lệ hồ sơ trực tuyến của Sở đạt 81%, cao hơn mức chung toàn tỉnh.\n", "dvc.dossiers_online_pct", "81");
        assertValueInText(DEPARTMENT + "Tỷ lệ hồ sơ nộp trực tuyến trên Cổng dịch vụ công của tỉnh Nghệ An đạt 64%.\n", "dvc.dossiers_online_pct", "64");
    }

    @Test
    void aSecurityLevelOfTheProvincesSystemIsNotALowerUnitsApproval() {
        assertNoneInText(DISTRICT + "Hệ thống quản lý văn bản điều hành của tỉnh mà huyện dùng chung đã được phê duyệt hồ sơ đề xuất cấp độ 3.\n",
                "sec.security_level_approved");
        assertNoneInText(DISTRICT + "Hệ thống quản lý văn bản điều hành của tỉnh mà huyện dùng chung đã được phê duyệt hồ sơ đề xuất cấp độ 3.\n",
                "sec.security_level");
        assertValueInText(DISTRICT + "Trang thông tin điện tử của huyện đã được phê duyệt hồ sơ đề xuất cấp độ 2 trong năm 2024.\n",
                "sec.security_level_approved", true);
    }

    @Test
    void aShareOfTheLocalitiesThatSetUpCommitteesIsNoCommitteeOfTheUnit() {
        assertNoneInText(DISTRICT + "Đến nay, 100% cơ quan, đơn vị, địa phương trên địa bàn đã thành lập Ban Chỉ đạo chuyển đổi số.\n",
                "dir.steering_committee");
        assertNoneInText(PROVINCE + "Đến nay, 100% đơn vị cấp xã đã thành lập Ban Chỉ đạo chuyển đổi số.\n", "dir.steering_committee");
        assertValueInText(DISTRICT + "UBND huyện đã thành lập Ban Chỉ đạo chuyển đổi số huyện; 100% cơ quan, đơn vị thuộc huyện có cán bộ phụ trách.\n",
                "dir.steering_committee", true);
    }

    @Test
    void targetsNamedInAPurposeClauseAreNotMet() {
        assertNoneInText(PROVINCE + "Để hoàn thành 20 chỉ tiêu của Kế hoạch chuyển đổi số năm 2024, tỉnh đã ban hành nhiều văn bản chỉ đạo.\n",
                "dir.plan_targets_met");
        assertNoneInText(PROVINCE + "Nhằm đạt được 18 mục tiêu đề ra, tỉnh tập trung chỉ đạo quyết liệt.\n", "dir.plan_targets_met");
        assertValueInText(PROVINCE + "Đến nay, tỉnh đã hoàn thành 20/25 chỉ tiêu của Kế hoạch chuyển đổi số năm 2024.\n",
                "dir.plan_targets_met", "20");
    }

    @Test
    void aListOfBodiesWithoutLocalitiesOrATierIsNotCounted() {
        assertFalse(AnotherBodysFigure.isEachOfAListOfBodies("100% cơ quan, đơn vị thuộc huyện có cán bộ", 0, 30));
        assertTrue(AnotherBodysFigure.isEachOfAListOfBodies("100% đơn vị, địa phương đã thành lập", 0, 30));
    }
}
