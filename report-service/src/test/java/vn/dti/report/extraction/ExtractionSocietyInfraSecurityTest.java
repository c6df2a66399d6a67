package vn.dti.report.extraction;

import static vn.dti.report.extraction.DistrictReportSentences.assertNone;
import static vn.dti.report.extraction.DistrictReportSentences.assertValue;
import static vn.dti.report.extraction.DistrictReportSentences.assertValueInText;

import org.junit.jupiter.api.Test;

/**
 * Society, infrastructure and security wordings of session 6, found on fresh dev documents and fresh phrasings: each test reads
 * the class of wording with invented variants, and the same words said of something else that must give nothing.
 */
class ExtractionSocietyInfraSecurityTest {

    private static final String PROVINCE = "UBND TỈNH ĐIỆN BIÊN\nBÁO CÁO kết quả chuyển đổi số\n";

    @Test
    void mobileCoverageSaidAsANetworkReachingTheCommunes() {
        assertValueInText(PROVINCE + "Sóng thông tin di động (3G, 4G) đã được phủ đến 100% trung tâm các xã, phường, thị trấn.\n",
                "soc.mobile_coverage_pct", "100");
        assertValueInText(PROVINCE + "Tỉnh đã phát triển mạng lưới viễn thông, mạng 3G/4G đến 100% xã, phường, thị trấn trên địa bàn tỉnh.\n",
                "soc.mobile_coverage_pct", "100");
        assertValue("Mạng 4G đã được phủ tới 95% thôn, bản trên địa bàn.", "soc.mobile_coverage_pct", "95");
        assertValue("Mạng di động 4G đến 99% thôn, tổ dân phố.", "soc.mobile_coverage_pct", "99");
        assertValue("100% xã, thị trấn đều có trạm thu phát sóng di động 4G với tổng cộng 211 trạm.", "soc.mobile_coverage_pct", "100");
        assertValue("Đến nay 100% các xã có trạm BTS.", "soc.mobile_coverage_pct", "100");
        assertValue("Huyện đã phổ cập dịch vụ mạng 4G, 5G đến 100% thôn, bản.", "soc.mobile_coverage_pct", "100");
        assertValue("Mạng di động 3G, 4G đến 97% thôn, tổ dân phố.", "soc.mobile_coverage_pct", "97");
    }

    @Test
    void fixedBroadbandOrFibreReachingTheCommunesIsNoMobileCoverage() {
        assertNone("Hạ tầng mạng băng rộng cố định đã phủ đến 80% khu vực dân cư; 68% thuê bao di động sử dụng điện thoại thông minh.",
                "soc.mobile_coverage_pct");
        assertNone("Mạng cáp quang đã được phủ đến 100% thôn.", "soc.mobile_coverage_pct");
        assertNone("Toàn huyện có gần 390 trạm phát sóng di động và internet cáp quang phủ 100% ấp.", "soc.mobile_coverage_pct");
        assertValue("Huyện đã xóa 39 vùng lõm sóng 3G, 4G; hạ tầng mạng cố định băng rộng được phủ tới 100% xã, thị trấn; dịch vụ mạng "
                + "di động 4G được phủ sóng trên 98,5% thôn, bản.", "soc.mobile_coverage_pct", "98.5");
    }

    @Test
    void everyCommuneOfTheTerritoryHavingCoverageIsAHundredPercent() {
        assertValue("Đến nay tất cả các xã, thị trấn đã có sóng di động 4G.", "soc.mobile_coverage_pct", "100");
        assertValueInText(PROVINCE + "Đến nay tất cả các xã, phường, thị trấn đã có cáp quang, sóng di động 4G, đường truyền dữ liệu chuyên dùng.\n",
                "soc.mobile_coverage_pct", "100");
        assertNone("Chưa phải tất cả các xã đã có sóng di động 4G.", "soc.mobile_coverage_pct");
        assertNone("Cả nước có tất cả các xã đã có sóng di động 4G.", "soc.mobile_coverage_pct");
    }

