package vn.dti.report.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.dti.report.extraction.DistrictReportSentences.assertNoneInText;
import static vn.dti.report.extraction.DistrictReportSentences.assertValueInText;

import org.junit.jupiter.api.Test;

/**
 * Session 9: classes of wording and structure of the infrastructure, direction and lower-level reports seen in several independent
 * dev sources (one dated online meeting is no system, the chair of the unit's own People's Committee signs for the unit, one "cấp"
 * shared by a list of tiers, a province's portal masthead with a note), each read with invented variants and their near misses.
 */
class ExtractionSession9OtherFamiliesTest {

    private static final String PROVINCE = "UBND TỈNH ĐẮK LẮK\nBÁO CÁO kết quả chuyển đổi số năm 2024\n";
    private static final String DISTRICT = "UBND HUYỆN AN PHÚ\nBÁO CÁO kết quả chuyển đổi số năm 2024\n";
    private static final String COMMUNE = "UBND XÃ AN BÌNH\nBÁO CÁO kết quả chuyển đổi số năm 2024\n";

    @Test
    void oneOnlineMeetingDatedToADayIsNoVideoConferenceSystem() {
        assertNoneInText(PROVINCE + "Chiều 01/3, UBND tỉnh họp trực tuyến với Tập đoàn FPT về chuyển đổi số.\n", "infra.video_conference");
        assertNoneInText(DISTRICT + "Sáng ngày 15/4, UBND huyện tổ chức họp trực tuyến với Sở Thông tin và Truyền thông về dự án.\n",
                "infra.video_conference");
        assertNoneInText(PROVINCE + "Ngày 20/9/2024, lãnh đạo tỉnh có buổi làm việc trực tuyến với Bộ Công an về Đề án 06.\n",
                "infra.video_conference");
        assertNoneInText(DISTRICT + "UBND huyện họp trực tuyến với Công ty Viettel vào chiều 3-10 để bàn về hạ tầng.\n",
                "infra.video_conference");
        assertNoneInText(DISTRICT + "Sáng 15/4, UBND huyện tổ chức hội nghị trực tuyến 3 cấp về chuyển đổi số.\n", "infra.video_conference");
        assertNoneInText(PROVINCE + "Sáng 5/3, Sở Nội vụ họp qua Zoom meeting với các huyện để triển khai kế hoạch.\n", "infra.video_conference");
        assertNoneInText(PROVINCE + "Chiều 20/3, tại điểm cầu chính UBND tỉnh, đồng chí Chủ tịch UBND tỉnh chủ trì hội nghị.\n",
                "infra.video_conference");
    }

    @Test
    void attendingAtABridgePointIsOneMeeting() {
        assertNoneInText(PROVINCE + "Tham dự tại điểm cầu trực tuyến tỉnh Đắk Lắk có đồng chí Nguyễn Văn A, Phó Chủ tịch UBND tỉnh.\n",
                "infra.video_conference");
        assertNoneInText(DISTRICT + "Dự tại điểm cầu trực tuyến huyện An Phú có lãnh đạo các phòng, ban chuyên môn.\n", "infra.video_conference");
        assertValueInText(DISTRICT + "Huyện đã lắp đặt 16 điểm cầu trực tuyến tại UBND huyện và các xã.\n", "infra.video_conference", true);
    }

    @Test
    void meetingsHeldAsAPracticeOrASystemInstalledOnADayStayTheUnitsOwn() {
        assertValueInText(DISTRICT + "UBND huyện thường xuyên tổ chức họp trực tuyến với 15 xã, thị trấn.\n", "infra.video_conference", true);
        assertValueInText(DISTRICT + "Năm 2024, UBND huyện tổ chức họp trực tuyến với các xã, thị trấn thay cho họp tập trung.\n",
                "infra.video_conference", true);
        assertValueInText(DISTRICT + "Ngày 5/3, UBND huyện đưa vào sử dụng hệ thống họp trực tuyến kết nối đến 100% xã.\n",
                "infra.video_conference", true);
        assertValueInText(COMMUNE + "Ngày 12/6, xã khánh thành phòng họp trực tuyến tại trụ sở UBND xã.\n", "infra.video_conference", true);
        assertValueInText(COMMUNE + "Chiều ngày 3/10, xã tổ chức triển khai thí điểm phòng họp trực tuyến kết nối với các thôn.\n",
                "infra.video_conference", true);
        assertValueInText(DISTRICT + "Huyện đã tổ chức 45 cuộc họp bằng hình thức hội nghị truyền hình trực tuyến.\n", "infra.video_conference", true);
    }

