package vn.dti.report.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.dti.report.extraction.DistrictReportSentences.assertValue;

import java.math.BigDecimal;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Thousands written with spaces (a Word no-break or thin space, or an ordinary one) or with commas are one number. */
class ExtractionDigitGroupsTest {

    @Test
    void groupsOfThreeDigitsAfterASpaceAreOneNumber() {
        assertValue("Năm 2023, huyện tiếp nhận 12 345 hồ sơ trực tuyến.", "dvc.dossiers_online", "12345");
        assertValue("Năm 2023, huyện tiếp nhận 12\u00A0345 hồ sơ trực tuyến.", "dvc.dossiers_online", "12345");
        assertValue("Số văn bản đến: 1\u202F234\u202F567 văn bản.", "doc.incoming", "1234567");
        assertValue("Số văn bản đến: 1 234 567 văn bản.", "doc.incoming", "1234567");
    }

    @Test
    void groupsAfterCommasAreThousandsWhenThereAreTwoOrMore() {
        assertValue("Số văn bản đến: 1,234,567 văn bản.", "doc.incoming", "1234567");
        assertValue("Tỷ lệ hồ sơ trực tuyến đạt 98,5%.", "dvc.dossiers_online_pct", "98.5");
    }

    @Test
    void aYearOrAShortFigureBeforeAFigureStaysApart() {
        assertValue("Trong năm 2023 125 hồ sơ được nộp trực tuyến.", "dvc.dossiers_online", "125");
        Optional<Proposal> flattenedRow = DistrictReportSentences.find("Số văn bản đi 120 350 98", "doc.outgoing");
        assertTrue(flattenedRow.map(p -> ((BigDecimal) p.value()).intValue() != 120350).orElse(true),
                "three figures in a row are not one number: " + flattenedRow);
    }
}
