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
}
