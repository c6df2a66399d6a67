package vn.dti.report.extraction;

import static vn.dti.report.extraction.DistrictReportSentences.assertNone;
import static vn.dti.report.extraction.DistrictReportSentences.assertNoneInText;
import static vn.dti.report.extraction.DistrictReportSentences.assertValue;
import static vn.dti.report.extraction.DistrictReportSentences.assertValueInText;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Session 8, round 2: classes of wording of the infrastructure and society elements seen in the session-8 part and in another
 * independent source (households on "băng thông rộng cố định" and no share of other things, residential areas covered,
 * every official given one computer, a sector's payroll that is no department's staff), each read with invented variants and
 * the same words said of something else.
 */
class ExtractionSession8bInfraTest {

    private static final String PROVINCE = "UBND TỈNH VĨNH PHÚC\nBÁO CÁO kết quả chuyển đổi số năm 2023\n";
    private static final String COMMUNE = "UBND XÃ AN BÌNH\nBÁO CÁO kết quả chuyển đổi số năm 2023\n";
    private static final String DEPARTMENT = "SỞ Y TẾ TỈNH NGHỆ AN\nBÁO CÁO kết quả công tác năm 2023\n";

    @Test
    void householdsOnFixedBroadbandSpelledBangThongRong() {
        assertValueInText(PROVINCE + "Đến nay, toàn tỉnh có 90% hộ gia đình có internet băng thông rộng cố định.\n", "soc.household_fiber_pct", "90");
        assertValue("Tỷ lệ hộ gia đình sử dụng Internet băng thông rộng cố định đạt 82,5%.", "soc.household_fiber_pct", "82.5");
        assertValue("Có 76% hộ gia đình có kết nối băng thông rộng cáp quang.", "soc.household_fiber_pct", "76");
        assertNone("100% cơ quan được kết nối internet băng thông rộng cố định.", "soc.household_fiber_pct");
        assertNone("Có 90% hộ gia đình có điện thoại thông minh, 100% xã có internet băng thông rộng cố định.", "soc.household_fiber_pct");
    }

    @Test
    void residentialAreasCovered() {
        assertValueInText(PROVINCE + "Mạng 3G, 4G phủ sóng trên 80% khu vực dân cư.\n", "soc.mobile_coverage_pct", "80");
        assertValue("Sóng di động 4G đã phủ tới 92% khu vực dân cư của huyện.", "soc.mobile_coverage_pct", "92");
        assertValue("Mạng di động phủ sóng 97% khu dân cư.", "soc.mobile_coverage_pct", "97");
        assertNone("Tỷ lệ dân số được phủ sóng mạng di động 3G, 4G đạt 99,9%.", "soc.mobile_coverage_pct");
        assertNone("Các trạm BTS phát sóng 4G phủ 100% toàn tỉnh.", "soc.mobile_coverage_pct");
    }

    @Test
    void anAimWithoutAFigureSetsNoTargetForTheNextSentence() {
        assertValueInText(PROVINCE + "Hạ tầng viễn thông tiếp tục phát triển với mục tiêu phủ sóng miền núi, vùng sâu, vùng xa. "
                + "Mạng 3G, 4G phủ sóng trên 80% khu vực dân cư.\n", "soc.mobile_coverage_pct", "80");
        assertValueInText(PROVINCE + "Tỉnh triển khai nhiều giải pháp nhằm mục tiêu nâng cao chất lượng phục vụ. "
                + "Tỷ lệ hồ sơ giải quyết đúng hạn đạt 98,5%.\n", "dvc.dossiers_on_time_pct", "98.5");
        assertNoneInText(PROVINCE + "Tỉnh đặt mục tiêu phủ sóng toàn bộ thôn bản. Mạng 4G phủ sóng 100% thôn, bản vào năm 2025.\n",
                "soc.mobile_coverage_pct");
        assertNoneInText(PROVINCE + "Huyện phấn đấu đến năm 2025 với mục tiêu 100% thôn có sóng. Tỷ lệ phủ sóng 4G đạt 100% thôn, bản.\n",
                "soc.mobile_coverage_pct");
    }

