package vn.dti.report.extraction;

import static vn.dti.report.extraction.DistrictReportSentences.assertNone;
import static vn.dti.report.extraction.DistrictReportSentences.assertNoneInText;
import static vn.dti.report.extraction.DistrictReportSentences.assertValue;
import static vn.dti.report.extraction.DistrictReportSentences.assertValueInText;

import org.junit.jupiter.api.Test;

/**
 * Classes of dvc.* wording seen in the session-7 held-out part (n161–n232, now in dev) and in at least one other independent
 * source (docs/extraction.md "Session 8: dvc family"), each checked with invented variants, not only the corpus sentence. Sentences
 * are read under a district report header for 2023 unless a province's or commune's header is written out.
 */
class ExtractionSession8DvcTest {

    private static final String PROVINCE = "UBND TỈNH BẾN TRE\nBÁO CÁO kết quả chuyển đổi số năm 2023\n\n";
    private static final String COMMUNE = "UBND XÃ AN BÌNH\nBÁO CÁO kết quả chuyển đổi số năm 2023\n\n";

    @Test
    void workFilesHandledOnTheNetworkAreDocumentsNotProcedureDossiers() {
        assertNone("Năm 2023, tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng đạt 92,5%.", "dvc.dossiers_online_pct");
        assertNone("Năm 2023, 95% hồ sơ công việc của huyện được xử lý trên môi trường mạng.", "dvc.dossiers_online_pct");
        assertNone("Năm 2023, tỷ lệ xử lý hồ sơ công việc trên môi trường điện tử của huyện đạt 88%.", "dvc.dossiers_online_pct");
        assertNone("Năm 2023, huyện đã xử lý 12.400 hồ sơ công việc trên phần mềm quản lý văn bản.", "dvc.dossiers_received");
        assertValue("Năm 2023, tỷ lệ hồ sơ TTHC được xử lý trên môi trường mạng đạt 80%.", "dvc.dossiers_online_pct", "80");
        assertValue("Năm 2023, tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng đạt 92,5%; tỷ lệ hồ sơ TTHC xử lý trực tuyến đạt 61%.",
                "dvc.dossiers_online_pct", "61");
    }

    @Test
    void aCountOfCasesCallsOrPetitionsReceivedIsNoCountOfDossiers() {
        assertNone("Năm 2023, Tổ hòa giải ở cơ sở tiếp nhận 214 vụ việc, hòa giải thành 190 vụ việc.", "dvc.dossiers_received");
        assertNone("Năm 2023, ứng dụng Zalo của huyện tiếp nhận 1.250 phản ánh, kiến nghị của người dân.", "dvc.dossiers_received");
        assertNone("Năm 2023, đường dây nóng của huyện tiếp nhận 860 cuộc gọi.", "dvc.dossiers_received");
        assertNone("Năm 2023, UBND huyện tiếp nhận 45 đơn thư khiếu nại, tố cáo.", "dvc.dossiers_received");
        assertNone("Năm 2023, Ban tiếp công dân tiếp nhận 38 đơn và chuyển 12 đơn đến cơ quan có thẩm quyền.", "dvc.dossiers_received");
        assertNone("Năm 2023, Bộ phận một cửa tiếp nhận 2.300 trường hợp đăng ký hộ tịch.", "dvc.dossiers_received");
        assertValue("Năm 2023, Bộ phận một cửa huyện tiếp nhận 12.860 hồ sơ, trả kết quả 12.700 hồ sơ.", "dvc.dossiers_received", "12860");
    }

    @Test
    void theDossiersOfOneNamedProcedureAreNotAllDossiersReceived() {
        assertNone("Năm 2023, Công an huyện tiếp nhận 14.212 hồ sơ đăng ký xe.", "dvc.dossiers_received");
        assertNone("Năm 2023, huyện tiếp nhận 3.100 hồ sơ cấp đổi giấy phép lái xe.", "dvc.dossiers_received");
        assertNone("Năm 2023, huyện tiếp nhận 5.400 hồ sơ đăng ký kinh doanh hộ cá thể.", "dvc.dossiers_received");
        assertNone("Năm 2023, Công an huyện tiếp nhận 9.800 hồ sơ cấp căn cước công dân.", "dvc.dossiers_received");
        assertNone("Năm 2023, huyện xác thực hơn 80 ngàn hồ sơ đăng ký định danh điện tử mức độ 2.", "dvc.dossiers_received");
        assertValue("Năm 2023, toàn huyện tiếp nhận 21.450 hồ sơ thủ tục hành chính, trong đó 740 hồ sơ đăng ký khai sinh.",
                "dvc.dossiers_received", "21450");
        assertNone("Năm 2023, Công an huyện tiếp nhận trực tuyến 5.000 hồ sơ đăng ký xe.", "dvc.dossiers_online");
        assertNone("Năm 2023, huyện tiếp nhận trực tuyến 1.368 hồ sơ cấp phiếu lý lịch tư pháp.", "dvc.dossiers_online");
        assertNone("Năm 2023, có 3.100 hồ sơ cấp đổi giấy phép lái xe được nộp trực tuyến.", "dvc.dossiers_online");
        assertValue("Năm 2023, huyện tiếp nhận 12.500 hồ sơ, trong đó trực tuyến 8.200 hồ sơ.", "dvc.dossiers_online", "8200");
    }

