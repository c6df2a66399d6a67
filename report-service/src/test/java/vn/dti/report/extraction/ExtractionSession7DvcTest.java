package vn.dti.report.extraction;

import static vn.dti.report.extraction.DistrictReportSentences.assertNone;
import static vn.dti.report.extraction.DistrictReportSentences.assertValue;
import static vn.dti.report.extraction.DistrictReportSentences.assertValueInText;

import org.junit.jupiter.api.Test;

/**
 * Classes of dvc.* wording that recur across independent dev sources (session 7, docs/extraction.md "Session 7: dvc family"),
 * each checked with invented variants, not only the corpus sentence. Each sentence is read under a district report header for 2023.
 */
class ExtractionSession7DvcTest {

    @Test
    void aFractionOfDossiersArisingOrHandledOnlineGivesTheCountTheWholeAndTheShare() {
        String arising = "Trong năm 2023, số hồ sơ phát sinh trực tuyến toàn huyện là 4.613/13.403 hồ sơ, đạt tỷ lệ 34,4%.";
        assertValue(arising, "dvc.dossiers_online", "4613");
        assertValue(arising, "dvc.dossiers_received", "13403");
        assertValue(arising, "dvc.dossiers_online_pct", "34.4");
        String handled = "Năm 2023, tỷ lệ hồ sơ TTHC xử lý trực tuyến là 9.475/15.684 hồ sơ, đạt 60,41%.";
        assertValue(handled, "dvc.dossiers_online", "9475");
        assertValue(handled, "dvc.dossiers_received", "15684");
        assertValue(handled, "dvc.dossiers_online_pct", "60.41");
        assertValue("Năm 2023, số hồ sơ được xử lý trực tuyến là 2.350 hồ sơ.", "dvc.dossiers_online", "2350");
        assertValue("Hồ sơ phát sinh trực tuyến năm 2023: 1.245 hồ sơ, chiếm 41,2% tổng số hồ sơ.", "dvc.dossiers_online_pct", "41.2");
    }

    @Test
    void theProceduresAUnitPostsPubliclyAreItsProcedures() {
        assertValue("Năm 2023, UBND huyện niêm yết công khai 312 thủ tục hành chính tại Bộ phận một cửa.", "dvc.procedures_total", "312");
        assertValue("Bộ phận một cửa huyện đang niêm yết 305 TTHC, trong đó 120 TTHC trực tuyến toàn trình.", "dvc.procedures_total", "305");
        assertValue("Trong 9 tháng, huyện niêm yết, công khai 298 thủ tục và cung cấp 310 dịch vụ công trực tuyến.", "dvc.procedures_total", "298");
        assertNone("Huyện niêm yết công khai số điện thoại đường dây nóng tại 5 quầy tiếp nhận.", "dvc.procedures_total");
        assertNone("Năm 2023, huyện đã niêm yết công khai 100% thủ tục hành chính.", "dvc.procedures_total");
        assertNone("Huyện niêm yết công khai 95 TTHC trực tuyến một phần.", "dvc.procedures_total");
        assertValue("Năm 2023, tổng số thủ tục của huyện là 298 thủ tục.", "dvc.procedures_total", "298");
        assertNone("Năm 2023, tổng số thủ tục trực tuyến toàn trình của huyện là 120 thủ tục.", "dvc.procedures_total");
    }

    @Test
    void theDossiersOfOneNamedProcedureAreNotAllDossiersReceived() {
        assertNone("Năm 2023, huyện tiếp nhận 1.368 hồ sơ cấp phiếu lý lịch tư pháp qua dịch vụ công trực tuyến.", "dvc.dossiers_received");
        assertNone("Năm 2023, UBND huyện đã tiếp nhận 2.140 hồ sơ yêu cầu chứng thực bản sao điện tử.", "dvc.dossiers_received");
        assertNone("Năm 2023, huyện tiếp nhận 3.020 hồ sơ chứng thực điện tử.", "dvc.dossiers_received");
        assertValue("Năm 2023, huyện tiếp nhận 12.500 hồ sơ thủ tục hành chính.", "dvc.dossiers_received", "12500");
        assertValue("Năm 2023, huyện tiếp nhận 6.438 hồ sơ TTHC trên 06 lĩnh vực: lý lịch tư pháp, hộ tịch, chứng thực.",
                "dvc.dossiers_received", "6438");
    }

