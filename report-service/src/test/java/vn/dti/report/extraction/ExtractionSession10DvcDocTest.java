package vn.dti.report.extraction;

import static vn.dti.report.extraction.DistrictReportSentences.assertNone;
import static vn.dti.report.extraction.DistrictReportSentences.assertValue;

import org.junit.jupiter.api.Test;

/**
 * Structures of formal reports in the dvc.* and doc.* families (docs/extraction.md "Session 10: formal reports, dvc and doc
 * families"), each checked with invented wording, not the corpus sentence. Sentences are read under a district report header for 2023.
 */
class ExtractionSession10DvcDocTest {

    @Test
    void theOnlinePartOfATotalAfterTrongDoIsTheOnlineDossiers() {
        assertValue("Năm 2023, Bộ phận Một cửa huyện tiếp nhận 5.310 hồ sơ, trong đó trực tuyến 3.742 hồ sơ (chiếm 70,5%).",
                "dvc.dossiers_online", "3742");
        assertValue("Năm 2023, Bộ phận Một cửa huyện tiếp nhận 5.310 hồ sơ, trong đó nộp trực tuyến 3.742 hồ sơ; giải quyết đúng hạn 99%.",
                "dvc.dossiers_online", "3742");
        assertValue("Năm 2023, Bộ phận Một cửa huyện tiếp nhận 5.310 hồ sơ, trong đó qua mạng 3.742 hồ sơ.",
                "dvc.dossiers_online", "3742");
        assertValue("Năm 2023, huyện tiếp nhận 5.310 hồ sơ, trong đó 3.742 hồ sơ được nộp trực tuyến qua Cổng dịch vụ công của tỉnh.",
                "dvc.dossiers_online", "3742");
        assertValue("Năm 2023, huyện tiếp nhận 5.310 hồ sơ, trong đó nộp trực tuyến 3.742 hồ sơ.", "dvc.dossiers_received", "5310");
    }

    @Test
    void theOnlinePartOfATotalAfterTrongDoIsNotAnotherCount() {
        assertNone("Năm 2023, huyện tiếp nhận 5.310 hồ sơ, trong đó trực tuyến 70,5%.", "dvc.dossiers_online");
        assertNone("Năm 2023, huyện tiếp nhận 5.310 hồ sơ, trong đó thanh toán trực tuyến 1.204 hồ sơ.", "dvc.dossiers_online");
        assertNone("Năm 2023, huyện đang thực hiện 215 TTHC, trong đó trực tuyến 120 TTHC.", "dvc.dossiers_online");
        assertNone("Năm 2022, huyện tiếp nhận 5.310 hồ sơ, trong đó trực tuyến 3.742 hồ sơ.", "dvc.dossiers_online");
    }

    @Test
    void aTotalWithItsOnlineShareIsNotTheOnlineDossiers() {
        assertNone("Năm 2023, toàn huyện tiếp nhận 8.204 hồ sơ với tỷ lệ trực tuyến 76,3%.", "dvc.dossiers_online");
        assertNone("Năm 2023, các xã tiếp nhận 8.204 hồ sơ với tỉ lệ nộp qua mạng đạt 76,3%.", "dvc.dossiers_online");
        assertNone("Năm 2023, Bộ phận Một cửa tiếp nhận 8.204 hồ sơ (trực tuyến 76,3%).", "dvc.dossiers_online");
        assertValue("Năm 2023, huyện tiếp nhận 8.204 hồ sơ với 6.115 hồ sơ trực tuyến.", "dvc.dossiers_online", "6115");
        assertValue("Năm 2023, toàn huyện tiếp nhận 8.204 hồ sơ với tỷ lệ trực tuyến 76,3%.", "dvc.dossiers_received", "8204");
    }

    @Test
    void aNotesColumnDoesNotQualifyTheFigureOfItsRow() {
        String table = """
                Năm 2023, huyện đang giải quyết 205 thủ tục hành chính, gồm:
                Nhóm | Số thủ tục | Ghi chú
                Dịch vụ công trực tuyến toàn trình | 96 | đã tích hợp lên Cổng quốc gia
                Dịch vụ công trực tuyến một phần | 71 | lĩnh vực hộ tịch, đất đai
                """;
        assertValue(table, "dvc.online_full", "96");
        assertValue(table, "dvc.online_partial", "71");
        assertNone("Năm 2023:\nNhóm | Số thủ tục | Ghi chú\nDịch vụ công trực tuyến một phần | 71 | chưa đủ điều kiện toàn trình",
                "dvc.online_full");
    }
}
