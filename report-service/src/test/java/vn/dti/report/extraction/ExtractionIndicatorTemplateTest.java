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
    void tabSeparatedRowsAreReadAsTableCellsInTheResultColumn() {
        Map<String, String> values = values(HEAD + "STT\tChỉ tiêu\tĐơn vị tính\tKế hoạch\tThực hiện\n"
                + "1\tSố văn bản đi\tvăn bản\t3.000\t3.412\n"
                + "2\tSố hồ sơ tiếp nhận\thồ sơ\t\t8.760\n");
        assertEquals("3412", values.get("doc.outgoing"));
        assertEquals("8760", values.get("dvc.dossiers_received"));
    }

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
