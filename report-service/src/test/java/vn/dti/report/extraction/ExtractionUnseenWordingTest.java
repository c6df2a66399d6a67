package vn.dti.report.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static vn.dti.report.extraction.DistrictReportSentences.assertNone;
import static vn.dti.report.extraction.DistrictReportSentences.assertNoneInText;
import static vn.dti.report.extraction.DistrictReportSentences.assertValue;
import static vn.dti.report.extraction.DistrictReportSentences.assertValueInText;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/**
 * Classes of wording that the session-5 held-out documents (moved to dev in session 6) showed the extractor misread, each
 * checked with the corpus wording and invented variants, under a district report header for 2023 unless a text has its own.
 */
class ExtractionUnseenWordingTest {

    private static final String PROVINCE = "UBND TỈNH PHÚ YÊN\nBÁO CÁO kết quả chuyển đổi số năm 2025\n";

    @Test
    void aFigureComparedWithTheCountrysAverageIsTheUnitsOwn() {
        assertValueInText(PROVINCE + "Nhiều chỉ số của tỉnh cao hơn mức trung bình cả nước, tỷ lệ hồ sơ trực tuyến là 94,10%.\n",
                "dvc.dossiers_online_pct", "94.1");
        assertValueInText(PROVINCE + "Tỷ lệ hồ sơ trực tuyến của tỉnh là 94,10%, so với bình quân chung cả nước là 60%.\n",
                "dvc.dossiers_online_pct", "94.1");
        assertNoneInText(PROVINCE + "Cả nước có tỷ lệ hồ sơ trực tuyến đạt 50%.\n", "dvc.dossiers_online_pct");
        assertNoneInText(PROVINCE + "Tỷ lệ hồ sơ trực tuyến bình quân chung cả nước đạt 50%.\n", "dvc.dossiers_online_pct");
    }

    @Test
    void aPaymentShareNeedsNoNounBeforeIt() {
        assertValue("Tỷ lệ hồ sơ nộp trực tuyến đạt 93,78%, thanh toán trực tuyến đạt 98,93%.", "dvc.online_payment_pct", "98.93");
        assertValue("Thanh toán trực tuyến là 41,5% trong năm.", "dvc.online_payment_pct", "41.5");
        assertValue("Thanh toán trực tuyến chiếm 60% số hồ sơ có phí.", "dvc.online_payment_pct", "60");
    }

    @Test
    void documentsApprovedAndSignedDigitallyAreSigned() {
        assertValue("Đến nay, 100% văn bản được phê duyệt, ký số.", "doc.signed_pct", "100");
        assertValue("Có 97% văn bản được kiểm tra, phê duyệt và ký số.", "doc.signed_pct", "97");
    }

    @Test
    void documentsExchangedByElectronicMeansAreElectronic() {
        assertValue("Tỷ lệ văn bản trao đổi giữa các cơ quan, đơn vị hoàn toàn bằng điện tử đạt 91%.", "doc.electronic_pct", "91");
        assertValue("Có 95% văn bản được gửi bằng hình thức điện tử.", "doc.electronic_pct", "95");
    }

    @Test
    void aMastheadNamesTheSectionAPageWasFoundInNotAFact() {
        assertNoneInText("BÁO HÀ NAM – Chuyên mục Chuyển đổi số\nNăm 2023, tỉnh tiếp nhận 500 hồ sơ.\n", "dir.dx_portal_section");
        assertNoneInText("SỞ CÔNG THƯƠNG TỈNH THÁI NGUYÊN - Chuyên mục Chuyển đổi số\nNăm 2023 Sở tiếp nhận 500 hồ sơ.\n",
                "dir.dx_portal_section");
        assertValue("Huyện đã mở chuyên mục chuyển đổi số trên Cổng thông tin điện tử.", "dir.dx_portal_section", true);
    }

    @Test
    void aCountOfRecordsIsNotACountOfDossiers() {
        assertNone("Sở vào sổ tiếp nhận 11.366 thông tin về án tích.", "dvc.dossiers_received");
        assertNone("Bộ phận một cửa tiếp nhận 2.300 phiếu yêu cầu.", "dvc.dossiers_received");
        assertValue("Bộ phận một cửa tiếp nhận 2.300 hồ sơ.", "dvc.dossiers_received", "2300");
    }