    @Test
    void digitisingARegistersDataOrDossiersAndResultsTogetherIsNotDigitisingDossiers() {
        assertNone("Năm 2023, huyện đã thực hiện số hóa dữ liệu hộ tịch đạt 100%.", "dvc.dossier_digitization_pct");
        assertNone("Đến nay, huyện đã số hóa dữ liệu đất đai đạt 92%.", "dvc.dossier_digitization_pct");
        assertValue("Năm 2023, tỷ lệ số hóa hồ sơ đạt 85%.", "dvc.dossier_digitization_pct", "85");
        assertValue("Năm 2023, huyện thực hiện số hóa hồ sơ thủ tục hành chính đạt 91,5%.", "dvc.dossier_digitization_pct", "91.5");
        assertNone("Năm 2023, tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC đạt 78%.", "dvc.dossier_digitization_pct");
        assertNone("Năm 2023, tỷ lệ số hóa thành phần hồ sơ và kết quả giải quyết TTHC đạt 64%.", "dvc.dossier_digitization_pct");
        assertValue("Năm 2023, tỷ lệ số hóa hồ sơ đạt 85%, số hóa kết quả giải quyết đạt 60%.", "dvc.dossier_digitization_pct", "85");
        assertValue("Năm 2023, tỷ lệ số hóa hồ sơ TTHC đạt 92,5% (kết quả thực hiện vượt kế hoạch).", "dvc.dossier_digitization_pct", "92.5");
        assertNone("Năm 2023, tỷ lệ số hóa hồ sơ, giấy tờ, kết quả giải quyết TTHC đạt 71%.", "dvc.dossier_digitization_pct");
        assertValue("Tỉ lệ số hóa hồ sơ đầu vào và số hóa đầu ra (kết quả giải quyết) năm 2023 đạt 100%.", "dvc.dossier_digitization_pct", "100");
    }

    @Test
    void theOneStopDeskIsANameNotTheNumberOne() {
        assertValue("Năm 2023, huyện tiếp nhận qua hệ thống một cửa điện tử 1.916 hồ sơ.", "dvc.dossiers_received", "1916");
        assertValue("Năm 2023, số hồ sơ tiếp nhận tại Bộ phận Một cửa huyện là 2.450 hồ sơ.", "dvc.dossiers_received", "2450");
        assertValue("Năm 2023, tại Bộ phận một cửa, huyện tiếp nhận 3.105 hồ sơ.", "dvc.dossiers_received", "3105");
    }

    @Test
    void aShareAloneInTheParenthesisAfterACountIsItsShare() {
        assertValue("Năm 2023, huyện tiếp nhận trực tuyến 5.060 hồ sơ (78%), tiếp nhận trực tiếp 1.411 hồ sơ (21%).",
                "dvc.dossiers_online_pct", "78");
        assertValue("Năm 2023, hồ sơ nộp trực tuyến là 2.310 hồ sơ (64,5%); nộp trực tiếp 1.270 hồ sơ (35,5%).", "dvc.dossiers_online_pct",
                "64.5");
        assertNone("Năm 2023, huyện tiếp nhận trực tiếp 1.411 hồ sơ (21%).", "dvc.dossiers_online_pct");
        assertValue("Năm 2023, huyện tiếp nhận trực tuyến 5.060 hồ sơ (78%).", "dvc.dossiers_online", "5060");
    }

    @Test
    void levelsThreeAndFourTogetherAreNotThePartialServices() {
        assertNone("Huyện cung cấp 230 dịch vụ công trực tuyến mức độ 3, 4.", "dvc.online_partial");
        assertNone("Huyện có 85 dịch vụ công trực tuyến mức độ 3 và 4 trên Cổng dịch vụ công.", "dvc.online_partial");
        assertNone("Huyện có 85 thủ tục cung cấp trực tuyến mức độ 3-4.", "dvc.online_partial");
        assertNone("Tổng số hồ sơ trực tuyến (mức độ 3, 4) giải quyết năm 2023 là 176 (chiếm 9,18%).", "dvc.online_partial");
        assertValue("Huyện cung cấp 97 dịch vụ công trực tuyến mức độ 3.", "dvc.online_partial", "97");
        String both = "Huyện tiếp nhận hồ sơ đối với 360 TTHC thực hiện dịch vụ công trực tuyến mức độ 3 và 473 TTHC thực hiện dịch vụ công trực tuyến mức độ 4.";
        assertValue(both, "dvc.online_partial", "360");
        assertValue(both, "dvc.online_full", "473");
    }

