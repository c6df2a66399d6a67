package vn.dti.report.extraction;

import static vn.dti.report.extraction.DistrictReportSentences.assertNone;
import static vn.dti.report.extraction.DistrictReportSentences.assertValueInText;
import static vn.dti.report.extraction.DistrictReportSentences.assertValue;

import org.junit.jupiter.api.Test;

/**
 * Classes of wording that the session-6 mined docdir phrasings (corpus/phrasings-docdir-6.tsv) showed the extractor misread,
 * each checked with the mined wording and invented variants, under a district report header for 2023.
 */
class ExtractionMined6DocdirWordingTest {

    @Test
    void theLookAlikeEthOfConvertedFontsReadsAsD() {
        assertValue("Huyện đã thành lập 364 tổ CNSCÐ với 1.729 thành viên.", "hr.community_tech_teams", "364");
        assertValue("Huyện đã thành lập 364 tổ CNSCÐ với 1.729 thành viên.", "hr.community_tech_members", "1729");
        assertValue("Ðến nay, huyện có 52 Tổ công nghệ số cộng đồng.", "hr.community_tech_teams", "52");
        assertValue("UBND huyện ðã thành lập Ban Chỉ ðạo chuyển ðổi số.", "dir.steering_committee", true);
    }

    @Test
    void villageTiersJoinedByASlashAreATierNotOneVillage() {
        assertValue("Huyện có Tổ CNSCĐ, với 364 Tổ của ấp/khóm, với 1.729 thành viên tham gia.", "hr.community_tech_members", "1729");
        assertValue("Huyện có 85 tổ công nghệ số cộng đồng tại thôn/tổ dân phố với 510 thành viên.", "hr.community_tech_members", "510");
        assertNone("Tổ công nghệ số cộng đồng của thôn Đông có 7 thành viên.", "hr.community_tech_members");
    }

    @Test
    void anAssignedStaffingQuotaIsNotTheStaff() {
        assertNone("Phường được giao 69 biên chế.", "infra.staff_total");
        assertNone("Sở được giao 45 biên chế công chức.", "infra.staff_total");
        assertNone("Năm 2023, huyện được giao chỉ tiêu biên chế gồm 22 công chức.", "infra.staff_total");
        assertValue("Phường được giao 69 biên chế, hiện có 63 cán bộ, công chức.", "infra.staff_total", "63");
        assertValue("Biên chế được giao là 30 người, hiện có 28 người.", "infra.staff_total", "28");
    }

    @Test
    void aCommitteeRenamedIntoTheDigitalTransformationOneExists() {
        assertValue("Ban Chỉ đạo xây dựng Chính quyền điện tử huyện đổi tên thành Ban Chỉ đạo về chuyển đổi số huyện (BCĐ).",
                "dir.steering_committee", true);
        assertValue("UBND huyện đã đổi tên Ban Chỉ đạo Chính quyền điện tử thành Ban Chỉ đạo chuyển đổi số.", "dir.steering_committee", true);
    }

    @Test
    void aCommitteeTheUnitHasAndWhoseDecisionIsCitedExists() {
        assertValue("Đã có Ban Chỉ đạo/Điều hành về công nghệ thông tin (CNTT) của huyện: Được lập theo Quyết định số 23/2003/QĐ-UBND.",
                "dir.steering_committee", true);
        assertValue("Huyện đã có Ban Chỉ đạo chuyển đổi số, được lập theo Quyết định số 12/QĐ-UBND.", "dir.steering_committee", true);
        assertNone("Ban Chỉ đạo phòng chống dịch được lập theo Quyết định số 5/QĐ-UBND.", "dir.steering_committee");
    }

    @Test
    void moneyForTheUnitsItProjectsIsItsBudget() {
        assertValue("Năm 2023, huyện bố trí 850 triệu đồng cho các dự án công nghệ thông tin.", "fin.dx_budget", "850000000");
        assertValue("Năm 2023, huyện bố trí 850 triệu đồng để triển khai các dự án công nghệ thông tin.", "fin.dx_budget", "850000000");
        assertValue("Huyện chi 1,2 tỷ đồng để thực hiện các dự án CNTT.", "fin.dx_budget", "1200000000");
    }

    @Test
    void aSteeringCommitteeThatActsExists() {
        assertValue("Ban Chỉ đạo chuyển đổi số của huyện đã chỉ đạo các xã triển khai nhiều giải pháp.", "dir.steering_committee", true);
        assertValue("Trong năm, BCĐ xây dựng chính quyền điện tử của huyện đã ban hành kế hoạch hoạt động.", "dir.steering_committee", true);
        assertValue("Sáng 5/3, Ban Chỉ đạo về chuyển đổi số huyện đã tổ chức hội nghị sơ kết.", "dir.steering_committee", true);
        assertValue("Hội nghị định kỳ của Ban Chỉ đạo phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số huyện được tổ chức trực tuyến.",
                "dir.steering_committee", true);
        assertNone("Ban Chỉ đạo chuyển đổi số quốc gia đã tổ chức phiên họp thứ năm.", "dir.steering_committee");
        assertNone("Ban Chỉ đạo Trung ương về chuyển đổi số đã ban hành kế hoạch triển khai.", "dir.steering_committee");
    }

