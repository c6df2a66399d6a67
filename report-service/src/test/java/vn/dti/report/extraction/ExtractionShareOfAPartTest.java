package vn.dti.report.extraction;

import static vn.dti.report.extraction.DistrictReportSentences.assertNoneInText;
import static vn.dti.report.extraction.DistrictReportSentences.assertValueInText;

import org.junit.jupiter.api.Test;

/**
 * Session 12 (tuner e): a share of a part of the people (the staff in a residents' element, "số cán bộ") and a share that belongs
 * to the statement before a phrase opening its own "tỷ lệ … đạt Y%" or to the nearer of two phrases; each read with invented wording and a near miss.
 */
class ExtractionShareOfAPartTest {

    private static final String COMMUNE = "UBND XÃ THANH SƠN\nBÁO CÁO kết quả chuyển đổi số năm 2024\n";
    private static final String DISTRICT = "UBND HUYỆN KIM BẢNG\nBÁO CÁO kết quả chuyển đổi số năm 2024\n";

    @Test
    void aShareOfTheStaffIsNoShareOfTheResidents() {
        assertNoneInText(COMMUNE + "Về xã hội số, 100% số cán bộ, công chức xã dùng điện thoại thông minh để làm việc.\n", "soc.smartphone_pct");
        assertValueInText(COMMUNE + "Về xã hội số, tỷ lệ người dân có điện thoại thông minh khoảng 76%; 100% số cán bộ, công chức xã dùng điện thoại thông minh.\n",
                "soc.smartphone_pct", "76");
    }

    @Test
    void aShareOfTheResidentsOrHouseholdsIsStillRead() {
        assertValueInText(COMMUNE + "Trên địa bàn xã có 85% số hộ gia đình sở hữu điện thoại thông minh.\n", "soc.smartphone_pct", "85");
        assertValueInText(DISTRICT + "Toàn huyện có 82% số thuê bao di động dùng điện thoại thông minh.\n", "soc.smartphone_pct", "82");
    }

    @Test
    void aShareBeforeAPhraseThatOpensItsOwnRateIsNotThePhrasesValue() {
        assertValueInText(DISTRICT + "Hiện nay 100% văn bản đi được phát hành trên môi trường mạng, với tỷ lệ văn bản điện tử được ký số đạt 97,5%.\n",
                "doc.signed_pct", "97.5");
        assertValueInText(DISTRICT + "Hiện nay 100% văn bản đi được phát hành trên môi trường mạng với tỷ lệ văn bản được ký số là trên 96%.\n",
                "doc.signed_pct", "96");
    }

    @Test
    void aShareAfterAnotherPredicateBelongsToTheNearerPhrase() {
        assertNoneInText(DISTRICT + "Năm 2024, huyện tiếp nhận 12.300 hồ sơ trực tuyến, giải quyết đúng hạn và trước hạn đạt tỷ lệ 99,2%.\n",
                "dvc.dossiers_online_pct");
        assertValueInText(DISTRICT + "Năm 2024, huyện tiếp nhận 12.300 hồ sơ trực tuyến, giải quyết đúng hạn và trước hạn đạt tỷ lệ 99,2%.\n",
                "dvc.dossiers_on_time_pct", "99.2");
        assertValueInText(DISTRICT + "Năm 2024, tỷ lệ hồ sơ trực tuyến đạt 72%, tỷ lệ hồ sơ giải quyết đúng hạn đạt 99%.\n",
                "dvc.dossiers_online_pct", "72");
    }

    @Test
    void aShareBeforeThePhraseWithoutItsOwnRateStaysThePhrasesValue() {
        assertValueInText(DISTRICT + "Hiện nay 98% văn bản đi của UBND huyện được ký số.\n", "doc.signed_pct", "98");
    }
}
