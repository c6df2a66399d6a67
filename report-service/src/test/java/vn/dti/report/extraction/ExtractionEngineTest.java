package vn.dti.report.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Phrasings the engine must read, and the ones it must leave alone. */
class ExtractionEngineTest {

    private static ExtractionEngine engine;

    @BeforeAll
    static void createEngine() {
        engine = new ExtractionEngine(Catalog.fromClasspath());
    }

    private static Optional<Proposal> find(ExtractionResult result, String element) {
        return result.values().stream().filter(p -> p.element().equals(element)).findFirst();
    }

    private static Object value(String text, String element) {
        return find(engine.extract(text), element).map(Proposal::value).orElse(null);
    }

    private static BigDecimal n(String s) {
        return new BigDecimal(s);
    }

    @Test
    void countsWithThousandsSeparators() {
        String text = "Trong năm 2023, UBND huyện tiếp nhận 26.157 văn bản đến; tổng số văn bản đi 497.";
        assertEquals(n("26157"), value(text, "doc.incoming"));
        assertEquals(n("497"), value(text, "doc.outgoing"));
    }

    @Test
    void percentagesWithDecimalCommaOrPoint() {
        String text = "Kết quả số hóa: Số hóa hồ sơ TTHC khi tiếp nhận: 21.777 hồ sơ, đạt 64.39%; "
                + "Số hóa kết quả giải quyết TTHC: 9.149 hồ sơ, đạt 28,42 %.";
        assertEquals(n("64.39"), value(text, "dvc.dossier_digitization_pct"));
        assertEquals(n("28.42"), value(text, "dvc.result_digitization_pct"));
    }

    @Test
    void moneyInMillionsAndBillionsOfDong() {
        assertEquals(n("737340000"), value("Công tác chuyển đổi số được đầu tư với tổng kinh phí: **737,34 triệu đồng**.",
                "fin.dx_budget"));
        assertEquals(n("2500000000"), value("Thực hiện thanh toán trực tuyến thu thuế đất được hơn 2,5 tỷ đồng với 1.451 giao dịch.",
                "dvc.online_payment_amount"));
    }

    @Test
    void fractionsGiveTheCountAndTheTotal() {
        ExtractionResult r = engine.extract("Sở đã cung cấp DVCTT toàn trình cho **05/06** TTHC; DVCTT một phần cho **01/06** TTHC.");
        assertEquals(n("5"), find(r, "dvc.online_full").orElseThrow().value());
        assertEquals(n("1"), find(r, "dvc.online_partial").orElseThrow().value());
        assertEquals(n("6"), find(r, "dvc.procedures_total").orElseThrow().value());
    }

    @Test
    void datesAreNotFractions() {
        assertNull(value("Quyết định số 107/QĐ-STTTT ngày 05/6/2024 về dịch vụ công trực tuyến toàn trình cho 23/3/2023 TTHC.",
                "dvc.online_full"));
    }

    @Test
    void approximationsAreRecordedAsTheStatedFigure() {
        String text = "Tỷ lệ hộ gia đình có đường Internet cáp quang băng rộng trên 70%; tỷ lệ thuê bao điện thoại di động sử dụng "
                + "điện thoại thông minh trên 85,5%. Đến nay gần 1.000 doanh nghiệp, tổ chức sử dụng hóa đơn điện tử.";
        ExtractionResult r = engine.extract(text);
        assertEquals(n("70"), find(r, "soc.household_fiber_pct").orElseThrow().value());
        assertEquals(n("85.5"), find(r, "soc.smartphone_pct").orElseThrow().value());
        Proposal einvoice = find(r, "eco.einvoice_businesses").orElseThrow();
        assertEquals(n("1000"), einvoice.value());
        assertTrue(einvoice.confidence() < 0.8, "an approximate figure is less certain");
    }