    @Test
    void theChairOfTheUnitsOwnCommitteeSignsTheUnitsPlan() {
        assertValueInText(PROVINCE.replace("ĐẮK LẮK", "BÀ RỊA - VŨNG TÀU")
                + "Chủ tịch UBND tỉnh đã ký quyết định phê duyệt Kế hoạch chuyển đổi số của tỉnh năm 2024.\n", "dir.annual_plan", true);
        assertValueInText(PROVINCE + "Chủ tịch UBND tỉnh đã ban hành Kế hoạch chuyển đổi số năm 2024 với 45 nhiệm vụ.\n", "dir.annual_plan", true);
        assertValueInText(DISTRICT + "Chủ tịch UBND huyện đã ký ban hành Kế hoạch chuyển đổi số năm 2024.\n", "dir.annual_plan", true);
        assertValueInText(COMMUNE + "Chủ tịch UBND xã đã phê duyệt Kế hoạch chuyển đổi số năm 2024 của xã.\n", "dir.annual_plan", true);
    }

    @Test
    void theChairOfAHigherCommitteeIsAnotherIssuer() {
        assertNoneInText(DISTRICT + "Chủ tịch UBND tỉnh đã ký ban hành Kế hoạch chuyển đổi số năm 2024.\n", "dir.annual_plan");
        assertNoneInText(COMMUNE + "Chủ tịch UBND tỉnh đã phê duyệt Kế hoạch chuyển đổi số năm 2024.\n", "dir.annual_plan");
    }

    @Test
    void aDistrictsPlanIsNoCommunesOwnPlan() {
        assertNoneInText(COMMUNE + "Chủ tịch UBND huyện đã phê duyệt Kế hoạch chuyển đổi số năm 2024.\n", "dir.annual_plan");
        assertNoneInText(COMMUNE + "Ngày 10/01/2024, Chủ tịch UBND huyện ký ban hành Kế hoạch chuyển đổi số năm 2024 cho toàn huyện.\n",
                "dir.annual_plan");
        assertValueInText(DISTRICT + "UBND huyện đã ban hành Kế hoạch chuyển đổi số năm 2024 và giao chỉ tiêu cho các xã.\n", "dir.annual_plan", true);
        assertValueInText(COMMUNE + "Sau khi UBND huyện giao chỉ tiêu, UBND xã đã ban hành Kế hoạch chuyển đổi số năm 2024.\n", "dir.annual_plan", true);
    }

    @Test
    void theCommunesAMergedUnitWasFormedFromAreNotAnotherCommune() {
        String formed = "UBND XÃ AN TRƯỜNG\nBÁO CÁO kết quả năm 2025\nXã An Trường được thành lập trên cơ sở sắp xếp các xã Trường Thành, "
                + "Trường Thọ và Bát Trang. ";
        assertValueInText(formed + "Sau 5 tháng vận hành, Trung tâm Phục vụ hành chính công xã đã tiếp nhận gần 14.000 hồ sơ thủ tục hành chính.\n",
                "dvc.dossiers_received", "14000");
        assertValueInText("UBND PHƯỜNG HÒA BÌNH\nBÁO CÁO kết quả năm 2025\nPhường Hòa Bình được thành lập sau khi sáp nhập phường Đông Hà và "
                + "xã Tân An. Đến nay, tỷ lệ hồ sơ trực tuyến đạt 92,5%.\n", "dvc.dossiers_online_pct", "92.5");
        assertNoneInText("UBND HUYỆN AN PHÚ\nBÁO CÁO kết quả năm 2025\nHuyện chọn thí điểm mô hình xã thông minh tại xã Gia Phú. "
                + "Sau hơn 1 năm triển khai, tỷ lệ hồ sơ trực tuyến đạt 93%.\n", "dvc.dossiers_online_pct");
    }

    @Test
    void oneTierWordSharedByAListOfAllTiersIsTheWholeProvince() {
        assertValueInText(PROVINCE + "Đến cuối năm 2024, 100% cán bộ, công chức, viên chức cấp tỉnh, huyện, xã được trang bị máy tính; "
                + "100% cơ quan cấp tỉnh và UBND cấp huyện có mạng nội bộ.\n", "infra.computer_per_staff_pct", "100");
        assertValueInText(PROVINCE + "Có 98% cán bộ, công chức cấp tỉnh, huyện và xã được trang bị máy tính; 100% cơ quan cấp huyện có mạng LAN.\n",
                "infra.computer_per_staff_pct", "98");
        assertNoneInText(PROVINCE + "Tỷ lệ máy tính/cán bộ, công chức cấp tỉnh, huyện đạt 100%; cấp xã đạt 95%.\n", "infra.computer_per_staff_pct");
    }

