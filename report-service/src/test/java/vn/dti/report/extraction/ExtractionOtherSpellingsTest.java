package vn.dti.report.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.dti.report.extraction.DistrictReportSentences.assertNone;
import static vn.dti.report.extraction.DistrictReportSentences.assertValue;

import org.junit.jupiter.api.Test;

/**
 * Words agencies write for the same thing ("qua mạng" for "trực tuyến"), listed once in the lexicon's "abbreviations", and the
 * two spellings of a final i ("kí"/"ký", "tỉ"/"tỷ", "quí"/"quý").
 */
class ExtractionOtherSpellingsTest {

    @Test
    void onlineMayBeSaidOverTheNetwork() {
        assertValue("Tỷ lệ hồ sơ tiếp nhận qua mạng đạt 45%.", "dvc.dossiers_online_pct", "45");
        assertValue("Trong năm, huyện tiếp nhận 500 hồ sơ trên môi trường mạng.", "dvc.dossiers_online", "500");
        assertValue("Tỷ lệ hồ sơ nộp online đạt 61,5%.", "dvc.dossiers_online_pct", "61.5");
    }

    @Test
    void dossiersReceivedOverTheNetworkAreNotAllDossiersReceived() {
        assertNone("Năm 2023, huyện tiếp nhận 500 hồ sơ qua mạng, 300 hồ sơ trực tiếp.", "dvc.dossiers_received");
        assertValue("Năm 2023, huyện tiếp nhận 800 hồ sơ, trong đó 500 hồ sơ qua mạng.", "dvc.dossiers_received", "800");
    }

    @Test
    void smartphonesAndDeadlinesHaveTheirOtherWords() {
        assertValue("Tỷ lệ người dân sử dụng smartphone đạt 80%.", "soc.smartphone_pct", "80");
        assertValue("Tỷ lệ hồ sơ giải quyết đúng thời hạn đạt 98%.", "dvc.dossiers_on_time_pct", "98");
    }

    @Test
    void householdsMayBeCalledResidentsHouseholds() {
        assertValue("Tỷ lệ hộ dân có internet cáp quang đạt 72%.", "soc.household_fiber_pct", "72");
        assertValue("Tỷ lệ hộ gia đình có internet cáp quang đạt 72%.", "soc.household_fiber_pct", "72");
    }

    @Test
    void anIThatEndsASyllableMayBeWrittenY() {
        assertValue("Tỉ lệ văn bản đi được kí số đạt 97%.", "doc.signed_pct", "97");
        assertValue("Tỷ lệ văn bản đi được ký số đạt 97%.", "doc.signed_pct", "97");
        assertValue("Tỉ lệ hồ sơ giải quyết đúng hạn đạt 98,5%.", "dvc.dossiers_on_time_pct", "98.5");
    }

    @Test
    void aQuarterSpelledWithIIsTheQuarter() {
        ExtractionResult r = DistrictReportSentences.extract("UBND HUYỆN AN PHÚ\nBÁO CÁO kết quả chuyển đổi số quí III năm 2023\n");
        assertEquals("2023Q3", r.period());
    }
}
