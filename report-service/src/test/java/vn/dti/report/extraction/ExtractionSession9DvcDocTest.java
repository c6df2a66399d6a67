package vn.dti.report.extraction;

import static vn.dti.report.extraction.DistrictReportSentences.assertNone;
import static vn.dti.report.extraction.DistrictReportSentences.assertNoneInText;
import static vn.dti.report.extraction.DistrictReportSentences.assertValue;
import static vn.dti.report.extraction.DistrictReportSentences.assertValueInText;

import org.junit.jupiter.api.Test;

/**
 * Classes of dvc.* and doc.* wording and of plan or target frames seen in several independent dev sources (docs/extraction.md
 * "Session 9: dvc and doc families"), each checked with invented variants, not only the corpus sentence. Sentences are read under
 * a district report header for 2023.
 */
class ExtractionSession9DvcDocTest {

    @Test
    void targetsSetByAPastActStayTargetsOverTheWholeList() {
        String set = "Năm 2023, Sở đã xây dựng kế hoạch và đặt mục tiêu cụ thể: 90% dịch vụ công trực tuyến phát sinh hồ sơ; 70% hồ sơ thủ tục"
                + " hành chính được xử lý trực tuyến; 88% hồ sơ công việc được xử lý trên môi trường mạng.";
        assertNone(set, "dvc.dossiers_online_pct");
        assertNone(set, "doc.electronic_pct");
        assertNone("Năm 2023, Sở đã đặt ra mục tiêu: 100% hồ sơ, kết quả giải quyết thủ tục hành chính được số hóa; 88% hồ sơ công việc được xử lý"
                + " trên môi trường mạng.", "doc.electronic_pct");
        assertNone("Năm 2023, huyện đã đề ra các chỉ tiêu: tỷ lệ hồ sơ trực tuyến đạt 60%; tỷ lệ hồ sơ giải quyết đúng hạn đạt 98%.",
                "dvc.dossiers_on_time_pct");
        assertNone("Năm 2023, UBND huyện đã xác định một số mục tiêu: 85% văn bản đi được ký số; 95% văn bản được xử lý trên môi trường mạng.",
                "doc.electronic_pct");
    }

    @Test
    void targetsNamedAsMetOrCarriedOutStillIntroduceResults() {
        assertValue("Năm 2023, huyện đã hoàn thành các chỉ tiêu đề ra: tỷ lệ hồ sơ trực tuyến đạt 60%; tỷ lệ hồ sơ giải quyết đúng hạn đạt 98%.",
                "dvc.dossiers_on_time_pct", "98");
        assertValue("Năm 2023, huyện đã thực hiện 42/43 nhiệm vụ đề ra theo kế hoạch; tỷ lệ hồ sơ giải quyết đúng hạn đạt 98,5%.",
                "dvc.dossiers_on_time_pct", "98.5");
        assertValue("Năm 2023, huyện đề ra mục tiêu số hóa; kết quả: 95% văn bản được xử lý trên môi trường mạng.", "doc.electronic_pct", "95");
        assertValue("Năm 2023, huyện đã ban hành kế hoạch chuyển đổi số; tỷ lệ văn bản được xử lý trên môi trường mạng đạt 97%.",
                "doc.electronic_pct", "97");
    }

    @Test
    void aSubheadingThatRepeatsATargetIsATarget() {
        assertNone("100% hồ sơ được số hóa\nNăm 2023, Sở đã xây dựng kế hoạch và đặt mục tiêu cụ thể: 70% hồ sơ được xử lý trực tuyến;"
                + " 100% hồ sơ, kết quả giải quyết thủ tục hành chính được số hóa.", "dvc.dossier_digitization_pct");
        assertNone("80% hồ sơ được tiếp nhận trực tuyến\nHuyện phấn đấu năm 2024 có 80% hồ sơ được tiếp nhận trực tuyến.",
                "dvc.dossiers_online_pct");
        assertValue("100% hồ sơ được số hóa\nNăm 2023, 100% hồ sơ tiếp nhận tại Bộ phận một cửa huyện được số hóa; huyện phấn đấu năm 2024"
                + " có 80% hồ sơ được tiếp nhận trực tuyến.", "dvc.dossier_digitization_pct", "100");
        assertValue("Tỷ lệ hồ sơ trực tuyến đạt 80%\nNăm 2023, tỷ lệ hồ sơ trực tuyến của huyện đạt 80%; năm 2024 phấn đấu đạt 90%.",
                "dvc.dossiers_online_pct", "80");
    }

