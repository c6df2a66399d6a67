package vn.dti.report.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class PageFurnitureTest {

    @Test
    void pageNumbersInTheirUsualFormsAreRemoved() {
        for (String number : List.of("3", "- 3 -", "Trang 3", "Trang 3/12", "3/12", "– 12 –", "Page 3 of 12")) {
            String text = PageFurniture.removed(List.of("Huyện đã tiếp nhận\n" + number + "\n", "1.234 hồ sơ trực tuyến.\n"));
            assertEquals("Huyện đã tiếp nhận\n1.234 hồ sơ trực tuyến.\n", text, "for page number " + number);
        }
    }

    @Test
    void aHeaderRepeatedAtTheTopOfMostPagesIsRemovedFromEveryPage() {
        List<String> pages = List.of(
                "Báo cáo số 125/BC-UBND ngày 10/12/2023\nUBND HUYỆN AN PHÚ\nNăm 2023 huyện tiếp nhận\n",
                "Báo cáo số 125/BC-UBND ngày 10/12/2023\n2.418 hồ sơ, trong đó\n",
                "Báo cáo số 125/BC-UBND ngày 10/12/2023\n1.960 hồ sơ trực tuyến.\n");
        String text = PageFurniture.removed(pages);
        assertFalse(text.contains("Báo cáo số 125"), text);
        assertTrue(text.contains("UBND HUYỆN AN PHÚ\nNăm 2023 huyện tiếp nhận\n2.418 hồ sơ, trong đó\n1.960 hồ sơ trực tuyến."), text);
    }

    @Test
    void aFigureOrALineThatDoesNotRepeatStays() {
        List<String> pages = List.of(
                "Số văn bản đi: 1.234 văn bản\n",
                "Số văn bản đến: 3.456 văn bản\n",
                "Tỷ lệ ký số: 98%\n");
        assertEquals("Số văn bản đi: 1.234 văn bản\nSố văn bản đến: 3.456 văn bản\nTỷ lệ ký số: 98%\n", PageFurniture.removed(pages));
    }
}
