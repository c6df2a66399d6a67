package vn.dti.report.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class HeadlineTest {

    @Test
    void aProvinceOpeningTheHeadlineIsTheUnitOfAnArticleThatNamesNoOther() {
        assertEquals(Optional.of("UBND tỉnh Quảng Ngãi"), Headline.unit("BÁO QUẢNG NGÃI — 15/01/2025\nQuảng Ngãi: Kết quả nổi bật năm 2024\n"));
        assertEquals(Optional.of("UBND tỉnh Bình Dương"), Headline.unit("BÁO MỚI — 02/2025\nBình Dương cam kết hướng tới chính quyền số\n"));
        assertEquals(Optional.of("UBND thành phố Hà Nội"), Headline.unit("Hà Nội tiếp nhận hơn 66.000 hồ sơ trong 13 ngày\n"));
        assertEquals(Optional.of("UBND tỉnh Thanh Hóa"), Headline.unit("Tỉnh Thanh Hoá đẩy mạnh chuyển đổi số\n"));
    }

    @Test
    void twoProvincesOrANameInsideALongerOneAreNoUnit() {
        assertEquals(Optional.empty(), Headline.unit("Quảng Ngãi và Bình Định ký kết hợp tác chuyển đổi số\n"));
        assertEquals(Optional.empty(), Headline.unit("Hiệp hội doanh nghiệp nhỏ\nNhững bước tiến mới từ chuyển đổi số\n"));
        assertEquals(Optional.empty(), Headline.unit("Đà Nẵng, Hà Nội dẫn đầu chỉ số DTI\n"));
    }

    @Test
    void anAgencyOpeningTheHeadlineIsTheSubjectOfTheArticle() {
        assertEquals(Optional.of("Sở Giao thông vận tải"), Headline.agency("BÁO KHÁNH HÒA\nSở Giao thông vận tải giải quyết hơn 1.780 hồ sơ\n"));
        assertEquals(Optional.of("Trung tâm Phục vụ hành chính công tỉnh Lạng Sơn"),
                Headline.agency("BÁO LẠNG SƠN\nTrung tâm Phục vụ hành chính công tỉnh Lạng Sơn: Tiếp nhận hồ sơ từ ngày 23/4\n"));
        assertEquals(Optional.of("Sở Y tế tỉnh Thanh Hóa"), Headline.agency("Sở Y tế Thanh Hóa đẩy mạnh ứng dụng công nghệ thông tin\n"));
        assertEquals(Optional.of("Sở Tài nguyên và Môi trường"), Headline.agency("Sở TN&MT: gần 2.000 hồ sơ được tiếp nhận trực tuyến\n"));
        assertEquals(Optional.of("Công an tỉnh Bình Dương"), Headline.agency("Công an tỉnh Bình Dương cấp hơn 1 triệu tài khoản định danh\n"));
    }

    @Test
    void twoAgenciesOrAnAgencyInsideTheTextAreNoSubject() {
        assertEquals(Optional.empty(), Headline.agency("Sở Y tế và Sở Tư pháp ký quy chế phối hợp\n"));
        assertEquals(Optional.empty(), Headline.agency("Sở Tư pháp, Sở Nội vụ kiểm tra cải cách hành chính\n"));
        assertEquals(Optional.empty(), Headline.agency("Trung tâm Phục vụ hành chính công xã Tân Lập: đúng hạn đạt 99%\n"));
        assertEquals(Optional.empty(), Headline.agency("Công an huyện Củ Chi cấp 5.000 tài khoản định danh\n"));
        assertEquals(Optional.empty(), Headline.agency("Tin tức\nBình Định\nChuyển đổi số\nNăm 2023, Sở Tư pháp tiếp nhận 3.000 hồ sơ\n"));
    }

    @Test
    void theHeaderOfANewsItemAboutAnAgencyNamesTheAgencyInItsProvince() {
        ReportHeader h = ReportHeader.detect(NormalizedText.of("BÁO QUẢNG NAM\nSở Xây dựng tiếp nhận 1.200 hồ sơ trực tuyến\n(12/2023)\n\n"
                + "Năm 2023, Sở Xây dựng tỉnh Quảng Nam tiếp nhận 1.200 hồ sơ trực tuyến, đạt 95%.\n"));
        assertEquals("Sở Xây dựng tỉnh Quảng Nam", h.unitName());
        assertEquals(UnitLevel.DEPARTMENT, h.level());
    }
}
