package vn.dti.report.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/**
 * Reports that follow a template of indicators: a table copied out of a spreadsheet (tabs between cells), a unit column that
 * says "%", and "Chỉ tiêu N: … Kết quả: …" lines, where "Chỉ tiêu" names the indicator, not a target.
 */
class ExtractionIndicatorTemplateTest {

    private static final ExtractionEngine ENGINE = new ExtractionEngine(Catalog.fromClasspath());
    private static final String HEAD = "UBND HUYỆN PHÙ MỸ\nSố: 45/BC-UBND\n\nBÁO CÁO\nKết quả thực hiện các chỉ tiêu chuyển đổi số năm 2024\n\n";

    @Test
    void aPercentUnitColumnMakesTheRowsFiguresShares() {
        Map<String, String> values = values(HEAD + "| STT | Chỉ tiêu | ĐVT | Kế hoạch | Thực hiện |\n|---|---|---|---|---|\n"
                + "| 1 | Tỷ lệ hồ sơ giải quyết đúng hạn | % | 95 | 97,3 |\n"
                + "| 2 | Tỷ lệ văn bản ký số | (%) | 90 | 88,6 |\n");
        assertEquals("97.3", values.get("dvc.dossiers_on_time_pct"));
        assertEquals("88.6", values.get("doc.signed_pct"));
    }

    @Test
    void aShareRowWithoutItsResultGivesNothingFromThePlanColumn() {
        Map<String, String> values = values(HEAD + "| STT | Chỉ tiêu | ĐVT | Kế hoạch | Thực hiện |\n|---|---|---|---|---|\n"
                + "| 1 | Tỷ lệ hồ sơ giải quyết đúng hạn | % | 95 | |\n");
        assertFalse(values.containsKey("dvc.dossiers_on_time_pct"), values.toString());
    }

    @Test
    void anIndicatorLineIsAnsweredByItsResult() {
        Map<String, String> values = values(HEAD + "Chỉ tiêu 1: Tỷ lệ hồ sơ được tiếp nhận trực tuyến. Kết quả: 71,4%.\n"
                + "Chỉ tiêu 2: Số văn bản đến\nKết quả thực hiện: 2.905 văn bản.\n");
        assertEquals("71.4", values.get("dvc.dossiers_online_pct"));
        assertEquals("2905", values.get("doc.incoming"));
    }

    @Test
    void aNumberedIndicatorIsReadFromItsResultNotItsTarget() {
        Map<String, String> values = values(HEAD + "Chỉ tiêu 7: Tỷ lệ văn bản đi của UBND huyện được ký số. Chỉ tiêu giao: 95%. Kết quả: 98,2%.\n\n"
                + "Chỉ tiêu 8: Tỷ lệ hồ sơ TTHC tiếp nhận trực tuyến. Chỉ tiêu tỉnh giao: 70%.\n");
        assertEquals("98.2", values.get("doc.signed_pct"));
        assertFalse(values.containsKey("dvc.dossiers_online_pct"), values.toString());
    }

    @Test
    void aResultIntroducedByThucHienAnswersItsIndicatorOnEitherLine() {
        Map<String, String> values = values(HEAD + "Chỉ tiêu 3: Tỷ lệ hồ sơ giải quyết đúng hạn. Thực hiện: 96,5%.\n"
                + "Chỉ tiêu 4: Số văn bản đi\nThực hiện: 1.730 văn bản.\n");
        assertEquals("96.5", values.get("dvc.dossiers_on_time_pct"));
        assertEquals("1730", values.get("doc.outgoing"));
    }

    @Test
    void targetsListedForTheNextYearAreStillTargets() {
        Map<String, String> values = values(HEAD + "Năm 2024, tỷ lệ hồ sơ được tiếp nhận trực tuyến đạt 61,2%.\n\n"
                + "Chỉ tiêu năm 2025: tỷ lệ hồ sơ được tiếp nhận trực tuyến đạt 80%.\n");
        assertEquals("61.2", values.get("dvc.dossiers_online_pct"));
        assertTrue(ENGINE.extract(HEAD + "Chỉ tiêu năm 2025: tỷ lệ hồ sơ được tiếp nhận trực tuyến đạt 80%.\n").values().isEmpty());
    }

    @Test
    void quotesOfTableCellsStayExactSubstrings() {
        String text = HEAD + "1\tTỷ lệ hồ sơ giải quyết đúng hạn\t%\t95\t97,3\n";
        ENGINE.extract(text).values().forEach(p -> assertEquals(p.quote(), text.substring(p.start(), p.end())));
        assertFalse(ENGINE.extract(text).values().isEmpty());
    }

    private static Map<String, String> values(String text) {
        Map<String, String> values = new TreeMap<>();
        ENGINE.extract(text).values().forEach(p -> values.put(p.element(), String.valueOf(p.value())));
        return values;
    }
}