    @Test
    void aHeadlineSayingWhereTheStoryHappensNamesTheProvince() {
        assertEquals("UBND tỉnh Long An", DistrictReportSentences.extract(
                "BÁO ĐIỆN TỬ\nChuyển đổi số ở Long An: chính quyền kiến tạo, người dân đồng hành\nTỉnh đã đầu tư nhiều thiết bị.\n").unitName());
        assertEquals("UBND tỉnh Phú Yên", DistrictReportSentences.extract(
                "Chuyển đổi số thúc đẩy cải cách hành chính tại Phú Yên\nNhiều kết quả nổi bật trong năm.\n").unitName());
        assertEquals("UBND tỉnh Hà Giang", DistrictReportSentences.extract(
                "Những bước tiến trong chuyển đổi số của tỉnh Hà Giang\nNăm qua, hạ tầng số được đầu tư.\n").unitName());
        assertEquals("UBND xã Hồ Thầu", DistrictReportSentences.extract(
                "Chuyển đổi số ở vùng nông thôn của Lai Châu\nXã Hồ Thầu có 5 thôn. Người dân xã Hồ Thầu dùng VNeID.\n").unitName());
        assertEquals(null, DistrictReportSentences.extract(
                "Phát triển kinh tế biển của TPHCM\nNhiều doanh nghiệp đầu tư.\n").unitName());
        assertEquals(null, DistrictReportSentences.extract("Đột phá trong cải cách hành chính ở Thanh Hóa\nĐó là những con số về "
                + "trung tâm phục vụ hành chính công tỉnh Thanh Hóa sau một năm hoạt động.\n").unitName());
    }

    @Test
    void anUnheadedItemAboutOneDepartmentNamesTheDepartment() {
        assertEquals("Sở Xây dựng tỉnh Long An", DistrictReportSentences.extract("VIETNAM.VN\nChuyển đổi số để phục vụ người dân tốt hơn\n"
                + "Sở Xây dựng tỉnh Long An đã lựa chọn một số nhiệm vụ trọng tâm. Theo đó, Sở Xây dựng giao các phòng hướng dẫn người dân.\n")
                .unitName());
        assertEquals("Sở Tư pháp", DistrictReportSentences.extract("Gần 99% phiếu lý lịch tư pháp được cấp đúng hạn\n"
                + "Theo Sở Tư pháp, trong năm qua đã cấp nhiều phiếu. Sở Tư pháp cũng đẩy mạnh dịch vụ công trực tuyến.\n").unitName());
        assertEquals(null, DistrictReportSentences.extract("Chuyển đổi số lan tỏa\nNăm qua, nhiều ngành đạt kết quả: bệnh án điện tử do "
                + "Sở Y tế triển khai, lý lịch tư pháp do Sở Tư pháp cấp trực tuyến; Sở Y tế và Sở Tư pháp đều được khen thưởng.\n").unitName());
        assertEquals(null, DistrictReportSentences.extract("Chuyển đổi số lan tỏa\nNăm qua, bệnh án điện tử do Sở Y tế triển khai "
                + "được người dân đánh giá cao.\n").unitName());
    }

    @Test
    void aBreakdownByTierInBracketsIsThePartsOfTheShareBeforeIt() {
        assertValueInText(PROVINCE + "Tỷ lệ trung bình máy tính/cán bộ, công chức, viên chức đạt 91% (cấp tỉnh khoảng 93%; cấp huyện chiếm 89%).\n",
                "infra.computer_per_staff_pct", "91");
        assertValueInText(PROVINCE + "Tỷ lệ văn bản điện tử được ký số đạt 96,5% (cấp tỉnh 99%, cấp huyện 95%, cấp xã 90%).\n",
                "doc.signed_pct", "96.5");
        assertNoneInText(PROVINCE + "Tỷ lệ máy tính/cán bộ, công chức cấp tỉnh đạt 100%; cấp huyện đạt 95%.\n", "infra.computer_per_staff_pct");
    }

    @Test
    void aProvincePortalMastheadWithANoteNamesTheProvince() {
        assertEquals("UBND tỉnh Sơn La", DistrictReportSentences.extract(
                "CỔNG THÔNG TIN ĐIỆN TỬ TỈNH SƠN LA – Tin tức hoạt động chuyển đổi số\nHạ tầng số phủ khắp\nToàn tỉnh có 98% thôn có sóng di động.\n")
                .unitName());
        assertEquals("UBND tỉnh Ninh Thuận", DistrictReportSentences.extract(
                "CỔNG THÔNG TIN ĐIỆN TỬ TỈNH NINH THUẬN (25/4/2024)\nChuyển đổi số quý I\nNội dung bài viết.\n").unitName());
        assertEquals("UBND tỉnh Hà Tĩnh", DistrictReportSentences.extract(
                "CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HÀ TĨNH - Chuyên mục Chuyển đổi số\nTin bài\nNội dung bài viết.\n").unitName());
    }
}