    @Test
    void theProceduresTheWholeTerritoryHasAreTheUnitsProcedures() {
        assertValueInText(PROVINCE + "Toàn tỉnh có 1.762 TTHC, đã triển khai cung cấp 1.364 TTHC thành dịch vụ công trực tuyến.",
                "dvc.procedures_total", "1762");
        assertValueInText(PROVINCE + "Không tính các đơn vị ngành dọc, toàn tỉnh Bến Tre đang có 1.850 thủ tục hành chính.",
                "dvc.procedures_total", "1850");
        assertValueInText(COMMUNE + "Toàn xã hiện đang có 112 thủ tục hành chính.", "dvc.procedures_total", "112");
        assertValue("Huyện hiện đang có 256 thủ tục hành chính.", "dvc.procedures_total", "256");
        assertValue("Toàn huyện có 256 thủ tục hành chính, trong đó 120 thủ tục trực tuyến toàn trình.", "dvc.procedures_total", "256");
        assertNone("Toàn tỉnh có 1.762 TTHC, đã triển khai cung cấp 1.364 TTHC thành dịch vụ công trực tuyến.", "dvc.procedures_total");
        assertNoneInText(COMMUNE + "Không tính các đơn vị ngành dọc, toàn tỉnh Bến Tre đang có 1.850 thủ tục hành chính.",
                "dvc.procedures_total");
        assertNoneInText(PROVINCE + "Toàn tỉnh có 1.364 dịch vụ công trực tuyến.", "dvc.procedures_total");
        assertNone("Toàn huyện có 18 xã, thị trấn.", "dvc.procedures_total");
    }
    @Test
    void aPlanWordInAnAsideOfAnEarlierItemDoesNotMakeTheNextItemsTargets() {
        assertValue("Năm 2023, huyện tích hợp 120 dịch vụ công lên Cổng dịch vụ công quốc gia (dự kiến hoàn thành trong quý IV); tỷ lệ hồ sơ"
                + " xử lý trực tuyến đạt 45,2%.", "dvc.dossiers_online_pct", "45.2");
        assertValue("Năm 2023, tỷ lệ hồ sơ trực tuyến đạt 62% (kế hoạch đề ra 50%); tỷ lệ hồ sơ giải quyết đúng hạn đạt 98%.",
                "dvc.dossiers_on_time_pct", "98");
        assertNone("Mục tiêu năm 2024: tỷ lệ hồ sơ trực tuyến đạt 80%; tỷ lệ hồ sơ đúng hạn đạt 99%.", "dvc.dossiers_on_time_pct");
        assertNone("Năm 2024 (dự kiến), tỷ lệ hồ sơ trực tuyến đạt 70%.", "dvc.dossiers_online_pct");
        assertNone("Huyện sẽ rà soát các thủ tục (theo kế hoạch của tỉnh); tỷ lệ hồ sơ trực tuyến phấn đấu đạt 80%.", "dvc.dossiers_online_pct");
    }

    @Test
    void targetsNamedAsMetIntroduceResultsNotTargets() {
        assertValueInText(COMMUNE + "Sau một năm, xã đã hoàn thành toàn bộ 24 chỉ tiêu chuyển đổi số đề ra trong kế hoạch: 100% hồ sơ thủ tục"
                + " hành chính được giải quyết trực tuyến.", "dvc.dossiers_online_pct", "100");
        assertValue("Năm 2023, huyện đã thực hiện tốt 05/05 chỉ tiêu thuộc Tiêu chí 8, cụ thể: tỷ lệ hồ sơ giải quyết trực tuyến đạt 96,5%.",
                "dvc.dossiers_online_pct", "96.5");
        assertNone("Để hoàn thành mục tiêu này, huyện phấn đấu tỷ lệ hồ sơ trực tuyến đạt 80%.", "dvc.dossiers_online_pct");
        assertNone("Để hoàn thành các chỉ tiêu kế hoạch: tỷ lệ hồ sơ trực tuyến đạt 80%.", "dvc.dossiers_online_pct");
        assertNone("Huyện đã ban hành kế hoạch với các chỉ tiêu: 100% hồ sơ thủ tục hành chính được giải quyết trực tuyến.",
                "dvc.dossiers_online_pct");
        assertNone("Huyện chưa hoàn thành 2 chỉ tiêu: 80% hồ sơ thủ tục hành chính được giải quyết trực tuyến.", "dvc.dossiers_online_pct");
        assertNone("Năm 2024, huyện phải hoàn thành 10 chỉ tiêu: 80% hồ sơ thủ tục hành chính được giải quyết trực tuyến.",
                "dvc.dossiers_online_pct");
        assertValue("Năm 2023, huyện đã hoàn thành 10/12 chỉ tiêu: 85% hồ sơ thủ tục hành chính được giải quyết trực tuyến.",
                "dvc.dossiers_online_pct", "85");
    }

    @Test
    void aLongShareStatementMayGiveItsFigureAsAFractionWithItsShare() {
        assertValueInText(COMMUNE + "Tỷ lệ hồ sơ giải quyết trực tuyến trên tổng số hồ sơ giải quyết thủ tục hành chính của UBND xã đạt"
                + " 1.204/1.250 hồ sơ (đạt 96,3%).", "dvc.dossiers_online_pct", "96.3");
        assertValueInText(COMMUNE + "Tỷ lệ hồ sơ giải quyết trực tuyến trên tổng số hồ sơ giải quyết thủ tục hành chính của UBND xã đạt 99,76%.",
                "dvc.dossiers_online_pct", "99.76");
        assertValue("Năm 2023, tỷ lệ hồ sơ nộp trực tuyến trên tổng số hồ sơ tiếp nhận của huyện là 8.450/12.000 hồ sơ, đạt 70,4%.",
                "dvc.dossiers_online_pct", "70.4");
    }
}
