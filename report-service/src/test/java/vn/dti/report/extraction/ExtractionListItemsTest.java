package vn.dti.report.extraction;

import static vn.dti.report.extraction.DistrictReportSentences.assertNone;
import static vn.dti.report.extraction.DistrictReportSentences.assertValue;

import org.junit.jupiter.api.Test;

/** Lists of counts, each item its figure first ("N văn bản đến, M văn bản đi"), and years that are no counts. */
class ExtractionListItemsTest {

    @Test
    void eachItemOfAListCountedFigureFirstKeepsItsOwnFigure() {
        String list = "Năm 2023, có 161.562 văn bản điện tử đến, 100.000 văn bản điện tử đi được phát hành trên Trục liên thông.";
        assertValue(list, "doc.incoming", "161562");
        assertValue(list, "doc.outgoing", "100000");
        String reversed = "Huyện đã tiếp nhận 5.120 văn bản điện tử đến qua hệ thống, 3.040 văn bản điện tử đi.";
        assertValue(reversed, "doc.incoming", "5120");
        assertValue(reversed, "doc.outgoing", "3040");
    }

    @Test
    void aLabelFollowedByItsFigureStillReadsTheFigureAfterIt() {
        assertValue("Văn bản điện tử đến, 2.500 văn bản; văn bản điện tử đi, 1.200 văn bản.", "doc.incoming", "2500");
        assertValue("Văn bản đến: 2.500 văn bản; văn bản đi: 1.200 văn bản.", "doc.outgoing", "1200");
    }

    @Test
    void theYearOfAPeriodIsNoCount() {
        assertNone("Trong năm 2023 văn bản đến được xử lý kịp thời trên hệ thống.", "doc.incoming");
        assertValue("Trong năm 2023 văn bản đến, 3.000 văn bản; văn bản đi, 2.000 văn bản.", "doc.incoming", "3000");
    }
}