    @Test
    void onlineMeetingsNamedWithoutAnyoneHoldingThemAreNoSystem() {
        assertNone("Các cấp đã tích cực ứng dụng công nghệ thông tin; số lượng cuộc họp trực tuyến ngày càng tăng, số điểm họp ngày càng mở rộng.",
                "infra.video_conference");
        assertNone("Nhiều cuộc họp trực tuyến được tổ chức, tiết kiệm thời gian và chi phí đi lại.", "infra.video_conference");
        assertNone("Các nền tảng chuyển đổi số như quản lý văn bản điện tử, họp trực tuyến, ký số hoạt động đồng bộ.", "infra.video_conference");
        assertNone("Chiều 4/1, tại trụ sở Bộ TT&TT đã diễn ra buổi làm việc trực tuyến giữa lãnh đạo Bộ với lãnh đạo tỉnh.",
                "infra.video_conference");
        assertValue("Huyện đã tổ chức nhiều cuộc họp trực tuyến với các xã.", "infra.video_conference", true);
        assertValue("UBND huyện họp trực tuyến với các xã về công tác phòng chống thiên tai.", "infra.video_conference", true);
        assertValue("Sở đã tổ chức họp trực tuyến với các đơn vị trực thuộc.", "infra.video_conference", true);
    }

    @Test
    void aRequestToInvestIsNoFact() {
        assertNone("Đề nghị tỉnh đầu tư phòng họp trực tuyến đến cấp xã để thuận tiện trong công tác chỉ đạo, điều hành.",
                "infra.video_conference");
        assertNone("Đề nghị UBND tỉnh hỗ trợ kết nối mạng truyền số liệu chuyên dùng đến các xã.", "infra.dedicated_network");
        assertValue("Theo đề nghị của Phòng Văn hóa, huyện đã đầu tư phòng họp trực tuyến tại 15 xã.", "infra.video_conference", true);
    }

    @Test
    void aCompoundWithKhongNegatesNothing() {
        assertValue("Huyện triển khai phòng họp không giấy và hệ thống họp trực tuyến đến các xã.", "infra.video_conference", true);
        assertValue("UBND huyện đã đưa vào sử dụng hệ thống họp trực tuyến và phòng họp không giấy tờ.", "infra.video_conference", true);
        assertNone("Đơn vị chưa có phòng họp trực tuyến.", "infra.video_conference");
    }

    @Test
    void computersOnTheCentralAntiMalwarePlatformCountedWithTheSolutionOrSoftware() {
        assertValueInText("UBND TỈNH TUYÊN QUANG\nBÁO CÁO kết quả chuyển đổi số\nTỉnh đã triển khai giải pháp phòng chống mã độc cho hơn 3.300 máy tính "
                + "của các cơ quan nhà nước, được kết nối, chia sẻ thông tin với Trung tâm Giám sát an toàn an ninh mạng quốc gia.\n",
                "sec.central_malware_connected", "3300");
        assertValue("Năm 2023, huyện đã duy trì 285/285 máy tính có cài đặt phần mềm phòng chống mã độc theo mô hình quản trị tập trung.",
                "sec.central_malware_connected", "285");
        assertValue("Huyện duy trì 320 máy tính cài đặt phần mềm phòng, chống mã độc kết nối với hệ thống giám sát của tỉnh.",
                "sec.central_malware_connected", "320");
        assertNone("Sở đã cài đặt phần mềm phòng chống mã độc cho 120 máy tính.", "sec.central_malware_connected");
        assertNone("Trên 300.000 máy tính bị nhiễm mã độc được xử lý.", "sec.central_malware_connected");
    }

    @Test
    void computersSuppliedToStaffAsAShare() {
        assertValue("Tổng số máy tính trang bị cho cán bộ, công chức, viên chức đạt 100%; tỷ lệ cán bộ biết sử dụng máy tính đạt 99%.",
                "infra.computer_per_staff_pct", "100");
        assertValue("Số máy vi tính được trang bị cho công chức đạt 95%.", "infra.computer_per_staff_pct", "95");
        assertNone("Tỷ lệ cán bộ biết sử dụng máy tính đạt 99%.", "infra.computer_per_staff_pct");
    }

