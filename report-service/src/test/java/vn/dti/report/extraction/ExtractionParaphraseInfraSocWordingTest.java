package vn.dti.report.extraction;

import static vn.dti.report.extraction.DistrictReportSentences.assertNone;
import static vn.dti.report.extraction.DistrictReportSentences.assertValue;

import org.junit.jupiter.api.Test;

/**
 * Session 7 paraphrase round (infra, soc, sec, fin): the classes of wording the paraphrases of dev facts missed, each read with
 * further invented variants and with the same words said of something else. Read under a district report header for 2023.
 */
class ExtractionParaphraseInfraSocWordingTest {

    @Test
    void theProvincesFigureAfterAnAccountIsNotTheDistricts() {
        assertNone("Tỷ lệ người dân có tài khoản định danh điện tử toàn tỉnh đạt 72,5%.", "soc.vneid_residents_pct");
        assertNone("Tỷ lệ người dân có tài khoản VNeID trên địa bàn tỉnh là 80%.", "soc.vneid_residents_pct");
        assertValue("Tỷ lệ người dân có tài khoản định danh điện tử đạt 72,5%.", "soc.vneid_residents_pct", "72.5");
    }

    @Test
    void aSurveyToDeployIsAPlan() {
        assertNone("Huyện đang khảo sát để triển khai hệ thống họp trực tuyến đến các xã.", "infra.video_conference");
        assertNone("Phòng Văn hóa - Thông tin tiến hành khảo sát nhằm mở rộng mạng truyền số liệu chuyên dùng đến cấp xã.",
                "infra.dedicated_network");
    }

    @Test
    void staffCountedWithTheirAbbreviationOrUnderALabel() {
        assertValue("Cơ quan hiện có 37 CBCCVC, trong đó 12 viên chức.", "infra.staff_total", "37");
        assertValue("Số cán bộ, công chức: 23 người.", "infra.staff_total", "23");
        assertNone("Số cán bộ, công chức được cấp chữ ký số: 30 người.", "infra.staff_total");
    }

    @Test
    void oneComputerPerCivilServantAndComputersGivenToStaff() {
        assertValue("Bình quân mỗi cán bộ, công chức có 1 máy tính phục vụ công việc.", "infra.computer_per_staff_pct", "100");
        assertValue("Đảm bảo 1 máy tính/1 cán bộ, công chức.", "infra.computer_per_staff_pct", "100");
        assertValue("UBND huyện đã trang bị máy tính cho 96% cán bộ, công chức.", "infra.computer_per_staff_pct", "96");
        assertValue("Tỷ lệ máy tính/CBCCVC là 97%.", "infra.computer_per_staff_pct", "97");
    }

    @Test
    void mobileSignalThatReachesVillages() {
        assertValue("Sóng di động 4G đã phủ tới 98% thôn, tổ dân phố.", "soc.mobile_coverage_pct", "98");
        assertValue("92% thôn, bản đã có sóng 4G.", "soc.mobile_coverage_pct", "92");
        assertNone("Hạ tầng mạng cố định băng rộng được phủ tới 100% xã, thị trấn.", "soc.mobile_coverage_pct");
    }

    @Test
    void otherWordsForTheDxBudgetAntiMalwareVideoBriefingsAndSmartDevices() {
        assertValue("Năm 2023, huyện chi 3 tỷ đồng cho chuyển đổi số.", "fin.dx_budget", "3000000000");
        assertValue("UBND huyện bố trí 1,2 tỷ đồng cho ứng dụng công nghệ thông tin.", "fin.dx_budget", "1200000000");
        assertNone("Huyện đã bố trí 2 tỷ đồng cho các hoạt động văn hóa, chuyển đổi số chỉ chiếm phần nhỏ.", "fin.dx_budget");
        assertValue("Máy tính được cài phần mềm chống mã độc đạt 90%.", "sec.antivirus_pct", "90");
        assertValue("Hệ thống giao ban điện tử đã kết nối đến 100% xã, thị trấn.", "infra.video_conference", true);
        assertValue("Có 88% người dân trưởng thành sử dụng thiết bị di động thông minh.", "soc.smartphone_pct", "88");
    }

    @Test
    void fixedBroadbandReachingHouseholdsAccountsActivatedAndCentralMalwareMonitoring() {
        assertValue("Internet băng rộng cố định đã đến với 76% hộ gia đình.", "soc.household_fiber_pct", "76");
        assertNone("Tỷ lệ hộ gia đình sử dụng Internet băng rộng cố định tăng 5% so với năm 2022.", "soc.household_fiber_pct");
        assertValue("Đã kích hoạt 12.400/20.100 tài khoản định danh điện tử, đạt 61,7%.", "soc.vneid_residents_pct", "61.7");
        assertNone("Có 1.200 tài khoản định danh điện tử của tổ chức, doanh nghiệp.", "soc.vneid_residents_pct");
        assertValue("Có 420 máy tính của các cơ quan nhà nước được kết nối với Trung tâm Giám sát an toàn, an ninh mạng quốc gia.",
                "sec.central_malware_connected", "420");
        assertValue("Tất cả các địa điểm trên địa bàn huyện đều có sóng di động 4G.", "soc.mobile_coverage_pct", "100");
        assertValue("Huyện có 01 điểm cầu chính tại UBND huyện và 12 điểm cầu tại các xã.", "infra.video_conference", true);
    }

    /** The catalog counts communes and villages covered (soc.mobile_coverage_pct), not people or households. */
    @Test
    void aShareOfThePopulationCoveredIsNoShareOfCommunes() {
        assertNone("Tỷ lệ dân số được phủ sóng 4G đạt 99,9%.", "soc.mobile_coverage_pct");
        assertNone("Mạng di động đã phủ sóng 99,5% dân số trên địa bàn.", "soc.mobile_coverage_pct");
        assertNone("Tỷ lệ dân số được phủ sóng thông tin di động đạt 100%.", "soc.mobile_coverage_pct");
        assertValue("Sóng di động 4G đã phủ 100% xã, 99% dân số được phủ sóng.", "soc.mobile_coverage_pct", "100");
        assertValue("Tỷ lệ thôn được phủ sóng 4G đạt 96%.", "soc.mobile_coverage_pct", "96");
    }
}
