package vn.dti.report.extraction;

import static vn.dti.report.extraction.DistrictReportSentences.assertNone;
import static vn.dti.report.extraction.DistrictReportSentences.assertValue;

import org.junit.jupiter.api.Test;

/**
 * Structures of formal reports in the dvc.*, doc.* and dir.* families (docs/extraction.md "Session 11: dvc, doc and dir
 * families in formal reports"), each checked with invented wording, not the corpus sentence. Sentences are read under a
 * district report header for 2023.
 */
class ExtractionSession11FormalStructuresTest {

    @Test
    void aTotalOfProceduresBeforeItsLabelledPartsIsNeitherPart() {
        String text = "Năm 2023, huyện giải quyết 215 TTHC, trong đó cung cấp DVCTT toàn trình 88 TTHC, DVCTT một phần 97 TTHC.";
        assertValue(text, "dvc.online_full", "88");
        assertValue(text, "dvc.online_partial", "97");
        assertValue("Năm 2023, huyện có 215 thủ tục hành chính, bao gồm: dịch vụ công trực tuyến toàn trình: 88 thủ tục; "
                + "dịch vụ công trực tuyến một phần: 97 thủ tục.", "dvc.online_partial", "97");
    }

    @Test
    void aCountBeforeItsOwnPhraseIsStillRead() {
        assertValue("Năm 2023, huyện có 30 TTHC được cung cấp dịch vụ công trực tuyến toàn trình.", "dvc.online_full", "30");
        assertValue("Năm 2023, huyện có 41 thủ tục hành chính cung cấp trực tuyến một phần.", "dvc.online_partial", "41");
        assertNone("Năm 2023, huyện giải quyết 215 TTHC, trong đó trực tuyến toàn trình 88 TTHC.", "dvc.online_partial");
    }

    @Test
    void aPlanIssuedWithItsNumberOfTargetsGivesTheTotal() {
        assertValue("UBND huyện ban hành Kế hoạch số 15/KH-UBND ngày 10/01/2023 về chuyển đổi số năm 2023 với 27 chỉ tiêu, nhiệm vụ; "
                + "đến nay hoàn thành 20 chỉ tiêu.", "dir.plan_targets_total", "27");
        assertValue("Huyện triển khai Kế hoạch chuyển đổi số năm 2023 với 19 nhiệm vụ trọng tâm.", "dir.plan_targets_total", "19");
    }

    @Test
    void aPlanWithOtherCountsGivesNoTotalOfTargets() {
        assertNone("UBND huyện ban hành Kế hoạch số 15/KH-UBND ngày 10/01/2023 về chuyển đổi số với 12 xã tham gia thí điểm.",
                "dir.plan_targets_total");
        assertNone("UBND huyện ban hành Kế hoạch số 9/KH-UBND ngày 10/01/2022 về chuyển đổi số năm 2022 với 27 chỉ tiêu, nhiệm vụ.",
                "dir.plan_targets_total");
    }

    @Test
    void theTopOfARankingIsAnotherUnitsFigure() {
        assertNone("Năm 2023, xã Tân Lập là đơn vị có số hồ sơ trực tuyến cao nhất với 1.204 hồ sơ.", "dvc.dossiers_online");
        assertNone("Năm 2023, thị trấn Phú Mỹ đạt cao nhất 96,1% văn bản đi được ký số.", "doc.signed_pct");
        assertValue("Năm 2023, huyện tiếp nhận 1.204 hồ sơ trực tuyến, cao nhất từ trước đến nay.", "dvc.dossiers_online", "1204");
    }

    @Test
    void aFewUnitsSingledOutAreNotTheUnit() {
        assertNone("Năm 2023, một số đơn vị như Phòng Tư pháp, Phòng Tài chính tỷ lệ văn bản đi được ký số chỉ đạt 71,5%.", "doc.signed_pct");
        assertNone("Năm 2023, một vài cơ quan tiếp nhận 312 hồ sơ trực tuyến.", "dvc.dossiers_online");
        assertValue("Năm 2023, tỷ lệ văn bản đi được ký số của huyện đạt 97,5%; một số đơn vị còn chậm.", "doc.signed_pct", "97.5");
    }

    @Test
    void aListHeadingIsNotContinuedByTheFigureUnderIt() {
        String text = "c) Chữ ký số, thư điện tử công vụ\n100% cán bộ, công chức của huyện được cấp chữ ký số cá nhân.";
        assertNone(text, "doc.official_email_pct");
        assertValue(text, "doc.digital_signature_pct", "100");
        assertValue("Năm 2023, tỷ lệ cán bộ, công chức của huyện sử dụng hộp thư điện tử công vụ trong công việc là\n98%.",
                "doc.official_email_pct", "98");
    }

    @Test
    void proceduresOfOneFormOfServiceAreNotTheirTotal() {
        assertNone("Năm 2023, huyện cung cấp 95 thủ tục hành chính dưới hình thức dịch vụ công trực tuyến toàn trình.",
                "dvc.procedures_total");
        assertValue("Năm 2023, huyện đang cung cấp 245 thủ tục hành chính thuộc thẩm quyền giải quyết.", "dvc.procedures_total", "245");
    }
}