    @Test
    void theCountryAsTheSubjectAfterALeadingDate() {
        assertNone("Năm 2023, Việt Nam có 87% dân số sử dụng điện thoại thông minh.", "soc.smartphone_pct");
        assertNone("Theo báo cáo, Việt Nam có 84% thuê bao sử dụng điện thoại thông minh.", "soc.smartphone_pct");
        assertValue("Năm 2023, huyện có 84% dân số sử dụng điện thoại thông minh.", "soc.smartphone_pct", "84");
    }

    @Test
    void residentsIssuedAnElectronicIdentityAsAShareOfAdults() {
        assertValue("Tỷ lệ đã cấp định danh điện tử (mức độ 1, mức độ 2) đạt gần 80% người dân trưởng thành.", "soc.vneid_residents_pct", "80");
        assertValue("Tỷ lệ cấp tài khoản định danh điện tử mức độ 2 đạt 85% dân số trưởng thành.", "soc.vneid_residents_pct", "85");
        assertNone("Đã cấp định danh điện tử cho 100% cán bộ, công chức.", "soc.vneid_residents_pct");
        assertNone("Tỷ lệ cấp định danh điện tử đạt 90% hộ gia đình.", "soc.vneid_residents_pct");
    }

    @Test
    void attacksCountedInAttempts() {
        assertValue("Qua giám sát, năm 2023 Sở đã phát hiện, ngăn chặn, xử lý trên 5,7 triệu lượt tấn công mạng; gần 90.000 lượt virus phát tán.",
                "sec.incidents", "5700000");
        assertValue("Hệ thống giám sát của huyện đã ngăn chặn 1.200 lượt tấn công mạng.", "sec.incidents", "1200");
        assertNone("Trong năm có 1.500 lượt truy cập bị chặn.", "sec.incidents");
        assertNone("Việt Nam hứng chịu 5,7 triệu lượt tấn công mạng.", "sec.incidents");
    }

    @Test
    void aDesktopSetIsCountedAsADesktop() {
        assertValue("Huyện đã trang bị 26 bộ máy vi tính và 26 máy scan cho các xã.", "infra.desktops", "26");
        assertValue("Huyện được Ban Quản lý khu công nghiệp tặng 17 bộ máy tính.", "infra.desktops", "17");
        assertNone("Huyện có 120 máy tính xách tay.", "infra.desktops");
        assertNone("Huyện tiếp tục sắp xếp bộ máy hành chính, giảm 12 đầu mối.", "infra.desktops");
    }

    @Test
    void theDedicatedNetworkCalledADataLine() {
        assertValueInText(PROVINCE + "Đến nay tất cả các xã đã có cáp quang, sóng di động 4G, đường truyền dữ liệu chuyên dùng đến trung tâm.\n",
                "infra.dedicated_network", true);
        assertValue("UBND huyện đã kết nối mạng truyền dữ liệu chuyên dùng đến 100% xã.", "infra.dedicated_network", true);
        assertValue("Huyện chưa có đường truyền dữ liệu chuyên dùng.", "infra.dedicated_network", false);
    }

    @Test
    void aShareWhoseCountedNounCarriesALongQualifier() {
        assertValue("100% công chức, viên chức trong cơ quan hành chính nhà nước được trang bị máy vi tính.", "infra.computer_per_staff_pct", "100");
        assertValue("98% cán bộ, công chức làm việc tại bộ phận một cửa của huyện và các xã được trang bị máy vi tính.",
                "infra.computer_per_staff_pct", "98");
        assertValue("100% trung tâm các xã, phường, thị trấn, khu vực tập trung đông dân cư có sóng điện thoại, Internet.",
                "soc.mobile_coverage_pct", "100");
        assertValue("97% trung tâm các xã, thị trấn, khu vực đông dân cư của huyện có sóng điện thoại di động.", "soc.mobile_coverage_pct", "97");
        assertNone("Tỷ lệ hồ sơ giải quyết đúng hạn đạt 100%, các phòng chuyên môn tích cực tham mưu, cán bộ được trang bị máy vi tính.",
                "infra.computer_per_staff_pct");
        assertNone("Tỷ lệ hồ sơ giải quyết đúng hạn đạt 99%, các nhà mạng đã xây thêm trạm thu phát sóng di động.", "soc.mobile_coverage_pct");
    }
}