    @Test
    void banksThatTakePaymentsAreNoPayments() {
        assertNone("Năm 2023, huyện triển khai dịch vụ thanh toán trực tuyến đối với 12 ngân hàng trên phần mềm thu phí.", "dvc.online_payments");
        assertValue("Năm 2023, huyện thanh toán trực tuyến với 845 giao dịch qua 6 ngân hàng.", "dvc.online_payments", "845");
        assertValue("Năm 2023, huyện có 1.250 giao dịch thanh toán trực tuyến.", "dvc.online_payments", "1250");
    }

    @Test
    void theDistrictTiersPartOfTheTerritorysTotalIsTheDistrictsOwn() {
        assertValue("Năm 2023, toàn huyện tiếp nhận 41.484 hồ sơ (trong đó cấp huyện là 12.932 hồ sơ, cấp xã là 28.552 hồ sơ).",
                "dvc.dossiers_received", "12932");
        assertValue("Toàn huyện hiện nay có 484 TTHC, trong đó có 323 TTHC cấp huyện và 161 TTHC cấp xã.", "dvc.procedures_total", "323");
        assertValue("Năm 2023, toàn huyện tiếp nhận hơn 37 nghìn hồ sơ. Trong đó cấp huyện hơn 16 nghìn hồ sơ.", "dvc.dossiers_received", "16000");
        assertValue("Tổng số hồ sơ toàn huyện tiếp nhận năm 2023 là 52.300 hồ sơ, trong đó thuộc thẩm quyền cấp huyện là 4.120 hồ sơ.",
                "dvc.dossiers_received", "4120");
        assertValue("Năm 2023, toàn huyện tiếp nhận 20.500 hồ sơ, trong đó cấp xã 14.200 hồ sơ.", "dvc.dossiers_received", "20500");
        assertValue("Năm 2023, tỷ lệ hồ sơ giải quyết đúng hạn toàn huyện đạt 99,5%, trong đó cấp huyện đạt 98%.", "dvc.dossiers_on_time_pct",
                "99.5");
        assertValueInText("UBND TỈNH AN GIANG\nBÁO CÁO kết quả chuyển đổi số năm 2023\n"
                + "Năm 2023, toàn tỉnh tiếp nhận 500.000 hồ sơ, trong đó cấp huyện là 120.000 hồ sơ.\n", "dvc.dossiers_received", "500000");
    }

    @Test
    void aSentenceThatOpensWithItsTopicIsAboutThatTopic() {
        assertNone("Về chứng thực bản sao điện tử năm 2023, huyện thuộc tốp 10 với tổng số hồ sơ 17.921.", "dvc.dossiers_received");
        assertNone("Về chứng thực điện tử (tính đến ngày 30/11/2023), huyện đứng thứ 3 với tổng số hồ sơ 2.450.", "dvc.dossiers_received");
        assertNone("Về hồ sơ trực tuyến, huyện tiếp nhận 581 hồ sơ.", "dvc.dossiers_received");
        assertValue("Về hồ sơ trực tuyến, huyện tiếp nhận 581 hồ sơ.", "dvc.dossiers_online", "581");
        assertValue("Về cải cách hành chính, năm 2023 huyện tiếp nhận 12.400 hồ sơ.", "dvc.dossiers_received", "12400");
        assertValue("Về cải cách hành chính, năm 2023 tổng số hồ sơ tiếp nhận là 9.870 hồ sơ.", "dvc.dossiers_received", "9870");
    }

    @Test
    void theDeskWhereDossiersAreReceivedIsOneStepOfTheGap() {
        assertValue("Năm 2023, tổng số hồ sơ huyện tiếp nhận tại Trung tâm Phục vụ hành chính công tỉnh là 1.916 hồ sơ.", "dvc.dossiers_received",
                "1916");
        assertValue("Năm 2023, số hồ sơ tiếp nhận tại Bộ phận Tiếp nhận và Trả kết quả huyện là 12.500 hồ sơ.", "dvc.dossiers_received", "12500");
        assertValue("Năm 2023, số hồ sơ tiếp nhận qua Bộ phận một cửa của UBND huyện đạt 8.420 hồ sơ.", "dvc.dossiers_received", "8420");
        assertValue("Năm 2023, số hồ sơ tiếp nhận trực tuyến tại Bộ phận Tiếp nhận và Trả kết quả huyện là 3.100 hồ sơ.", "dvc.dossiers_online",
                "3100");
        assertNone("Năm 2023, số hồ sơ tiếp nhận trực tuyến tại Bộ phận Tiếp nhận và Trả kết quả huyện là 3.100 hồ sơ.", "dvc.dossiers_received");
        assertNone("Năm 2023, số hồ sơ tiếp nhận tại Trung tâm hành chính công các xã là 9.000 hồ sơ.", "dvc.dossiers_received");
    }
}