    @Test
    void aYouthUnionsSupportTeamIsAnotherOwnersMembers() {
        assertValue("Huyện đã thành lập Tổ CNSCĐ với 94 tổ gần 746 thành viên. Huyện Đoàn cũng thành lập 1 tổ hỗ trợ chuyển đổi số với 31 thành viên.",
                "hr.community_tech_members", "746");
        assertNone("Tỉnh Đoàn thành lập tổ hỗ trợ chuyển đổi số với 25 thành viên.", "hr.community_tech_members");
    }

    @Test
    void documentsAnOfficeAdvisedIssuingAreItsOutgoingDocuments() {
        assertValue("Văn phòng tiếp nhận hơn 4.000 văn bản đến, tham mưu ban hành hơn 2.000 văn bản.", "doc.outgoing", "2000");
        assertValue("Phòng đã tham mưu ban hành 120 văn bản trong năm.", "doc.outgoing", "120");
        assertNone("Văn phòng đã tham mưu ban hành 15 văn bản chỉ đạo về chuyển đổi số.", "doc.outgoing");
        assertNone("Phòng đã tham mưu ban hành 8 văn bản hướng dẫn triển khai dịch vụ công trực tuyến.", "doc.outgoing");
    }

    @Test
    void delegatesAndLearnersAtATrainingAreTrainedStaffNotCoursesNorAssignedStaff() {
        assertValue("Dự tập huấn có gần 300 đại biểu là lãnh đạo, cán bộ phụ trách chuyển đổi số của các phòng.", "hr.trained_staff", "300");
        assertNone("Dự tập huấn có gần 300 đại biểu là lãnh đạo, cán bộ phụ trách chuyển đổi số của các phòng.", "dir.dx_staff_assigned");
        assertValue("Lớp tập huấn có 45 học viên là công chức các xã.", "hr.trained_staff", "45");
        assertNone("Lớp tập huấn có 45 học viên là công chức các xã.", "hr.training_courses");
        assertValue("Đã tổ chức 02 lớp tập huấn có 120 đại biểu tham dự.", "hr.training_courses", "2");
        assertValue("Huyện đã phân công cán bộ phụ trách chuyển đổi số tại 100% cơ quan, đơn vị.", "dir.dx_staff_assigned", true);
    }

    @Test
    void communityTechTeamsAtTheLowerTiersAreADistrictsAndACommunesOwnToo() {
        assertValue("Huyện đã thành lập gần 300 tổ công nghệ số cộng đồng tại 21 xã, thị trấn với sự tham gia của hơn 6.000 đoàn viên thanh niên.",
                "hr.community_tech_members", "6000");
        assertValue("Huyện đã thành lập 08 tổ công nghệ cấp xã và 117 tổ công nghệ thôn, tổ với tổng số 756 người tham gia.",
                "hr.community_tech_members", "756");
        assertValue("Có 99 tổ công nghệ số cộng đồng tại các thôn, tổ dân phố với trên 3 nghìn thành viên tham gia.", "hr.community_tech_members", "3000");
        assertValueInText("UBND XÃ VĨNH HƯNG\nBÁO CÁO kết quả chuyển đổi số năm 2023\nXã có 12 tổ công nghệ số cộng đồng tại các thôn với 60 thành viên.\n",
                "hr.community_tech_members", "60");
    }

    @Test
    void aTeamEachVillageFormsAndTheMembersEachTeamHasAreNoTotals() {
        assertNone("Mỗi xã thành lập 01 tổ công nghệ số cộng đồng cấp thôn.", "hr.community_tech_teams");
        assertNone("Mỗi thôn thành lập 01 tổ công nghệ số cộng đồng, mỗi tổ có 5 thành viên.", "hr.community_tech_members");
    }

    @Test
    void staffTheUnitTrainedRightAfterTheVerbAreTrainedStaff() {
        assertValue("Năm 2023, đã đào tạo 1.591 cán bộ, công chức, viên chức về lĩnh vực công nghệ thông tin.", "hr.trained_staff", "1591");
        assertValue("Trong năm, huyện đã tập huấn 240 cán bộ, công chức về kỹ năng số.", "hr.trained_staff", "240");
        assertNone("Trong năm, huyện đã tập huấn 2.400 người dân về kỹ năng số.", "hr.trained_staff");
    }

    @Test
    void aDigitalGovernmentPlanForTheYearIsTheAnnualPlan() {
        assertValue("UBND huyện vừa ban hành Kế hoạch số 204 về việc phát triển Chính quyền số và bảo đảm an toàn thông tin mạng huyện năm 2023.",
                "dir.annual_plan", true);
        assertValue("Huyện ban hành Kế hoạch số 68/KH-UBND về ứng dụng CNTT, phát triển chính quyền số trong cơ quan nhà nước năm 2023.",
                "dir.annual_plan", true);
        assertNone("Huyện ban hành Kế hoạch phát triển chính quyền số năm 2025.", "dir.annual_plan");
    }
}
