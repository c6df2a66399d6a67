package vn.dti.report.extraction;

import static vn.dti.report.extraction.DistrictReportSentences.assertNone;
import static vn.dti.report.extraction.DistrictReportSentences.assertValue;

import org.junit.jupiter.api.Test;

/**
 * Answers of labelled form lines, abbreviations of electronic documents, counts of other things received and shares narrowed to one
 * field (docs/extraction.md "Session 11: dvc, doc and dir families in formal reports"). Invented wording, district report for 2023.
 */
class ExtractionSession11AnswersTest {

    @Test
    void aLabelledLineAnsweredNoIsFalse() {
        assertValue("2.3. Chuyên mục về chuyển đổi số trên Cổng thông tin điện tử của huyện: Chưa có.", "dir.dx_portal_section", false);
        assertValue("4.2. Phê duyệt cấp độ an toàn hệ thống thông tin của huyện: Chưa triển khai.", "sec.security_level_approved", false);
    }

    @Test
    void aLabelledLineAnsweredYesStaysTrue() {
        assertValue("2.3. Chuyên mục về chuyển đổi số trên Cổng thông tin điện tử của huyện: Đã có (từ tháng 3/2023).",
                "dir.dx_portal_section", true);
        assertValue("Huyện duy trì chuyên mục chuyển đổi số trên Cổng thông tin điện tử: không có bài viết mới trong tháng 12 do bảo trì.",
                "dir.dx_portal_section", true);
    }

    @Test
    void electronicDocumentsWrittenVbdtAreDocumentsNotDossiers() {
        String text = "Năm 2023, Văn phòng HĐND và UBND huyện tiếp nhận 8.412 VBĐT đến, phát hành 2.905 văn bản đi.";
        assertValue(text, "doc.incoming", "8412");
        assertNone(text, "dvc.dossiers_received");
    }

    @Test
    void aCountOfWarningsReceivedIsNoDossiers() {
        assertNone("Trong năm 2023, huyện tiếp nhận 21 cảnh báo về lỗ hổng bảo mật và đã khắc phục kịp thời.", "dvc.dossiers_received");
        assertValue("Trong năm 2023, huyện tiếp nhận 21.070 hồ sơ thủ tục hành chính.", "dvc.dossiers_received", "21070");
    }

    @Test
    void aShareNarrowedToOneFieldIsNotTheUnits() {
        assertNone("Năm 2023, tỷ lệ hồ sơ giải quyết đúng hạn đạt 100% đối với lĩnh vực hộ tịch.", "dvc.dossiers_on_time_pct");
        assertValue("Năm 2023, tỷ lệ hồ sơ giải quyết đúng hạn đạt 98,7%, trong đó lĩnh vực hộ tịch đạt 100%.",
                "dvc.dossiers_on_time_pct", "98.7");
    }
}
