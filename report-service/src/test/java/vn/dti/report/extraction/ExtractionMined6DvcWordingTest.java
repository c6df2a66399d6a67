package vn.dti.report.extraction;

import static vn.dti.report.extraction.DistrictReportSentences.assertNone;
import static vn.dti.report.extraction.DistrictReportSentences.assertValue;

import org.junit.jupiter.api.Test;

/**
 * Classes of dvc.* wording found in the session-6 mined phrasings (corpus/phrasings-dvc-6.tsv), each checked with
 * invented variants, not only the mined sentence. Each sentence is read under a district report header for 2023.
 */
class ExtractionMined6DvcWordingTest {

    @Test
    void servicesProposedForUpgradeAreNotServicesOffered() {
        assertNone("Văn phòng UBND huyện đã đề xuất nâng cấp bổ sung 19 dịch vụ công trực tuyến toàn trình.", "dvc.online_full");
        assertNone("Văn phòng đề xuất tái cấu trúc, bổ sung 19 dịch vụ công trực tuyến toàn trình, 12 dịch vụ công trực tuyến một phần.",
                "dvc.online_partial");
        assertNone("UBND huyện kiến nghị nâng cấp 8 thủ tục lên dịch vụ công trực tuyến toàn trình.", "dvc.online_full");
        assertValue("Huyện đã cung cấp 19 dịch vụ công trực tuyến toàn trình và 12 dịch vụ công trực tuyến một phần.", "dvc.online_full", "19");
        assertValue("Huyện đã cung cấp 19 dịch vụ công trực tuyến toàn trình và 12 dịch vụ công trực tuyến một phần.", "dvc.online_partial", "12");
    }

    @Test
    void theSatisfactionIndexNamedByItsAcronym() {
        assertValue("Chỉ số SIPAS năm 2023 của huyện đạt 86,2%.", "dvc.satisfaction_pct", "86.2");
        assertValue("Kết quả đo lường SIPAS của huyện đạt 91,05%, xếp thứ 3/11 huyện.", "dvc.satisfaction_pct", "91.05");
        assertValue("Chỉ số SIPAS cũng tiếp tục tăng so với năm trước, đạt 83,45%.", "dvc.satisfaction_pct", "83.45");
        assertNone("Chỉ số SIPAS của huyện tăng 2,4% so với năm 2022.", "dvc.satisfaction_pct");
    }

    @Test
    void theProceduresAUnitCurrentlyProvides() {
        assertValue("UBND huyện hiện cung cấp 412 TTHC trên Cổng dịch vụ công.", "dvc.procedures_total", "412");
        assertValue("Hiện nay, huyện đang cung cấp 350 thủ tục hành chính, trong đó 130 thủ tục trực tuyến toàn trình.",
                "dvc.procedures_total", "350");
        assertValue("Huyện hiện cung cấp 95 TTHC trực tuyến một phần.", "dvc.online_partial", "95");
        assertNone("Huyện hiện cung cấp 95 TTHC trực tuyến một phần.", "dvc.procedures_total");
        assertNone("Tỉnh hiện cung cấp 1.850 TTHC trên Cổng dịch vụ công của tỉnh.", "dvc.procedures_total");
    }

    @Test
    void theOnTimeShareOfOneFieldIsAPart() {
        assertNone("Trong đó tỷ lệ giải quyết đúng hạn lĩnh vực đất đai đạt 99,27%.", "dvc.dossiers_on_time_pct");
        assertNone("Tỷ lệ hồ sơ giải quyết đúng hạn của lĩnh vực hộ tịch đạt 100%.", "dvc.dossiers_on_time_pct");
        assertNone("Tỷ lệ hồ sơ giải quyết trước hạn và đúng hạn trong lĩnh vực đất đai chỉ đạt 92,4%.", "dvc.dossiers_on_time_pct");
        assertValue("Tỷ lệ giải quyết hồ sơ đúng hạn của các lĩnh vực đạt 99,2%.", "dvc.dossiers_on_time_pct", "99.2");
        assertValue("Huyện tiếp nhận 12.500 hồ sơ thuộc 15 lĩnh vực, tỷ lệ giải quyết đúng hạn đạt 99,1%.", "dvc.dossiers_on_time_pct", "99.1");
    }

    @Test
    void aRequiredLevelIsATarget() {
        assertNone("Trong đó đối với tỷ lệ thanh toán trực tuyến yêu cầu đạt 45%.", "dvc.online_payment_pct");
        assertNone("Tỷ lệ hồ sơ trực tuyến của huyện yêu cầu đạt 60%.", "dvc.dossiers_online_pct");
        assertValue("Năm 2023, tỷ lệ hồ sơ trực tuyến đạt 62,5%, đáp ứng yêu cầu.", "dvc.dossiers_online_pct", "62.5");
        assertValue("Tỷ lệ giải quyết hồ sơ đúng hạn đạt 99,5%, đạt yêu cầu đề ra.", "dvc.dossiers_on_time_pct", "99.5");
    }

    @Test
    void dossiersReceivedAndHandledThroughTheCentreAreTheDossiersReceived() {
        assertValue("Tổng số hồ sơ được tiếp nhận và giải quyết qua trung tâm là 172.440 hồ sơ.", "dvc.dossiers_received", "172440");
        assertValue("Năm 2023, Bộ phận Một cửa huyện đã tiếp nhận, giải quyết tại bộ phận 8.245 hồ sơ.", "dvc.dossiers_received", "8245");
        assertNone("Huyện đã giải quyết 12.000 hồ sơ, đạt 98%.", "dvc.dossiers_received");
        assertNone("Tổng số hồ sơ tiếp nhận và giải quyết trực tuyến là 5.200 hồ sơ.", "dvc.dossiers_received");
    }
}
