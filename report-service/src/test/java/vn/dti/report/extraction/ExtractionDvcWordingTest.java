package vn.dti.report.extraction;

import static vn.dti.report.extraction.DistrictReportSentences.assertNone;
import static vn.dti.report.extraction.DistrictReportSentences.assertValue;

import org.junit.jupiter.api.Test;

/**
 * Wordings of public services, dossiers and documents (dvc.*, doc.*) mined from agency reports and news
 * (corpus/phrasings-dvc-*.tsv) that needed a general rule rather than a lexicon phrase. Each sentence is read under a
 * district report header for 2023.
 */
class ExtractionDvcWordingTest {

    @Test
    void theSecondLevelOfAListOfLevelsIsNotACount() {
        assertValue("Số lượng hồ sơ trực tuyến mức độ 3, 4 của huyện đạt 113 hồ sơ.", "dvc.dossiers_online", "113");
        assertValue("Tổng số hồ sơ trực tuyến mức 3, 4 là 2.450 hồ sơ.", "dvc.dossiers_online", "2450");
        assertValue("Hồ sơ trực tuyến mức độ 3 và 4 là 870 hồ sơ.", "dvc.dossiers_online", "870");
    }

    @Test
    void aCountThenItsShareWithoutAComma() {
        assertValue("Số hồ sơ được số hóa khi tiếp nhận là 5.905 hồ sơ đạt 32,2%.", "dvc.dossier_digitization_pct", "32.2");
        assertValue("Giải quyết đúng hạn 9.558 hồ sơ chiếm 98,2%.", "dvc.dossiers_on_time_pct", "98.2");
    }

    @Test
    void aThresholdIsNotAValue() {
        assertNone("Tỷ lệ người dân, doanh nghiệp hài lòng về giải quyết TTHC đạt tối thiểu 90%.", "dvc.satisfaction_pct");
        assertNone("Cần nỗ lực để đạt mức hài lòng của người dân từ 80% trở lên.", "dvc.satisfaction_pct");
        assertNone("Tỷ lệ hồ sơ trực tuyến tối thiểu là 50%.", "dvc.dossiers_online_pct");
    }

    @Test
    void theEndsOfARangeAreNotAValue() {
        assertNone("Kết quả khảo sát cho thấy tỷ lệ hài lòng dao động từ 93,02% đến 95,44%.", "dvc.satisfaction_pct");
        assertNone("Tỷ lệ hồ sơ trực tuyến của các xã từ 40% tới 75%.", "dvc.dossiers_online_pct");
    }

    @Test
    void aChangeFromOneFigureToAnotherGivesTheSecond() {
        assertValue("Tỷ lệ hồ sơ trực tuyến tăng từ 30% năm 2022 lên 65% năm 2023.", "dvc.dossiers_online_pct", "65");
        assertValue("Văn bản trao đổi hoàn toàn dưới dạng điện tử tăng từ 70% lên trên 99,5% trong năm 2023.", "doc.electronic_pct", "99.5");
    }

    @Test
    void aShareReachedByANumberOfUnitsIsNotTheUnits() {
        assertNone("Có 31/43 cơ quan có tỷ lệ hồ sơ DVCTT trên 65%.", "dvc.dossiers_online_pct");
        assertNone("Có 12 xã đạt tỷ lệ hài lòng trên 95%.", "dvc.satisfaction_pct");
        assertValue("Huyện có 15 xã, thị trấn, tỷ lệ hồ sơ trực tuyến của huyện đạt 85%.", "dvc.dossiers_online_pct", "85");
    }

    @Test
    void aShareOfAgenciesAfterThePhraseIsNotAShareOfStaff() {
        assertNone("Hệ thống quản lý văn bản và điều hành được triển khai đồng bộ tại 100% sở, ngành, UBND cấp huyện.", "doc.dms_users_pct");
        assertNone("Phần mềm quản lý văn bản được sử dụng tại 100% cơ quan, đơn vị.", "doc.dms_users_pct");
        assertValue("Tỷ lệ cán bộ, công chức sử dụng phần mềm quản lý văn bản đạt 98%.", "doc.dms_users_pct", "98");
    }
}
