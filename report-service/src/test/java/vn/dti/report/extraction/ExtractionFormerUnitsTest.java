package vn.dti.report.extraction;

import static vn.dti.report.extraction.DistrictReportSentences.assertNoneInText;
import static vn.dti.report.extraction.DistrictReportSentences.assertValueInText;

import org.junit.jupiter.api.Test;

/** Units formed by merging others: the former units' figures and those before the merger are not the new unit's. */
class ExtractionFormerUnitsTest {

    private static final String NEW_COMMUNE = "UBND XÃ HÒA THẮNG\nBÁO CÁO kết quả chuyển đổi số 9 tháng đầu năm 2025\n";
    private static final String NEW_CENTRE = "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG TỈNH CẦN THƠ\nBÁO CÁO kết quả chuyển đổi số năm 2025\n";

    @Test
    void theFormerCommunesFiguresAreNotTheNewCommunes() {
        assertNoneInText(NEW_COMMUNE + "Trước khi sắp xếp, hai xã cũ có 24 Tổ công nghệ số cộng đồng.\n", "hr.community_tech_teams");
        assertNoneInText(NEW_CENTRE + "Trung tâm tỉnh Hậu Giang cũ tiếp nhận 15.300 hồ sơ thủ tục hành chính.\n", "dvc.dossiers_received");
    }

    @Test
    void theNewUnitsOwnFigureIsRead() {
        assertValueInText(NEW_COMMUNE + "Xã hiện có 18 Tổ công nghệ số cộng đồng.\n", "hr.community_tech_teams", "18");
    }

    @Test
    void aFigureThatTakesTheFormerUnitsInIsTheNewUnits() {
        assertValueInText(NEW_COMMUNE + "Trong 9 tháng, UBND xã (gồm cả hai xã cũ) phát hành 1.420 văn bản đi.\n", "doc.outgoing", "1420");
    }
}