    @Test
    void plansAndTargetsAreNotAchievedValues() {
        String text = """
                I. KẾT QUẢ THỰC HIỆN

                Sở đã trang bị 20 máy tính để bàn.

                Dự kiến năm 2024 trang bị thêm 10 máy tính xách tay.

                Sở phấn đấu 100% máy tính được cài đặt phần mềm phòng, chống mã độc.

                II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024

                1. Tổ chức 03 lớp tập huấn về chuyển đổi số.

                2. 100% văn bản được xử lý trên môi trường mạng.
                """;
        ExtractionResult r = engine.extract(text);
        assertEquals(n("20"), find(r, "infra.desktops").orElseThrow().value());
        assertTrue(find(r, "infra.laptops").isEmpty(), "dự kiến: a plan");
        assertTrue(find(r, "sec.antivirus_pct").isEmpty(), "phấn đấu: a target");
        assertTrue(find(r, "hr.training_courses").isEmpty(), "in the section of directions");
        assertTrue(find(r, "doc.electronic_pct").isEmpty(), "in the section of directions");
    }

    @Test
    void aCourseCountFromAPlanDocumentIsNotACourseHeld() {
        assertNull(value("UBND huyện đã ban hành Kế hoạch số 65/KH-UBND về tập huấn chuyển đổi số, gồm 03 lớp.",
                "hr.training_courses"));
        assertEquals(n("2"), value("Sở đã tổ chức 02 lớp tập huấn về chuyển đổi số cho công chức.", "hr.training_courses"));
    }

    @Test
    void figuresOfTheProvinceOrTheCommunesAreNotTheUnits() {
        String text = """
                Sở Nội vụ báo cáo như sau:

                Căn cứ Quyết định số 3533/QĐ-UBND, Danh mục 941 thủ tục hành chính được cung cấp dịch vụ công trực tuyến toàn trình của tỉnh.

                Tổng số dịch vụ công trực tuyến một phần cấp huyện là 47 và toàn trình cấp huyện là 23, một phần cấp xã là 40, toàn trình cấp xã là 7.
                """;
        ExtractionResult r = engine.extract(text);
        assertEquals(n("23"), find(r, "dvc.online_full").orElseThrow().value());
        assertEquals(n("47"), find(r, "dvc.online_partial").orElseThrow().value());
    }

    @Test
    void aCommuneSectionIsLeftOut() {
        String text = """
                a) Cấp huyện

                Số hóa hồ sơ TTHC khi tiếp nhận đạt 64,39%.

                d) UBND các xã, thị trấn

                Số hóa kết quả giải quyết TTHC đạt 28,69%.
                """;
        ExtractionResult r = engine.extract(text);
        assertEquals(n("64.39"), find(r, "dvc.dossier_digitization_pct").orElseThrow().value());
        assertTrue(find(r, "dvc.result_digitization_pct").isEmpty());
    }

    @Test
    void negatedStatementsAreFalse() {
        assertEquals(Boolean.FALSE, value("Đơn vị chưa có hệ thống hội nghị truyền hình trực tuyến.", "infra.video_conference"));
        assertEquals(Boolean.TRUE, value("Sở đã mở chuyên mục về “Chuyển đổi số” trên Trang thông tin điện tử.", "dir.dx_portal_section"));
    }

    @Test
    void aLineBreakInsideASentenceDoesNotStopTheRule() {
        assertEquals(n("3845"), value("Sở đã xử lý tổng cộng 4.733\n\nvăn bản điện tử, trong đó có 3.845\nvăn bản đến.", "doc.incoming"));
    }

    @Test
    void quotesAreExactSubstringsAtTheirOffsets() {
        String text = "## Kết quả\r\n\r\nHiện nay, Sở được trang bị: **20** bộ máy vi tính để bàn, **05** máy tính\r\nxách tay;"
                + " 100% máy tính trong cơ quan được cài đặt phần mềm phòng, chống mã độc.";
        ExtractionResult r = engine.extract(text);
        assertEquals(3, r.values().size(), r.values().toString());
        for (Proposal p : r.values()) {
            assertEquals(p.quote(), text.substring(p.start(), p.end()));
            assertTrue(p.confidence() > 0 && p.confidence() <= 1);
        }
        assertEquals("20** bộ máy vi tính để bàn", find(r, "infra.desktops").orElseThrow().quote());
        assertEquals("05** máy tính\r\nxách tay", find(r, "infra.laptops").orElseThrow().quote());
    }