    @Test
    void tasksOfAnotherBodysPlanAreNotTheUnitsTargets() {
        assertNone("Huyện đã hoàn thành 17/18 nhiệm vụ theo kế hoạch Đề án 06.", "dir.plan_targets_met");
        assertNone("Các cơ quan đã hoàn thành 19/79 nhiệm vụ trong kế hoạch của Ủy ban Quốc gia về chuyển đổi số.", "dir.plan_targets_met");
        assertValue("Huyện đã hoàn thành 17/18 nhiệm vụ của Kế hoạch chuyển đổi số năm 2023.", "dir.plan_targets_met", "17");
    }

    @Test
    void aRangeOfTiersUpToTheUnitsOwnIsTheUnitsFigure() {
        assertValueInText("UBND TỈNH HÀ NAM\nBÁO CÁO kết quả chuyển đổi số năm 2022\nTỷ lệ cán bộ, công chức từ cấp huyện trở lên thường "
                + "xuyên sử dụng hệ thống thư điện tử trong công việc là 95%.\n", "doc.official_email_pct", "95");
        assertValueInText(PROVINCE + "Tỷ lệ văn bản được ký số từ cấp tỉnh đến cấp xã đạt 98%.\n", "doc.signed_pct", "98");
        assertNoneInText(PROVINCE + "Tỷ lệ cán bộ, công chức cấp huyện sử dụng thư điện tử là 95%.\n", "doc.official_email_pct");
    }

    @Test
    void whatTheUnitDidAfterCitingADocumentIsAResult() {
        assertValue("Thực hiện Kế hoạch số 05/KH-UBND, huyện đã cung cấp 120 dịch vụ công trực tuyến toàn trình.", "dvc.online_full", "120");
        assertValue("Thực hiện Công văn số 12 của tỉnh về cải cách hành chính, UBND huyện đang cung cấp 95 dịch vụ công trực tuyến toàn trình.",
                "dvc.online_full", "95");
        assertNone("Căn cứ Kế hoạch số 12/KH-UBND, phấn đấu 100% văn bản được ký số.", "doc.signed_pct");
        assertNone("Thực hiện Kế hoạch số 05, huyện phấn đấu có 120 dịch vụ công trực tuyến toàn trình.", "dvc.online_full");
    }

    @Test
    void targetsMetAndExceededAreMetAndTheirPartsAreNot() {
        assertValue("Huyện đã đạt và vượt 43/51 chỉ tiêu, nhiệm vụ Kế hoạch đề ra, trong đó có 17 chỉ tiêu vượt và 26 chỉ tiêu đạt Kế hoạch.",
                "dir.plan_targets_met", "43");
        assertValue("Huyện đã hoàn thành 43/51 chỉ tiêu, trong đó có 17 chỉ tiêu vượt và 26 chỉ tiêu đạt.", "dir.plan_targets_met", "43");
        assertNone("Năm 2023 có 26 chỉ tiêu đạt kế hoạch.", "dir.plan_targets_total");
        assertNone("Số hồ sơ trực tuyến vượt 500 hồ sơ so với năm trước.", "dvc.dossiers_online");
    }

    @Test
    void theNewDossiersOfATotalAreStillRead() {
        assertValue("Trong năm đã tiếp nhận 4.525 hồ sơ, trong đó tiếp nhận mới 4.152 hồ sơ.", "dvc.dossiers_received", "4152");
    }

    @Test
    void aPlanForTheNextYearIsNotThePeriodsPlan() {
        assertNone("Ngày 29/10/2023, UBND huyện ban hành Kế hoạch chuyển đổi số huyện năm 2024.", "dir.annual_plan");
        assertValue("Ngày 10/01/2023, UBND huyện ban hành Kế hoạch chuyển đổi số huyện năm 2023.", "dir.annual_plan", true);
        assertValue("Ngày 29/12/2022, UBND huyện ban hành Kế hoạch chuyển đổi số năm 2023.", "dir.annual_plan", true);
    }