    @Test
    void aCountReceivedPerDayOrMonthIsARateNotTheDossiersReceived() {
        assertNone("Theo công chức Bộ phận một cửa, trung bình mỗi ngày tiếp nhận khoảng 70 hồ sơ.", "dvc.dossiers_received");
        assertNone("Năm 2023, bình quân mỗi ngày tiếp nhận 60 hồ sơ.", "dvc.dossiers_received");
        assertNone("Năm 2023, Bộ phận một cửa tiếp nhận 60 hồ sơ mỗi ngày.", "dvc.dossiers_received");
        assertNone("Năm 2023, huyện tiếp nhận khoảng 1.500 hồ sơ/tháng.", "dvc.dossiers_received");
        assertNone("Năm 2023, hằng ngày tiếp nhận 45 hồ sơ thủ tục hành chính.", "dvc.dossiers_received");
        assertValue("Năm 2023, Bộ phận một cửa huyện tiếp nhận 12.860 hồ sơ, trung bình mỗi ngày 50 hồ sơ.", "dvc.dossiers_received", "12860");
        assertValue("Năm 2023, huyện tiếp nhận 9.415 hồ sơ thủ tục hành chính.", "dvc.dossiers_received", "9415");
    }

    @Test
    void aListUnderALineThatSetsTargetsHoldsTargets() {
        assertNone("Chỉ tiêu năm 2023:\n- Tỷ lệ hồ sơ trực tuyến đạt 80%;\n- 95% văn bản được xử lý trên môi trường mạng.", "dvc.dossiers_online_pct");
        assertNone("Chỉ tiêu năm 2023:\n- Tỷ lệ hồ sơ trực tuyến đạt 80%;\n- 95% văn bản được xử lý trên môi trường mạng.", "doc.electronic_pct");
        assertNone("Huyện phấn đấu đến hết năm 2023:\n- Tỷ lệ hồ sơ trực tuyến đạt 80%;\n\n- 95% văn bản được xử lý trên môi trường mạng.",
                "doc.electronic_pct");
        assertNone("Huyện đặt mục tiêu trong năm 2023:\n+ 90% hồ sơ được giải quyết trực tuyến;\n+ 100% văn bản đi được ký số.", "doc.signed_pct");
        assertNone("Năm 2023 huyện xác định các chỉ tiêu sau:\na) Tỷ lệ hồ sơ giải quyết đúng hạn đạt 98%.\nb) Tỷ lệ văn bản đi được ký số đạt 95%.",
                "doc.signed_pct");
        assertNone("Năm 2023 huyện xác định các chỉ tiêu sau:\na) Tỷ lệ hồ sơ giải quyết đúng hạn đạt 98%.\nb) Tỷ lệ văn bản đi được ký số đạt 95%.",
                "dvc.dossiers_on_time_pct");
    }

    @Test
    void aListUnderALineOfResultsKeepsItsValues() {
        String items = "\n- Tỷ lệ hồ sơ giải quyết đúng hạn đạt 98,5%;\n- Tỷ lệ văn bản đi được ký số đạt 96%.";
        assertValue("Thực hiện mục tiêu của Kế hoạch năm 2023, kết quả đạt được như sau:" + items, "doc.signed_pct", "96");
        assertValue("Năm 2023, huyện đã hoàn thành các mục tiêu đề ra:" + items, "dvc.dossiers_on_time_pct", "98.5");
        assertValue("Qua rà soát, Kế hoạch năm 2023 có 22 chỉ tiêu. Đến nay: 16 chỉ tiêu đạt, 06 chỉ tiêu chưa đạt:" + items, "doc.signed_pct", "96");
        assertValue("Kế hoạch chuyển đổi số năm 2023 đặt ra 24 mục tiêu, trong đó:" + items, "dvc.dossiers_on_time_pct", "98.5");
        assertValue("Năm 2023, huyện triển khai các nội dung sau:" + items, "doc.signed_pct", "96");
    }

