package vn.dti.report.extraction;

import static vn.dti.report.extraction.DistrictReportSentences.assertNone;
import static vn.dti.report.extraction.DistrictReportSentences.assertNoneInText;
import static vn.dti.report.extraction.DistrictReportSentences.assertValue;
import static vn.dti.report.extraction.DistrictReportSentences.extract;

import org.junit.jupiter.api.Test;

/**
 * Wrong values in real news items (docs/extraction.md "Session 13: wrong values in news items"): the share of late dossiers next
 * to the on-time wording, counts of invoices, targets of the administrative-reform plan, and a paragraph that gives a figure tier
 * by tier in an item whose unit is not stated. Invented wording.
 */
class ExtractionNewsItemPrecisionTest {

    @Test
    void aShareOfLateDossiersIsNotTheOnTimeShare() {
        assertNone("Năm 2023, số hồ sơ giải quyết đúng và trước hạn tiếp tục tăng, hồ sơ chậm hạn giảm mạnh, chỉ còn 2,4%.",
                "dvc.dossiers_on_time_pct");
        assertNone("Kết quả giải quyết đúng hạn được cải thiện, tỷ lệ hồ sơ chậm hẹn của huyện còn 1,7%.", "dvc.dossiers_on_time_pct");
        assertValue("Năm 2023, tỷ lệ hồ sơ giải quyết đúng và trước hạn đạt 97,6%.", "dvc.dossiers_on_time_pct", "97.6");
    }

    @Test
    void aCountOfInvoicesIsNoCountOfDossiers() {
        assertNone("Năm 2023, hệ thống của chi cục thuế tiếp nhận và xử lý 84.300 hóa đơn điện tử của hộ kinh doanh trên địa bàn.",
                "dvc.dossiers_received");
        assertValue("Năm 2023, bộ phận một cửa của huyện tiếp nhận và xử lý 8.430 hồ sơ thủ tục hành chính.", "dvc.dossiers_received", "8430");
    }

    @Test
    void targetsOfTheAdministrativeReformPlanWrittenCchcAreNotDigitalTransformationTargets() {
        String text = "Năm 2023, huyện hoàn thành 42/42 nhiệm vụ và 12/12 chỉ tiêu CCHC đề ra.";
        assertNone(text, "dir.plan_targets_met");
        assertNone(text, "dir.plan_targets_total");
        assertValue("Năm 2023, huyện hoàn thành 17/19 chỉ tiêu của Kế hoạch chuyển đổi số năm 2023.", "dir.plan_targets_met", "17");
    }

    /** A news item whose headline names the province's agencies, so that it states no unit of its own. */
    private static final String UNHEADED_ITEM = "BÁO KON TUM – Bạn đọc\nTỉ lệ hồ sơ do các sở, ngành tiếp nhận được giải quyết đúng hạn "
            + "đạt 99,2%\nTháng 7/2024\nKỳ: 6 tháng đầu năm 2024\n\nTỉnh Kon Tum thời gian qua đã đăng tải công khai kịp thời các thủ tục "
            + "hành chính trên Cơ sở dữ liệu quốc gia.\n\n";

    @Test
    void aParagraphSplitTierByTierGivesTheLowerTiersParts() {
        String text = UNHEADED_ITEM + "Theo đó, 6 tháng đầu năm 2024, tỉ lệ hồ sơ do các sở, ban, ngành tiếp nhận được giải quyết đúng hạn "
                + "đạt 99,2%. Tỉ lệ hồ sơ do UBND cấp huyện tiếp nhận được giải quyết đúng hạn đạt 97,4%; tổng số hồ sơ đã giải quyết là "
                + "21.300 hồ sơ. Tỉ lệ hồ sơ do UBND cấp xã tiếp nhận được giải quyết đúng hạn đạt 98,6%.\n";
        extract(text).values().stream().filter(p -> p.element().equals("dvc.dossiers_on_time_pct")).forEach(p -> {
            if (!p.quote().contains("99,2")) {
                throw new AssertionError("a lower tier's share was proposed: " + p.quote());
            }
        });
    }

    @Test
    void aLowerTiersSentenceIsReadWhenItsParagraphIsNoSplit() {
        // near miss: the paragraph names one tier only, so nothing says the figure is a part of a split
        String text = UNHEADED_ITEM + "Tỉ lệ hồ sơ do UBND cấp huyện tiếp nhận được giải quyết đúng hạn đạt 97,4%; trong đó tổng số hồ sơ "
                + "đã giải quyết xong là 21.300 hồ sơ.\n";
        DistrictReportSentences.assertValueInText(text, "dvc.dossiers_on_time_pct", "97.4");
    }

    @Test
    void levelFourNamedTogetherWithLevelThreeIsNotTheFullOnlineServices() {
        assertNone("Năm 2023, số dịch vụ công trực tuyến mức độ 3, mức độ 4 là 187 dịch vụ (chiếm 58%).", "dvc.online_full");
        assertNone("Năm 2023, số dịch vụ công trực tuyến mức độ 3 và mức độ 4 là 187 dịch vụ.", "dvc.online_full");
        assertValue("Năm 2023, số dịch vụ công trực tuyến mức độ 4 là 96 dịch vụ.", "dvc.online_full", "96");
    }

    @Test
    void theGrassrootsTierCoSoIsNoDepartment() {
        assertNone("Về nhân lực, cán bộ chuyên trách của huyện là 30 người, trong đó cấp huyện 8 người; cấp cơ sở có 22 người.",
                "infra.staff_total");
        DistrictReportSentences.assertValueInText("SỞ TƯ PHÁP TỈNH KON TUM\nBÁO CÁO kết quả chuyển đổi số năm 2023\n"
                + "Năm 2023, Sở có 64 người, gồm công chức và người lao động.\n", "infra.staff_total", "64");
    }

    private static final String MASTHEAD_WITH_ADDRESS = "BÁO ĐỒNG NAM BỘ (dongnambo.vn) – Chuyên mục Chuyển đổi số\n"
            + "Huyện An Phú đẩy mạnh chuyển đổi số\nNgày 12/11/2024\n\n";

    @Test
    void aMastheadWithTheSitesAddressIsNoFactOfTheUnit() {
        DistrictReportSentences.assertNoneInText(MASTHEAD_WITH_ADDRESS
                + "Năm 2024, huyện An Phú tiếp tục triển khai các nhiệm vụ chuyển đổi số trên địa bàn.\n", "dir.dx_portal_section");
        // near miss: the body says the unit keeps its own section
        DistrictReportSentences.assertValueInText(MASTHEAD_WITH_ADDRESS
                + "Năm 2024, huyện An Phú duy trì chuyên mục chuyển đổi số trên Cổng thông tin điện tử của huyện.\n", "dir.dx_portal_section", true);
    }
}