    @Test
    void everyOfficialGivenOneComputer() {
        assertValueInText(COMMUNE + "Tại trụ sở UBND xã, mỗi cán bộ đều được trang bị một máy tính có kết nối internet.\n",
                "infra.computer_per_staff_pct", "100");
        assertValueInText(COMMUNE + "Mỗi cán bộ, công chức đều được trang bị 01 máy vi tính để làm việc.\n", "infra.computer_per_staff_pct", "100");
        assertValueInText(COMMUNE + "Cán bộ, công chức xã đều được cấp một máy tính riêng.\n", "infra.computer_per_staff_pct", "100");
        assertValueInText(COMMUNE + "Mỗi công chức được trang bị 01 máy tính.\n", "infra.computer_per_staff_pct", "100");
        assertNoneInText(COMMUNE + "Mỗi cán bộ đều được trang bị kỹ năng số cơ bản.\n", "infra.computer_per_staff_pct");
        assertNoneInText(COMMUNE + "Mỗi thôn đều được trang bị một máy tính kết nối internet.\n", "infra.computer_per_staff_pct");
    }

    @Test
    void aSectorsPayrollIsNoDepartmentsStaff() {
        assertNoneInText(DEPARTMENT + "Hiện tổng biên chế ngành y tế có khoảng 5.900 người.\n", "infra.staff_total");
        assertNoneInText(DEPARTMENT + "Toàn ngành có 12.450 cán bộ, công chức, viên chức.\n", "infra.staff_total");
        assertNoneInText(DEPARTMENT + "Tổng số cán bộ, công chức, viên chức toàn ngành giáo dục là 21.300 người.\n", "infra.staff_total");
        assertValueInText(DEPARTMENT + "Tổng số cán bộ, công chức của Sở là 45 người.\n", "infra.staff_total", "45");
        assertValueInText(DEPARTMENT + "Sở hiện có 52 biên chế.\n", "infra.staff_total", "52");
    }

    @Test
    void aLowerUnitsSteeringCommitteeOpeningANewsItemNamesTheUnit() {
        assertEquals("UBND huyện Đan Phượng", DistrictReportSentences.extract("NHỊP SỐNG HÀ NỘI\nLợi ích từ mô hình thôn thông minh ở Song Phượng\n"
                + "Sáng 4-11, Ban Chỉ đạo Chuyển đổi số huyện Đan Phượng đã tổ chức hội nghị đánh giá mô hình trên địa bàn xã Song Phượng. "
                + "Thôn Tháp Thượng nằm ở trung tâm xã Song Phượng.\n").unitName());
        assertEquals("UBND huyện Trần Đề", DistrictReportSentences.extract("Góp phần lan tỏa công nghệ số trong cộng đồng\n"
                + "Để đưa công nghệ số vào cuộc sống, Ban Chỉ đạo Chuyển đổi số huyện Trần Đề (Sóc Trăng) đã chỉ đạo thành lập các tổ công nghệ số. "
                + "Ông A ở xã Đại Ân 2 đã biết cài đặt ứng dụng.\n").unitName());
        assertEquals("UBND xã Hòa Bình", DistrictReportSentences.extract("Xã thông minh\n"
                + "Năm 2024, Ban chỉ đạo chuyển đổi số xã Hòa Bình đã ban hành kế hoạch triển khai mô hình ở thôn Đông.\n").unitName());
        assertEquals("UBND huyện Vĩnh Linh", DistrictReportSentences.extract("Chuyển đổi số ở Vĩnh Linh\n"
                + "Năm 2023, huyện Vĩnh Linh đã triển khai nhiều mô hình.\n").unitName());
    }

