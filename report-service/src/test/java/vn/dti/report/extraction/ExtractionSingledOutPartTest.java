package vn.dti.report.extraction;

import static vn.dti.report.extraction.DistrictReportSentences.assertNone;
import static vn.dti.report.extraction.DistrictReportSentences.assertNoneInText;
import static vn.dti.report.extraction.DistrictReportSentences.assertValue;
import static vn.dti.report.extraction.DistrictReportSentences.assertValueInText;

import org.junit.jupiter.api.Test;

/** "Riêng" singling out one body or lower tier of a province or district: its figure is a part, not the unit's. */
class ExtractionSingledOutPartTest {

    private static final String PROVINCE = "UBND TỈNH HÒA BÌNH\nBÁO CÁO kết quả chuyển đổi số năm 2024\n";

    @Test
    void aDistrictSingledOutInAProvincesReportIsAPart() {
        assertNoneInText(PROVINCE + "Riêng huyện Tân Lạc tiếp nhận 9.120 hồ sơ thủ tục hành chính, cao nhất tỉnh.\n", "dvc.dossiers_received");
        assertNoneInText(PROVINCE + "Riêng Trung tâm Phục vụ hành chính công tỉnh tiếp nhận 27.400 hồ sơ thủ tục hành chính.\n", "dvc.dossiers_received");
    }

    @Test
    void theProvincesOwnOfficeSingledOutStillSpeaksForTheProvince() {
        assertValueInText(PROVINCE + "Riêng Văn phòng UBND tỉnh tiếp nhận 38.760 văn bản đến trên hệ thống.\n", "doc.incoming", "38760");
        assertValueInText(PROVINCE + "Toàn tỉnh tiếp nhận 64.300 hồ sơ thủ tục hành chính.\n", "dvc.dossiers_received", "64300");
    }

    @Test
    void aCommuneSingledOutInADistrictsReportIsAPart() {
        assertNone("Riêng thị trấn An Phú tiếp nhận 3.450 hồ sơ thủ tục hành chính.", "dvc.dossiers_received");
        assertValue("Huyện tiếp nhận 12.830 hồ sơ thủ tục hành chính.", "dvc.dossiers_received", "12830");
    }
}
