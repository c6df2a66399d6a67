package vn.dti.report.extraction;

import static vn.dti.report.extraction.DistrictReportSentences.assertNone;
import static vn.dti.report.extraction.DistrictReportSentences.assertNoneInText;
import static vn.dti.report.extraction.DistrictReportSentences.assertValue;
import static vn.dti.report.extraction.DistrictReportSentences.assertValueInText;

import org.junit.jupiter.api.Test;

/**
 * Session 8, second round, the doc, dir, hr and fin families: classes of wording seen in the session-8 held-out part
 * (n233–n304) and in other dev sources, each checked with invented variants.
 */
class ExtractionSession8bDocDirTest {

    private static final String PROVINCE = "UBND TỈNH AN GIANG\nBÁO CÁO kết quả chuyển đổi số năm 2023\n";

    private static String province(String body) {
        return PROVINCE + body + "\n";
    }

    @Test
    void theCommitteeAdvisingTheCommitteeOfTheUnitShowsItExists() {
        assertValueInText(province("Trong năm 2023, Ban Chỉ đạo chuyển đổi số (CĐS) tỉnh An Giang đã tham mưu xây dựng, trình các văn bản."),
                "dir.steering_committee", true);
        assertValue("Ban Chỉ đạo chuyển đổi số tham mưu UBND huyện chỉ đạo các phòng, ban triển khai.", "dir.steering_committee", true);
        assertValue("Phát huy vai trò của Ban chỉ đạo Chuyển đổi số của huyện trong công tác tham mưu.", "dir.steering_committee", true);
        assertValue("Ban Chỉ đạo về chuyển đổi số huyện thường xuyên tham mưu cho UBND huyện ban hành văn bản.",
                "dir.steering_committee", true);
    }

    @Test
    void anAgencyAdvisingTheProvincesCommitteeIsNotTheDistrictsCommittee() {
        assertNone("Sở Thông tin và Truyền thông tham mưu Ban Chỉ đạo chuyển đổi số tỉnh ban hành kế hoạch.", "dir.steering_committee");
    }

    @Test
    void moneySetAsideFromTheBudgetForDigitalTransformationIsTheBudget() {
        assertValue("Trong năm 2023, huyện dành 13 tỷ đồng từ ngân sách để thực hiện chuyển đổi số.", "fin.dx_budget", "13000000000");
        assertValueInText(province("Trong năm 2023, tỉnh dành hơn 134 tỷ đồng từ ngân sách thực hiện chuyển đổi số."),
                "fin.dx_budget", "134000000000");
        assertValueInText(province("Năm 2023, tỉnh đã dành khoảng 50 tỷ đồng cho chuyển đổi số."), "fin.dx_budget", "50000000000");
    }

    @Test
    void moneyForOtherProgrammesOrTheCountryOrAPlanIsNotTheBudget() {
        assertNoneInText(province("Tỉnh dành 300 tỷ đồng từ ngân sách thực hiện chương trình xây dựng nông thôn mới."), "fin.dx_budget");
        assertNoneInText(province("Cả nước dành 5.000 tỷ đồng cho chuyển đổi số."), "fin.dx_budget");
        assertNone("Kế hoạch năm 2024 dự kiến dành 5 tỷ đồng để thực hiện chuyển đổi số.", "fin.dx_budget");
    }

    @Test
    void targetsAssignedToTheUnitAreItsPlanTargets() {
        assertValue("Năm 2023, huyện được giao 17 chỉ tiêu, nhiệm vụ về chuyển đổi số.", "dir.plan_targets_total", "17");
        assertValueInText("SỞ XÂY DỰNG TỈNH AN GIANG\nBÁO CÁO kết quả chuyển đổi số năm 2024\nNăm 2024, Sở được giao 12 nhiệm vụ chuyển đổi số.\n",
                "dir.plan_targets_total", "12");
    }

    @Test
    void tasksOfTheResolution57ProgrammeAreNotTheDigitalTransformationPlansTargets() {
        assertNoneInText(province("Việc hoàn thành 16/16 nhiệm vụ giai đoạn cấp bách và 25/25 nhiệm vụ giai đoạn đột phá đã tạo nền tảng."),
                "dir.plan_targets_met");
        assertNoneInText(province("Tỉnh đã hoàn thành 20/22 nhiệm vụ theo Kế hoạch thực hiện Nghị quyết 57 của Bộ Chính trị."),
                "dir.plan_targets_met");
        assertNoneInText(province("Tỉnh đã hoàn thành 20/22 nhiệm vụ theo Kế hoạch thực hiện Nghị quyết 57 của Bộ Chính trị."),
                "dir.plan_targets_total");
        // the unit's own plan keeps its targets
        assertValueInText(province("Năm 2023, tỉnh hoàn thành 20/22 chỉ tiêu của Kế hoạch chuyển đổi số."), "dir.plan_targets_met", "20");
    }
}