    @Test
    void anArticleAboutTheCountryStatesTheCountrysFigures() {
        String article = "CỔNG THÔNG TIN ĐIỆN TỬ TỈNH NINH THUẬN (25/4/2024)\nỦy ban Quốc gia về chuyển đổi số họp lần thứ tám\n\n"
                + "Theo báo cáo của Bộ Thông tin và Truyền thông, quý I năm 2024 có nhiều kết quả.\n"
                + "Về hạ tầng số, có 80,2% số hộ gia đình sử dụng cáp quang, di động 4G được phủ sóng tới 99,8% dân số.\n"
                + "Tại tỉnh Ninh Thuận, tỷ lệ hồ sơ trực tuyến đạt 45%.\n";
        assertNoneInText(article, "soc.household_fiber_pct");
        assertNoneInText(article, "soc.mobile_coverage_pct");
        assertValueInText(article, "dvc.dossiers_online_pct", "45");
        String provincial = "BÁO CÀ MAU\nCà Mau hưởng ứng Ngày Chuyển đổi số quốc gia\n\nTỷ lệ hồ sơ trực tuyến đạt 45%.\n";
        assertValueInText(provincial, "dvc.dossiers_online_pct", "45");
    }

    @Test
    void dossiersSettledOnlineAreDossiersOnlineButNotOnTime() {
        assertValue("Tỷ lệ hồ sơ giải quyết trực tuyến đạt 100%.", "dvc.dossiers_online_pct", "100");
        assertValue("Tỷ lệ hồ sơ được giải quyết trực tuyến trên tổng số hồ sơ của huyện đạt 64,5%.", "dvc.dossiers_online_pct", "64.5");
        assertValue("Tỷ lệ hồ sơ giải quyết trực tuyến đạt 2382/2382 hồ sơ (đạt 100%).", "dvc.dossiers_online_pct", "100");
        assertNone("Có 92,1% hồ sơ thủ tục hành chính được giải quyết trực tuyến đúng và trước hạn.", "dvc.dossiers_online_pct");
    }

    @Test
    void aQuarterOrMonthOfTheYearBetweenPhraseAndFigureIsThePeriod() {
        String nineMonths = "UBND HUYỆN AN PHÚ\nBÁO CÁO kết quả chuyển đổi số 9 tháng năm 2023\n";
        assertValueInText(nineMonths + "Tổng số hồ sơ trực tuyến đến hết quý III/2023 là 12.000 hồ sơ.\n", "dvc.dossiers_online", "12000");
        assertValueInText(nineMonths + "Số hồ sơ trực tuyến tính đến quý 3/2023 là 8.100 hồ sơ.\n", "dvc.dossiers_online", "8100");
        assertValue("Tỷ lệ hồ sơ trực tuyến tháng 12/2023 đạt 45%.", "dvc.dossiers_online_pct", "45");
    }

    @Test
    void aFigureAfterAtLeastIsAThresholdNotAResult() {
        assertNone("Bộ phận một cửa phải tiếp nhận ít nhất 20% hồ sơ trực tuyến.", "dvc.dossiers_online_pct");
        assertValue("Bộ phận một cửa đã tiếp nhận 20% hồ sơ trực tuyến.", "dvc.dossiers_online_pct", "20");
    }

    @Test
    void dossiersProcessedOnlineAndResultsDigitisedAreNamedByTheirLabel() {
        assertValue("- Tỷ lệ hồ sơ TTHC được xử lý trực tuyến: 65%.", "dvc.dossiers_online_pct", "65");
        assertValue("- Tỷ lệ hồ sơ có kết quả được số hóa: 75%.", "dvc.result_digitization_pct", "75");
        assertNone("- Tỷ lệ hồ sơ có kết quả được số hóa: 75%.", "dvc.dossier_digitization_pct");
    }

