package vn.dti.report.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The level (and name) of a report whose letterhead names no unit, read from the territory it speaks of as its own. */
class OwnTerritoryTest {

    private static Optional<OwnTerritory.Territory> of(String text) {
        return OwnTerritory.of(NormalizedText.of(text).text());
    }

    @Test
    void aCommuneNamedMostOftenIsTheUnit() {
        Optional<OwnTerritory.Territory> t = of("Trung tâm Phục vụ hành chính công xã Phú Giáo: giải quyết đúng hạn đạt hơn 99%\n\n"
                + "Ngày 13-10, Đoàn giám sát của HĐND xã Phú Giáo làm việc với Trung tâm. Từ ngày 1-7 đến ngày 30-9, Trung tâm tiếp nhận "
                + "13.188 hồ sơ của người dân trên địa bàn xã.\n");
        assertEquals(Optional.of(new OwnTerritory.Territory("UBND xã Phú Giáo", UnitLevel.COMMUNE)), t);
        assertEquals(UnitLevel.COMMUNE, of("Phường 3 đẩy mạnh chuyển đổi số. Năm 2024, phường 3 đã thành lập 6 tổ công nghệ số cộng đồng; "
                + "toàn phường có 92% hộ gia đình sử dụng cáp quang. Thành phố Vĩnh Long đánh giá cao kết quả của phường 3.\n")
                .orElseThrow().level());
    }

    @Test
    void aCommuneThatNamesItsDistrictAndProvinceOnceIsStillACommune() {
        assertEquals(UnitLevel.COMMUNE, of("Xã Liên Châu (huyện Yên Lạc, tỉnh Vĩnh Phúc) tổ chức hội nghị chuyển đổi số. Xã Liên Châu có "
                + "12 tổ công nghệ số cộng đồng; trên địa bàn xã có 95% hộ gia đình dùng điện thoại thông minh.\n").orElseThrow().level());
    }

    @Test
    void aDistrictNamingEachCommuneOnceIsADistrict() {
        Optional<OwnTerritory.Territory> t = of("Huyện Krông Pắc đẩy mạnh dịch vụ công trực tuyến. Năm 2024, huyện Krông Pắc tiếp nhận "
                + "42.000 hồ sơ; các xã Ea Phê, Ea Kênh và thị trấn Phước An đạt tỷ lệ cao. Toàn huyện có 16 tổ công nghệ số cộng đồng.\n");
        assertEquals(Optional.of(new OwnTerritory.Territory("UBND huyện Krông Pắc", UnitLevel.DISTRICT)), t);
    }

    @Test
    void noClearLeadGivesNoAnswer() {
        assertTrue(of("Huyện Thăng Bình, Núi Thành đã huy động đoàn viên. Toàn tỉnh kích hoạt được 12.600 tài khoản, trong đó huyện "
                + "Thăng Bình 6.600 tài khoản; hoàn thành chỉ tiêu trên toàn tỉnh.\n").isEmpty(), "a district named twice, the province's tier twice");
        assertTrue(of("Xã Tân Lập tiếp nhận 1.200 hồ sơ trong năm.\n").isEmpty(), "named once");
        assertTrue(of("Xã An Bình có 8 tổ công nghệ số, xã An Phú có 7 tổ; huyện Tân Châu có 120 tổ.\n").isEmpty(), "no territory leads");
    }

    @Test
    void aCommuneArticleWithoutALetterheadKeepsItsOwnFigures() {
        ExtractionResult r = new ExtractionEngine(Catalog.fromClasspath()).extract("Trung tâm Phục vụ hành chính công xã Tân Lập: "
                + "giải quyết đúng hạn đạt 99%\n(Báo Bình Phước, 10/2025)\n\n"
                + "Từ ngày 1-7 đến ngày 30-9, Trung tâm tiếp nhận 8.420 hồ sơ. Tỷ lệ hồ sơ giải quyết đúng và trước hạn đạt 99,1%. "
                + "UBND xã Tân Lập đánh giá cao kết quả này.\n");
        assertEquals("UBND xã Tân Lập", r.unitName());
        assertEquals(new BigDecimal("8420"), r.values().stream().filter(p -> p.element().equals("dvc.dossiers_received"))
                .findFirst().orElseThrow().value());
    }
}
