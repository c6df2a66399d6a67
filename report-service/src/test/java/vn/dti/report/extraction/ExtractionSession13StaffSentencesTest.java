package vn.dti.report.extraction;

import static vn.dti.report.extraction.DistrictReportSentences.assertNoneInText;
import static vn.dti.report.extraction.DistrictReportSentences.assertValueInText;

import org.junit.jupiter.api.Test;

/**
 * Session 13 (tuner h): staff counts in staffing sentences — a "Tổng số …" subject that lists several staff nouns before
 * "là N người", the unit's specialised bodies "có N cán bộ, công chức", and staff "được bố trí máy tính" (docs/extraction.md
 * "Session 13: staffing sentences").
 */
class ExtractionSession13StaffSentencesTest {

    private static final String CENTRE = "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG TỈNH NAM ĐỊNH\nBÁO CÁO kết quả chuyển đổi số năm 2024\n";
    private static final String DEPARTMENT = "SỞ TƯ PHÁP TỈNH NAM ĐỊNH\nBÁO CÁO kết quả chuyển đổi số năm 2024\n";
    private static final String TOWN = "UBND THỊ XÃ QUẢNG YÊN\nBÁO CÁO kết quả chuyển đổi số năm 2024\n";
    private static final String COMMUNE = "UBND XÃ TÂN LẬP\nBÁO CÁO kết quả chuyển đổi số năm 2024\n";

    @Test
    void aTotalSubjectListingSeveralStaffNounsIsTheStaffTotal() {
        assertValueInText(CENTRE + "Tổng số công chức, viên chức và người lao động hiện làm việc tại Trung tâm là 53 người.\n",
                "infra.staff_total", "53");
        assertValueInText(DEPARTMENT + "Tổng số cán bộ, công chức, viên chức, người lao động của cơ quan Sở là 71 người.\n",
                "infra.staff_total", "71");
    }

    @Test
    void aTotalOfStaffTrainedOrGivenComputersIsNoStaffTotal() {
        assertNoneInText(DEPARTMENT + "Tổng số cán bộ, công chức được tập huấn kỹ năng số trong năm là 45 người.\n", "infra.staff_total");
        assertNoneInText(COMMUNE + "Tổng số cán bộ, công chức được bố trí máy tính riêng là 19 người.\n", "infra.staff_total");
    }

    @Test
    void theUnitsSpecialisedBodiesHaveItsStaff() {
        assertValueInText(TOWN + "Các cơ quan chuyên môn thuộc UBND thị xã có 96 cán bộ, công chức; 100% có hộp thư công vụ.\n",
                "infra.staff_total", "96");
        assertNoneInText(TOWN + "Các cơ quan chuyên môn thuộc UBND thị xã có 12 phòng, ban và 3 đơn vị sự nghiệp.\n", "infra.staff_total");
    }

    @Test
    void staffGivenAComputerAreStaffWithComputer() {
        assertValueInText(COMMUNE + "Xã có 30 cán bộ, công chức; 27 người được bố trí máy tính để làm việc.\n", "infra.staff_with_computer", "27");
        assertValueInText(COMMUNE + "UBND xã đã bố trí đủ máy tính làm việc cho 30/30 cán bộ, công chức.\n", "infra.staff_with_computer", "30");
    }

    @Test
    void computersPlacedForADeskAreNoStaffCount() {
        assertNoneInText(CENTRE + "Trung tâm bố trí 12 máy tính cho Bộ phận Một cửa phục vụ người dân tra cứu.\n", "infra.staff_with_computer");
    }
}
