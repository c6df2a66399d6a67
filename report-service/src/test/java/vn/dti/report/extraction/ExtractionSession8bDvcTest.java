package vn.dti.report.extraction;

import static vn.dti.report.extraction.DistrictReportSentences.assertNone;
import static vn.dti.report.extraction.DistrictReportSentences.assertValue;
import static vn.dti.report.extraction.DistrictReportSentences.assertValueInText;

import org.junit.jupiter.api.Test;

/**
 * Classes of dvc.* wording seen in the session-8 held-out part (n233–n304, now in dev) and in at least one other independent
 * source (docs/extraction.md "Session 8, round 2: dvc"), each checked with invented variants, not only the corpus sentence.
 * Sentences are read under a district report header for 2023 unless a province's header is written out.
 */
class ExtractionSession8bDvcTest {

    private static final String PROVINCE = "UBND TỈNH HẢI DƯƠNG\nBÁO CÁO kết quả chuyển đổi số năm 2023\n\n";

    @Test
    void proceduresActedUponAreNotTheUnitsProcedures() {
        assertNone("Năm 2023, UBND huyện phê duyệt phương án đơn giản hóa 45 thủ tục hành chính.", "dvc.procedures_total");
        assertNone("Năm 2023, huyện đã phê duyệt phương án đơn giản hóa 45 TTHC thuộc thẩm quyền giải quyết của UBND huyện.",
                "dvc.procedures_total");
        assertNone("Năm 2023, huyện đề nghị cắt giảm 12 thủ tục hành chính thuộc thẩm quyền giải quyết.", "dvc.procedures_total");
        assertNone("Năm 2023, huyện kiến nghị bãi bỏ 8 TTHC thuộc phạm vi quản lý.", "dvc.procedures_total");
        assertValue("Năm 2023, huyện có 256 TTHC thuộc thẩm quyền giải quyết.", "dvc.procedures_total", "256");
    }

    @Test
    void theProceduresAUnitProvidesAreItsProcedures() {
        assertValue("Năm 2023, huyện cung cấp 256 thủ tục hành chính trên Cổng dịch vụ công.", "dvc.procedures_total", "256");
        assertValueInText(PROVINCE + "Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh cung cấp 1.960 thủ tục hành chính; trong đó có"
                + " 335 dịch vụ công trực tuyến toàn trình.", "dvc.procedures_total", "1960");
        assertNone("Năm 2023, huyện đã cung cấp 120 thủ tục hành chính mức độ 3.", "dvc.procedures_total");
        assertNone("Năm 2023, huyện cung cấp 98 thủ tục trực tuyến toàn trình.", "dvc.procedures_total");
        assertNone("Năm 2023, huyện cung cấp 335 dịch vụ công trực tuyến.", "dvc.procedures_total");
    }

    @Test
    void anAverageCountReceivedIsARateNotTheDossiersReceived() {
        assertNone("Năm 2023, Bộ phận một cửa tiếp nhận trung bình 150 hồ sơ/ngày.", "dvc.dossiers_received");
        assertNone("Năm 2023, huyện tiếp nhận bình quân 1.200 hồ sơ mỗi tháng.", "dvc.dossiers_received");
        assertValue("Năm 2023, Bộ phận một cửa huyện tiếp nhận 12.860 hồ sơ, trung bình mỗi ngày 50 hồ sơ.", "dvc.dossiers_received", "12860");
    }

    @Test
    void aSatisfactionScoreConvertedToPercentIsNoSatisfactionRate() {
        assertNone("Năm 2023, huyện đạt 11,0/18 điểm mức độ hài lòng (tương đương 61,11%).", "dvc.satisfaction_pct");
        assertNone("Năm 2023, chỉ số hài lòng của huyện đạt 15,5 điểm, tương đương 86,1%.", "dvc.satisfaction_pct");
        assertNone("Năm 2023, tỉ lệ hài lòng với xử lý phản ánh, kiến nghị đạt 100%.", "dvc.satisfaction_pct");
        assertValue("Năm 2023, tỷ lệ hài lòng của người dân đạt 96,5%.", "dvc.satisfaction_pct", "96.5");
    }

    @Test
    void aServiceCountOfThePartialLevelIsNotFullOnline() {
        assertValue("Năm 2023, huyện duy trì 66 dịch vụ công trực tuyến (41 dịch vụ công trực tuyến đạt mức độ 4 và 25 dịch vụ công một phần).",
                "dvc.online_full", "41");
        assertNone("Năm 2023, huyện duy trì 25 dịch vụ công một phần), trong đó mở rộng dịch vụ công trực tuyến mức độ 4.", "dvc.online_full");
        assertValue("Năm 2023, huyện có 120 dịch vụ công trực tuyến toàn trình, 80 dịch vụ công trực tuyến một phần.", "dvc.online_full", "120");
    }