    @Test
    void decomposedVietnameseAndOldTonePlacementAreRead() {
        String decomposed = java.text.Normalizer.normalize("Tỷ lệ số hoá hồ sơ khi tiếp nhận đạt 90%.", java.text.Normalizer.Form.NFD);
        Proposal p = find(engine.extract(decomposed), "dvc.dossier_digitization_pct").orElseThrow();
        assertEquals(n("90"), p.value());
        assertEquals(p.quote(), decomposed.substring(p.start(), p.end()));
    }

    @Test
    void tablesWithTheCatalogLabels() {
        String text = "| Chỉ tiêu | Số liệu |\n|---|---|\n| Số máy tính xách tay | 7 |\n| Tỷ lệ cán bộ công chức sử dụng thư điện tử công vụ | 98,5% |\n";
        ExtractionResult r = engine.extract(text);
        assertEquals(n("7"), find(r, "infra.laptops").orElseThrow().value());
        assertEquals(n("98.5"), find(r, "doc.official_email_pct").orElseThrow().value());
    }

    @Test
    void unitProvinceAndPeriodFromTheHeader() {
        ExtractionResult r = engine.extract("""
                UBND TỈNH NGHỆ AN
                SỞ TƯ PHÁP

                BÁO CÁO
                Kết quả chuyển đổi số 9 tháng đầu năm 2023

                Thực hiện Công văn số 12/STTTT ngày 01/9/2023 của Sở Thông tin và Truyền thông, Sở Tư pháp báo cáo như sau:
                """);
        assertEquals("Sở Tư pháp", r.unitName());
        assertEquals("Nghệ An", r.province());
        assertEquals("2023-9M", r.period());
    }

    @Test
    void letterheadsWithoutUbndAndNewsHeadingsOfAProvince() {
        assertEquals("UBND phường Tân Hòa", engine.extract("PHƯỜNG TÂN HÒA (TỈNH ĐỒNG THÁP)\nKết quả chuyển đổi số\n\nPhường có 12 tổ công nghệ số cộng đồng.\n").unitName());
        assertEquals("UBND tỉnh Nghệ An", engine.extract("TỈNH NGHỆ AN – SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH\nTin tức\n\nToàn tỉnh tiếp nhận 1.200 hồ sơ.\n").unitName());
        assertEquals("Sở Giao Thông Vận Tải Tỉnh Nghệ An", engine.extract("SỞ GIAO THÔNG VẬN TẢI TỈNH NGHỆ AN\nBÁO CÁO\n").unitName());
    }

    @Test
    void periodCodesOfEveryKind() {
        assertEquals(Optional.of("2023H1"), PeriodPhrases.find("báo cáo 6 tháng đầu năm 2023"));
        assertEquals(Optional.of("2023H2"), PeriodPhrases.find("6 tháng cuối năm 2023"));
        assertEquals(Optional.of("2023Q3"), PeriodPhrases.find("tình hình quý iii năm 2023"));
        assertEquals(Optional.of("2023-07"), PeriodPhrases.find("kết quả tháng 7/2023"));
        assertEquals(Optional.of("2021/2025"), PeriodPhrases.find("giai đoạn 2021-2025"));
        assertEquals(Optional.of("2023"), PeriodPhrases.find("năm 2023, nhiệm vụ trọng tâm năm 2024"));
    }

    @Test
    void emptyTextGivesNothing() {
        ExtractionResult r = engine.extract("   ");
        assertTrue(r.values().isEmpty());
        assertFalse(r.unitName() != null);
    }
}
