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
    }

    @Test
    void theProceduresTheWholeTerritoryHasAreTheUnitsProcedures() {
        assertValueInText(PROVINCE + "Toàn tỉnh có 1.762 TTHC, đã triển khai cung cấp 1.364 TTHC thành dịch vụ công trực tuyến.",
                "dvc.procedures_total", "1762");
        assertValueInText(PROVINCE + "Không tính các đơn vị ngành dọc, toàn tỉnh Bến Tre đang có 1.850 thủ tục hành chính.",
                "dvc.procedures_total", "1850");
        assertValueInText(COMMUNE + "Toàn xã hiện đang có 112 thủ tục hành chính.", "dvc.procedures_total", "112");
        assertValue("Toàn huyện có 256 thủ tục hành chính, trong đó 120 thủ tục trực tuyến toàn trình.", "dvc.procedures_total", "256");
        assertNone("Toàn tỉnh có 1.762 TTHC, đã triển khai cung cấp 1.364 TTHC thành dịch vụ công trực tuyến.", "dvc.procedures_total");
        assertNoneInText(COMMUNE + "Không tính các đơn vị ngành dọc, toàn tỉnh Bến Tre đang có 1.850 thủ tục hành chính.",
                "dvc.procedures_total");
        assertNoneInText(PROVINCE + "Toàn tỉnh có 1.364 dịch vụ công trực tuyến.", "dvc.procedures_total");
        assertNone("Toàn huyện có 18 xã, thị trấn.", "dvc.procedures_total");
    }
}