    @Test
    void aChangeBetweenTheShareAndItsLevelIsSkipped() {
        assertValue("Năm 2023, tỉ lệ hồ sơ trực tuyến toàn huyện tăng hơn 2,7 lần, đạt 93,18%.", "dvc.dossiers_online_pct", "93.18");
        assertValue("Năm 2023, tỷ lệ hồ sơ nộp trực tuyến tăng gấp 3 lần, đạt 64,5%.", "dvc.dossiers_online_pct", "64.5");
        assertValue("Năm 2023, tỷ lệ hồ sơ trực tuyến giảm 1,2 lần, đạt 40%.", "dvc.dossiers_online_pct", "40");
        assertNone("Năm 2023, tỷ lệ hồ sơ trực tuyến tăng 2,7 lần so với năm 2022.", "dvc.dossiers_online_pct");
    }

    @Test
    void aJointRateForDossiersAndResultsIsNeither() {
        assertNone("Năm 2023, tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính đạt 75,62%.", "dvc.dossier_digitization_pct");
        assertNone("Năm 2023, tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính đạt 75,62%.", "dvc.result_digitization_pct");
        assertValue("Năm 2023, tỷ lệ hồ sơ cấp kết quả điện tử đạt 77,94 %.", "dvc.result_digitization_pct", "77.94");
    }
    @Test
    void theLongSatisfactionWordingWithPairedNounsKeepsItsShare() {
        assertValue("Năm 2023, tỉ lệ hài lòng trong tiếp nhận, giải quyết thủ tục hành chính đạt 77,76%.", "dvc.satisfaction_pct", "77.76");
        assertValue("Năm 2023, tỉ lệ đánh giá sự hài lòng của cá nhân, tổ chức đối với sự phục vụ của cán bộ, công chức, viên chức và cơ quan"
                + " hành chính nhà nước đạt 100%.", "dvc.satisfaction_pct", "100");
        assertValue("Năm 2023, tỷ lệ hài lòng của người dân, doanh nghiệp khi giải quyết thủ tục tại Bộ phận một cửa đạt 98,2%.",
                "dvc.satisfaction_pct", "98.2");
        assertValue("Năm 2023, tỷ lệ hồ sơ tiếp nhận, giải quyết trực tuyến trên tổng số hồ sơ của huyện đạt 55%.", "dvc.dossiers_online_pct", "55");
        assertNone("Năm 2023, tỷ lệ hài lòng của huyện tăng, xếp thứ 3 toàn tỉnh với 90%.", "dvc.satisfaction_pct");
    }

    @Test
    void citizensFeedbackIsNoRecommendationOfThePlan() {
        assertValue("Năm 2023, tỉ lệ hài lòng với xử lý phản ánh, kiến nghị đạt 100%; tỉ lệ hài lòng trong tiếp nhận, giải quyết thủ tục hành"
                + " chính đạt 77,76%.", "dvc.satisfaction_pct", "77.76");
        assertValue("Năm 2023, huyện tiếp nhận 35 phản ánh, kiến nghị; tỷ lệ hồ sơ giải quyết đúng hạn đạt 99,1%.", "dvc.dossiers_on_time_pct", "99.1");
        assertNone("Kiến nghị tỉnh hỗ trợ để tỷ lệ hồ sơ trực tuyến đạt 80%.", "dvc.dossiers_online_pct");
    }
    @Test
    void aFractionKeepsItsUnitNounAcrossItsShareInParentheses() {
        assertValue("Năm 2023, huyện cung cấp 120/256 (46,9%) thủ tục hành chính trực tuyến toàn trình.", "dvc.online_full", "120");
        assertValue("Năm 2023, huyện cung cấp 120/256 (46,9%) thủ tục hành chính trực tuyến toàn trình.", "dvc.procedures_total", "256");
        assertValue("Năm 2023, huyện cung cấp 609/1.311 (100%) thủ tục hành chính đủ điều kiện lên dịch vụ công trực tuyến toàn trình.",
                "dvc.online_full", "609");
        assertValue("Năm 2023, huyện cung cấp 120/256 (đạt 46,9%) TTHC đủ điều kiện lên dịch vụ công trực tuyến toàn trình.",
                "dvc.procedures_total", "256");
    }

    @Test
    void servicesIntegratedOnTheNationalPortalAreAnIntegrationCount() {
        assertNone("Năm 2023, huyện cũng tích hợp 960/1.818 (đạt 52,8%) dịch vụ công mức độ 4 trên Cổng dịch vụ công quốc gia.", "dvc.online_full");
        assertNone("Năm 2023, huyện cũng tích hợp 960/1.818 (đạt 52,8%) dịch vụ công mức độ 4 trên Cổng dịch vụ công quốc gia.",
                "dvc.procedures_total");
        assertValue("Năm 2023, huyện có 305 dịch vụ công trực tuyến toàn trình.", "dvc.online_full", "305");
    }

    @Test
    void theDossiersThatAroseAreTheDossiersReceived() {
        assertValue("Năm 2023, huyện ghi nhận hơn 4.520 hồ sơ phát sinh. Trong đó trực tuyến 3.000 hồ sơ.", "dvc.dossiers_received", "4520");
        assertValue("Năm 2023, tổng số hồ sơ phát sinh trên hệ thống là 8.240 hồ sơ.", "dvc.dossiers_received", "8240");
        assertNone("Năm 2023, có 270 hồ sơ phát sinh thanh toán trực tuyến.", "dvc.dossiers_received");
        assertNone("Năm 2023, chỉ phát sinh 1 hồ sơ quá hạn.", "dvc.dossiers_received");
    }
}