    @Test
    void aDistrictOpeningANewsHeadlineIsTheUnitWhenTheTextNamesItsTier() {
        assertEquals("UBND thành phố Pleiku", DistrictReportSentences.extract("BÁO GIA LAI\nPleiku tăng tốc chuyển đổi số\n"
                + "(GLO) - Thành phố Pleiku triển khai đồng bộ nhiều giải pháp. Phường Hoa Lư đã ra mắt tổ công nghệ số.\n").unitName());
        assertEquals("UBND huyện Châu Thành", DistrictReportSentences.extract("BÁO ĐỒNG THÁP\nChâu Thành: Dấu ấn từ chuyển đổi số\n"
                + "Chuyển đổi số là mục tiêu huyện Châu Thành đang thực hiện, với nhiều kết quả.\n").unitName());
        assertEquals("UBND huyện Cần Giuộc", DistrictReportSentences.extract("BÁO THANH NIÊN\nHuyện Cần Giuộc tập trung chuyển đổi số\n"
                + "Tổ công nghệ số cộng đồng hỗ trợ người dân.\n").unitName());
        assertEquals("UBND xã Hoa Lộc", DistrictReportSentences.extract("CỔNG THÔNG TIN ĐIỆN TỬ\nHậu Lộc nỗ lực thực hiện chuyển đổi số cấp xã\n"
                + "Xã Hoa Lộc là một trong 5 đơn vị được UBND huyện Hậu Lộc lựa chọn. Năm 2024, xã Hoa Lộc đã trang bị máy tính. "
                + "Xã Hoa Lộc có 10 tổ công nghệ số.\n").unitName());
        assertEquals("UBND thành phố Buôn Ma Thuột", DistrictReportSentences.extract("VIETNAMNET\nThành quả bước đầu trong chuyển đổi số ở TP Buôn Ma Thuột\n"
                + "Hơn 1 năm sau khi ký kết hợp tác, VNPT và UBND TP Buôn Ma Thuột đã phối hợp triển khai các giải pháp.\n").unitName());
        assertEquals("UBND xã Tân Lập", DistrictReportSentences.extract("BÁO PHÚ THỌ\nNhững đổi thay tại xã Tân Lập nhờ chuyển đổi số\n"
                + "Người dân đã quen với thanh toán không dùng tiền mặt.\n").unitName());
        assertEquals(null, DistrictReportSentences.extract("BÁO MỚI\nNhững bước tiến mới từ chuyển đổi số\nNgười dân hài lòng.\n").unitName());
        assertEquals(null, DistrictReportSentences.extract("BÁO MỚI\nNhững bước tiến mới từ chuyển đổi số\n"
                + "(Ảnh: Người dân nộp lệ phí tại phường Trần Hưng Đạo.)\nNgười dân hài lòng.\n").unitName());
    }

    @Test
    void aRankAmongTheProvincesDistrictsIsNoProvinceWideFigure() {
        String district = "UBND HUYỆN NGHI LỘC\nBÁO CÁO kết quả chuyển đổi số năm 2023\n";
        assertValueInText(district + "Dịch vụ công trực tuyến của huyện đứng thứ nhất toàn tỉnh (tỷ lệ hài lòng của người dân khi thực hiện "
                + "thủ tục hành chính đạt 100%).\n", "dvc.satisfaction_pct", "100");
        assertValueInText(district + "Huyện dẫn đầu toàn tỉnh với tỷ lệ hồ sơ trực tuyến đạt 85%.\n", "dvc.dossiers_online_pct", "85");
        assertNoneInText(district + "Tỷ lệ hồ sơ trực tuyến toàn tỉnh đạt 85%.\n", "dvc.dossiers_online_pct");
        assertNoneInText(district + "Toàn tỉnh có tỷ lệ hài lòng đạt 97%.\n", "dvc.satisfaction_pct");
    }

    @Test
    void aPlaceWhoseNameStartsLikeAVillageIsNoVillage() {
        String city = "UBND THÀNH PHỐ BUÔN MA THUỘT\nBÁO CÁO kết quả chuyển đổi số năm 2023\n";
        assertValueInText(city + "Đại diện UBND TP Buôn Ma Thuột thông tin, bộ phận tiếp nhận và trả kết quả thành phố đã tiếp nhận 10.275 hồ sơ.\n",
                "dvc.dossiers_received", "10275");
        assertValueInText(city + "Năm 2023, UBND thành phố Buôn Ma Thuột đã tiếp nhận 9.800 hồ sơ.\n", "dvc.dossiers_received", "9800");
        assertValueInText("UBND THỊ XÃ BUÔN HỒ\nBÁO CÁO kết quả chuyển đổi số năm 2023\nThị xã Buôn Hồ có 100% cán bộ, công chức được trang bị máy tính.\n",
                "infra.computer_per_staff_pct", "100");
        assertNoneInText(city + "Tổ công nghệ số cộng đồng buôn Ko Tam có 12 thành viên, đã hỗ trợ 350 hồ sơ.\n", "hr.community_tech_members");
    }
}
