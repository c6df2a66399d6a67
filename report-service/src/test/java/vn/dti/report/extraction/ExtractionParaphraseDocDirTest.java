package vn.dti.report.extraction;

import static vn.dti.report.extraction.DistrictReportSentences.assertNone;
import static vn.dti.report.extraction.DistrictReportSentences.assertValue;

import org.junit.jupiter.api.Test;

/** Classes of wording found by paraphrasing dev facts of the doc, dir and hr families, each with invented variants. */
class ExtractionParaphraseDocDirTest {

    @Test
    void aFractionSaidInWordsGivesTheTargetsMetAndTheirTotal() {
        assertValue("Huyện đã hoàn thành 18 trên tổng số 20 chỉ tiêu của Kế hoạch chuyển đổi số.", "dir.plan_targets_met", "18");
        assertValue("Huyện đã hoàn thành 18 trên tổng số 20 chỉ tiêu của Kế hoạch chuyển đổi số.", "dir.plan_targets_total", "20");
        assertValue("Kết quả thực hiện: 27 trên 30 nhiệm vụ của kế hoạch đã hoàn thành.", "dir.plan_targets_met", "27");
    }

    @Test
    void aboveAloneIsStillApproximateWording() {
        assertValue("Kế hoạch chuyển đổi số năm 2023 của huyện có trên 30 chỉ tiêu.", "dir.plan_targets_total", "30");
    }

    @Test
    void incomingDocumentsNamedFirstThenALongPredicateEndingInAreGiveTheCount() {
        assertValue("Văn bản đến được tiếp nhận, xử lý trên iOffice là 3.412 văn bản.", "doc.incoming", "3412");
        assertValue("Số VB đến được cập nhật lên phần mềm đạt 2.050 văn bản.", "doc.incoming", "2050");
    }

    @Test
    void officialMailCalledThuCongVu() {
        assertValue("Trên 97% cán bộ, công chức dùng thư công vụ trong công việc.", "doc.official_email_pct", "97");
        assertNone("Phấn đấu 100% cán bộ, công chức sử dụng thư công vụ.", "doc.official_email_pct");
    }

    @Test
    void signaturesGrantedToAShareOfStaff() {
        assertValue("Chữ ký số chuyên dùng đã được cấp cho 100% lãnh đạo các cơ quan, đơn vị.", "doc.digital_signature_pct", "100");
        assertValue("Chứng thư số cá nhân được Ban Cơ yếu cấp cho 96% cán bộ, công chức.", "doc.digital_signature_pct", "96");
    }

    @Test
    void trainedStaffCountedInPersonsOrAsTheTrainingsAttendance() {
        assertValue("Số cán bộ, công chức được bồi dưỡng kỹ năng số: 210 người.", "hr.trained_staff", "210");
        assertValue("Lớp tập huấn chuyển đổi số cho cán bộ xã có 85 học viên.", "hr.trained_staff", "85");
        assertValue("Hội nghị tập huấn về chữ ký số có 120 đại biểu là cán bộ, công chức tham dự.", "hr.trained_staff", "120");
        assertValue("Mở 2 lớp đào tạo kỹ năng số với 64 học viên là công chức các phòng, ban.", "hr.trained_staff", "64");
        assertNone("Số người dân được tập huấn kỹ năng số: 1.500 người.", "hr.trained_staff");
        assertNone("Tổ chức lớp tập huấn kỹ năng số với 300 người dân tham gia.", "hr.trained_staff");
    }

    @Test
    void theCommitteeIssuingItsOwnDocuments() {
        assertValue("Ban Chỉ đạo chuyển đổi số huyện ban hành Quy chế hoạt động.", "dir.steering_committee", true);
        assertNone("Ban Chỉ đạo chuyển đổi số tỉnh ban hành Kế hoạch kiểm tra các huyện.", "dir.steering_committee");
    }

    @Test
    void theCommitteeKeptRunningOrDirecting() {
        assertValue("Huyện tiếp tục duy trì hoạt động của Ban Chỉ đạo về chuyển đổi số.", "dir.steering_committee", true);
        assertValue("Ban Chỉ đạo chuyển đổi số của huyện thường xuyên đôn đốc các xã triển khai nhiệm vụ.", "dir.steering_committee", true);
        assertValue("Trưởng Ban Chỉ đạo CĐS huyện chủ trì hội nghị đánh giá kết quả 6 tháng.", "dir.steering_committee", true);
        assertNone("Ban Chỉ đạo chuyển đổi số tỉnh chỉ đạo các huyện rà soát dữ liệu.", "dir.steering_committee");
    }

    @Test
    void documentsSentOutCountedBeforeTheirNoun() {
        assertValue("Trong năm, huyện đã gửi đi 8.240 văn bản điện tử qua trục liên thông.", "doc.outgoing", "8240");
        assertNone("Huyện đã gửi đi 8.240 hồ sơ đề nghị.", "doc.outgoing");
    }

    @Test
    void staffWorkingOnInformationTechnology() {
        assertValue("Huyện có 14 người làm công tác công nghệ thông tin.", "hr.it_staff", "14");
        assertValue("Số công chức làm công tác CNTT: 6 người.", "hr.it_staff", "6");
    }

    @Test
    void aFewCommunesFigureIsNotTheDistricts() {
        assertNone("Một số xã tỷ lệ sử dụng thư điện tử công vụ chỉ đạt 60%.", "doc.official_email_pct");
        assertNone("Tại một số phường, tỷ lệ văn bản điện tử mới đạt 70%.", "doc.electronic_pct");
        assertValue("Tỷ lệ văn bản điện tử của huyện đạt 97%, một số xã còn thấp.", "doc.electronic_pct", "97");
    }
}
