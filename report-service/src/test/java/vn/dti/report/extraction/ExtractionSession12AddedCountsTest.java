package vn.dti.report.extraction;

import static vn.dti.report.extraction.DistrictReportSentences.assertNone;
import static vn.dti.report.extraction.DistrictReportSentences.assertValue;

import org.junit.jupiter.api.Test;

/**
 * Session 12 (tuner d): a figure added to another ("ngoài ra …"), counted inside another ("đã tính trong …") or bought in the
 * period is not the unit's stock or total (docs/extraction.md "Session 12: own systems, money spent and DX assignments").
 */
class ExtractionSession12AddedCountsTest {

    @Test
    void aFigureIntroducedByBesidesIsAnAddition() {
        assertValue("Năm 2023, huyện tổ chức 02 lớp bồi dưỡng kiến thức an toàn thông tin cho 96 lượt cán bộ, công chức; ngoài ra cử 11 lượt "
                + "công chức tham gia lớp tập huấn chuyển đổi số do Sở Nội vụ tổ chức.", "hr.trained_staff", "96");
    }

    @Test
    void besidesWithoutAnEarlierFigureOnlyOpensAnotherFact() {
        assertValue("Năm 2023, huyện ban hành kế hoạch chuyển đổi số. Ngoài ra, huyện cử 11 lượt công chức tham gia lớp tập huấn chuyển đổi "
                + "số do Sở Nội vụ tổ chức.", "hr.trained_staff", "11");
    }

    @Test
    void aFigureCountedInAnotherIsAPart() {
        assertNone("Trong năm, Văn phòng HĐND và UBND huyện mua 07 máy tính để bàn mới (đã tính trong tổng số máy nêu ở mục 2.1).",
                "infra.desktops");
        assertValue("Văn phòng HĐND và UBND huyện hiện có 57 máy tính để bàn đang sử dụng.", "infra.desktops", "57");
    }

    @Test
    void computersBoughtInThePeriodAreNoStock() {
        assertNone("Năm 2023, huyện mua sắm bổ sung 09 máy tính để bàn cho Bộ phận Một cửa.", "infra.desktops");
        assertNone("Năm 2023, UBND huyện được tỉnh cấp thêm 03 máy tính xách tay phục vụ họp trực tuyến.", "infra.laptops");
        assertValue("Năm 2023, UBND huyện được trang bị 96 máy tính để bàn và 14 máy tính xách tay.", "infra.laptops", "14");
    }
}