    @Test
    void aHeadingThatNamesTheTargetsOpensTargets() {
        assertNone("2. Mục tiêu cụ thể\n- Tỷ lệ hồ sơ trực tuyến đạt 80%.\n- 100% văn bản đi được ký số.", "dvc.dossiers_online_pct");
        assertNone("2. Mục tiêu cụ thể\n- Tỷ lệ hồ sơ trực tuyến đạt 80%.\n- 100% văn bản đi được ký số.", "doc.signed_pct");
        assertNone("MỤC TIÊU CỤ THỂ\nTỷ lệ hồ sơ giải quyết đúng hạn đạt 98%. Tỷ lệ văn bản đi được ký số đạt 95%.", "doc.signed_pct");
        assertNone("II. MỤC TIÊU\nTỷ lệ hồ sơ giải quyết đúng hạn đạt 98%.", "dvc.dossiers_on_time_pct");
        assertNone("1.2. Các chỉ tiêu chủ yếu\n- Tỷ lệ hồ sơ giải quyết đúng hạn đạt 98%.", "dvc.dossiers_on_time_pct");
        assertValue("1. Kết quả thực hiện các mục tiêu\n- Tỷ lệ hồ sơ giải quyết đúng hạn đạt 98,5%;\n- Tỷ lệ văn bản đi được ký số đạt 96%.",
                "doc.signed_pct", "96");
        assertValue("II. TÌNH HÌNH THỰC HIỆN MỤC TIÊU NĂM 2023\nTỷ lệ hồ sơ giải quyết đúng hạn đạt 98%.", "dvc.dossiers_on_time_pct", "98");
        assertValue("2. Chỉ số cải cách hành chính\nTỷ lệ hồ sơ giải quyết đúng hạn đạt 98%.", "dvc.dossiers_on_time_pct", "98");
    }

    private static final String COMMUNE = "UBND XÃ AN TRƯỜNG\nBÁO CÁO kết quả chuyển đổi số năm 2025\n\n";

    @Test
    void theCommunesAUnitWasFormedFromAreNotAnotherCommuneTheTextGoesOnAbout() {
        assertValueInText(COMMUNE + "Xã An Trường được thành lập trên cơ sở sắp xếp các xã Trường Thành, Trường Thọ và Bát Trang (huyện An Lão)."
                + " Sau 5 tháng vận hành mô hình chính quyền hai cấp, Trung tâm Phục vụ hành chính công xã đã tiếp nhận gần 14.000 hồ sơ thủ tục"
                + " hành chính, trong đó tỷ lệ giải quyết đúng hạn đạt 99,15%; tỷ lệ hồ sơ trực tuyến đạt 96,6%.", "dvc.dossiers_online_pct", "96.6");
        assertValueInText(COMMUNE + "Xã An Trường được hình thành từ việc sáp nhập xã Trường Thành và xã Bát Trang. Sau 6 tháng, xã đã tiếp nhận"
                + " 8.120 hồ sơ.", "dvc.dossiers_received", "8120");
        assertValueInText(COMMUNE + "Xã An Trường được thành lập trên cơ sở nhập toàn bộ diện tích tự nhiên, dân số của xã Trường Thành và xã"
                + " Bát Trang. Đến nay, tỷ lệ hồ sơ trực tuyến đạt 91%.", "dvc.dossiers_online_pct", "91");
        assertNoneInText(COMMUNE + "Sở Thông tin và Truyền thông thí điểm mô hình xã thông minh tại xã Trường Thọ. Sau hơn 1 năm triển khai,"
                + " tỷ lệ hồ sơ trực tuyến đạt 93%.", "dvc.dossiers_online_pct");
    }

    @Test
    void aCountsOwnShareInParenthesesBeforeWhatItCounts() {
        assertValue("Năm 2023, hệ thống cung cấp 1.834 thủ tục hành chính, trong đó 951 thủ tục (59,6%) được cung cấp trực tuyến toàn trình.",
                "dvc.online_full", "951");
        assertValue("Năm 2023, huyện có 320 TTHC, trong đó 150 TTHC (chiếm 46,9%) là dịch vụ công trực tuyến toàn trình.", "dvc.online_full", "150");
        assertValue("Năm 2023, huyện có 320 TTHC, trong đó 150 TTHC là dịch vụ công trực tuyến toàn trình.", "dvc.online_full", "150");
    }

    @Test
    void theShareOfResultsDigitisedStandsBetweenTheVerbAndItsNoun() {
        assertValue("Năm 2023, huyện đã hoàn thành số hóa 100% kết quả giải quyết thủ tục hành chính còn hiệu lực.", "dvc.result_digitization_pct", "100");
        assertValue("Năm 2023, huyện đã số hóa 85,5% kết quả giải quyết TTHC.", "dvc.result_digitization_pct", "85.5");
        assertNone("Năm 2023, huyện đã số hóa 85,5% hồ sơ thủ tục hành chính.", "dvc.result_digitization_pct");
        assertNone("Huyện phấn đấu năm 2023 số hóa 100% kết quả giải quyết thủ tục hành chính.", "dvc.result_digitization_pct");
    }
}
