package vn.dti.report.extraction;

import static vn.dti.report.extraction.DistrictReportSentences.assertNone;
import static vn.dti.report.extraction.DistrictReportSentences.assertNoneInText;
import static vn.dti.report.extraction.DistrictReportSentences.assertValue;
import static vn.dti.report.extraction.DistrictReportSentences.assertValueInText;

import org.junit.jupiter.api.Test;

/** A table's "Trong đó …" column or row is a part named by its whole on the left or above it. */
class ExtractionPartOfTheLeftTest {

    @Test
    void aTrongDoColumnIsReadWithItsWholesWords() {
        String table = """
                Quý | Hồ sơ tiếp nhận | Trong đó: trực tuyến | Tỷ lệ đúng hạn
                Quý I | 2.140 | 1.530 | 98,1%
                Quý II | 2.410 | 1.760 | 98,6%
                Tổng cộng | 4.550 | 3.290 | 98,4%
                """;
        assertValue(table, "dvc.dossiers_online", "3290");
        assertValue(table, "dvc.dossiers_received", "4550");
    }

    @Test
    void aTrongDoRowUnderItsWholeIsReadWithTheWholesWords() {
        String report = "UBND XÃ TÂN HIỆP\nBÁO CÁO kết quả chuyển đổi số 9 tháng đầu năm 2025\n";
        String table = """
                Nội dung | Quý III (xã mới, gồm 3 xã cũ) | Lũy kế 9 tháng (cả 3 xã cũ)
                Hồ sơ tiếp nhận | 1.620 | 4.870
                Trong đó trực tuyến | 1.310 | 3.950
                """;
        assertValueInText(report + table, "dvc.dossiers_online", "3950");
        assertNoneInText(report + """
                Nội dung | Quý III (xã mới) | Lũy kế 9 tháng
                Trong đó trực tuyến | 1.310 | 3.950
                """, "dvc.dossiers_online");
    }

    @Test
    void aTrongDoOfAnotherWholeIsNotTheDossiersOnline() {
        assertNone("""
                Nội dung | Số lượng
                Văn bản đến | 6.230
                Trong đó trực tuyến | 5.900
                """, "dvc.dossiers_online");
    }
}