    @Test
    void aSentenceThatGoesOnAboutAnotherCommuneStatesItsFigure() {
        assertNone("Huyện thí điểm mô hình xã thông minh tại xã Gia Phú. Sau hơn 1 năm triển khai, tỷ lệ hồ sơ trực tuyến đạt 93%.",
                "dvc.dossiers_online_pct");
        assertNone("Mô hình được triển khai đầu tiên tại xã Tân Lập. Đến nay, tỷ lệ hồ sơ trực tuyến đạt 88%.", "dvc.dossiers_online_pct");
        assertValue("Huyện đã triển khai nhiều mô hình. Đến nay, tỷ lệ hồ sơ trực tuyến đạt 93%.", "dvc.dossiers_online_pct", "93");
        assertValue("Mô hình được nhân rộng tại xã Gia Phú. Năm 2023, tỷ lệ hồ sơ trực tuyến của huyện đạt 70%.", "dvc.dossiers_online_pct", "70");
    }

    @Test
    void theUnitsOwnCommuneFollowedByAPersonsNameIsStillTheUnit() {
        assertValueInText("UBND XÃ BÁ THƯỚC\nBÁO CÁO kết quả chuyển đổi số năm 2025\nChủ tịch UBND xã Bá Thước Nguyễn Công Anh cho biết xã "
                + "đã đầu tư hạ tầng mạng. Đến nay, 100% văn bản được ký số.\n", "doc.signed_pct", "100");
    }

    @Test
    void withoutAPeriodTheLaterYearsFigureIsTheNews() {
        String article = "BÁO AN GIANG\nHuyện Phú Tân đẩy mạnh chuyển đổi số\n\nThời gian qua, huyện Phú Tân tập trung chỉ đạo chuyển đổi số.\n";
        assertValueInText(article + "Năm 2022, tỷ lệ hồ sơ trực tuyến của huyện đạt 40%. Năm 2023, tỷ lệ hồ sơ trực tuyến đạt 65%.\n",
                "dvc.dossiers_online_pct", "65");
        assertValueInText(article + "Năm 2024, tỷ lệ hồ sơ trực tuyến đạt 71%, năm 2023 là 65%.\n", "dvc.dossiers_online_pct", "71");
    }

    @Test
    void aSemicolonInsideBracketsDoesNotCutTheClauseFromItsSubject() {
        assertNoneInText(PROVINCE + "- Các sở, ban, ngành: 962 dịch vụ công trực tuyến (45 mức độ 3; 917 mức độ 4);\n", "dvc.online_full");
        assertValue("Huyện cung cấp 300 dịch vụ công trực tuyến (120 một phần; 180 toàn trình).", "dvc.online_full", "180");
        assertValue("Tỷ lệ hồ sơ trực tuyến đạt 45% (năm 2022 là 30%; tăng 15%); tỷ lệ văn bản được ký số đạt 98%.", "doc.signed_pct", "98");
    }

    @Test
    void aTextIsReadAsTheReportOfTheUnitTheCallerKnows() {
        ExtractionEngine engine = new ExtractionEngine(Catalog.fromClasspath());
        String text = "Trong thời gian qua, huyện đã tập trung chỉ đạo triển khai chuyển đổi số trên nhiều lĩnh vực và đạt được nhiều kết "
                + "quả quan trọng.\nTỷ lệ hồ sơ trực tuyến đạt 65%.\nTỷ lệ hồ sơ giải quyết đúng hạn của tỉnh đạt 97%.\n";
        ExtractionResult district = engine.extract(text, new KnownReport("UBND huyện An Phú", "DISTRICT"));
        assertEquals("UBND huyện An Phú", district.unitName());
        assertEquals(0, new BigDecimal("65").compareTo((BigDecimal) valueOf(district, "dvc.dossiers_online_pct")));
        assertNull(valueOf(district, "dvc.dossiers_on_time_pct"), "the province's share in a district's report");
        ExtractionResult province = engine.extract(text, new KnownReport("UBND tỉnh An Giang", "PROVINCE"));
        assertEquals(0, new BigDecimal("97").compareTo((BigDecimal) valueOf(province, "dvc.dossiers_on_time_pct")));
    }

    private static Object valueOf(ExtractionResult r, String element) {
        return r.values().stream().filter(p -> p.element().equals(element)).map(Proposal::value).findFirst().orElse(null);
    }
}
