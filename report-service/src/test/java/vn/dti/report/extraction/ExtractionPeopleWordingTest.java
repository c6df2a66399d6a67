package vn.dti.report.extraction;

import static vn.dti.report.extraction.DistrictReportSentences.assertNone;
import static vn.dti.report.extraction.DistrictReportSentences.assertValue;

import org.junit.jupiter.api.Test;

/**
 * Wordings mined from real reports and news about staff, training, community tech teams, residents' connectivity and
 * infrastructure (corpus/phrasings-people-*.tsv), read under a district report header for 2023.
 */
class ExtractionPeopleWordingTest {

    @Test
    void aSentenceThatCountsWhatTheSentenceBeforeNamesKeepsItsSubject() {
        assertValue("Huyện đã thành lập Tổ công nghệ số cộng đồng cho từng thôn. Hiện nay, có 120 tổ với tổng cộng 650 thành viên.",
                "hr.community_tech_members", "650");
        assertValue("Huyện đã tổ chức 12 lớp phổ cập kỹ năng số. Hơn 1.250 lượt người dân được hướng dẫn sử dụng VNeID.",
                "soc.digital_skills_trained", "1250");
    }

    @Test
    void theSentenceBeforeInAnotherParagraphDoesNotGiveItsSubject() {
        assertNone("Huyện đã thành lập Tổ công nghệ số cộng đồng cho từng thôn.\nHội Nông dân huyện hiện có 650 thành viên.",
                "hr.community_tech_members");
        assertNone("Huyện đã tổ chức 12 lớp phổ cập kỹ năng số.\nHơn 1.250 lượt người dân đến giao dịch tại bộ phận một cửa.",
                "soc.digital_skills_trained");
    }

    @Test
    void aResidentsShareOfTheWholeCountryIsNotTheUnits() {
        assertNone("Hạ tầng băng rộng đã phủ sóng 99,73% số thôn trên toàn quốc.", "soc.mobile_coverage_pct");
        assertNone("Tỷ lệ người trưởng thành sử dụng điện thoại thông minh tại Việt Nam đạt khoảng 73,5%.", "soc.smartphone_pct");
        assertValue("Huyện đã phủ sóng 4G đến 100% số thôn, bản.", "soc.mobile_coverage_pct", "100");
        assertValue("Tỷ lệ hộ gia đình có internet cáp quang đạt 82%, cao hơn bình quân cả nước.", "soc.household_fiber_pct", "82");
    }

    @Test
    void participantsOfATrainingAndOnlineMeetingsAreRead() {
        assertValue("Huyện tổ chức tập huấn chuyển đổi số tại 3 cụm xã với sự tham gia của 260 cán bộ, công chức.",
                "hr.trained_staff", "260");
        assertValue("Huyện đã tổ chức các cuộc họp trực tuyến giữa UBND huyện và các xã.", "infra.video_conference", true);
    }

    @Test
    void anOnlineMeetingIsReadButARequestToHoldMoreIsNot() {
        assertValue("UBND huyện họp trực tuyến về công tác phòng chống dịch Covid-19.", "infra.video_conference", true);
        assertValue("Chủ tịch UBND huyện có buổi làm việc trực tuyến với các xã về chuyển đổi số.", "infra.video_conference", true);
        assertNone("Chủ tịch UBND tỉnh vừa yêu cầu mở rộng hơn nữa hình thức họp trực tuyến.", "infra.video_conference");
        assertNone("Bảo đảm việc học và làm việc trực tuyến cho học sinh.", "infra.video_conference");
    }

    @Test
    void aRankingOfLocalitiesIsNotTheUnitsShare() {
        assertNone("Hải Phòng là địa phương có tỷ lệ người trưởng thành sử dụng smartphone cao nhất với 78,4%, tiếp theo là Đà Nẵng với 77,8%.",
                "soc.smartphone_pct");
        assertNone("Các địa phương có tỷ lệ người dân sử dụng smartphone thấp là Sơn La với 58,3%, Điện Biên với 57,6%.",
                "soc.smartphone_pct");
        assertValue("Tỷ lệ người dân có điện thoại thông minh trên địa bàn huyện đạt 76%.", "soc.smartphone_pct", "76");
        assertValue("Tỷ lệ hộ gia đình có thuê bao internet là 37,3% (mục tiêu là 75% hộ gia đình).", "soc.household_fiber_pct", "37.3");
    }

    @Test
    void theSizeOfEachTeamIsNotTheMembersTotal() {
        assertNone("Tổ công nghệ số cộng đồng tại các thôn Bình Tịnh, Tân An gồm có 5 thành viên/tổ.", "hr.community_tech_members");
        assertNone("Tổ công nghệ cộng đồng tại các thôn Bình Tịnh, Tân An, Hà Bình, Phú Long gồm có 5 thành viên/tổ.",
                "hr.community_tech_members");
        assertValue("Toàn huyện có 45 tổ công nghệ số cộng đồng với 230 thành viên.", "hr.community_tech_members", "230");
    }

    @Test
    void classesOnOtherTopicsAreNotDigitalTrainingAndClassesForStaffCount() {
        assertNone("Đoàn thanh niên phối hợp tổ chức 27 lớp chuyển giao kỹ thuật, phương thức sản xuất mới cho đoàn viên.",
                "hr.training_courses");
        assertNone("Hội Nông dân tổ chức 5 lớp tập huấn cho các câu lạc bộ làm kinh tế giỏi.", "hr.training_courses");
        assertValue("Huyện đã tổ chức 5 lớp tập huấn chuyển đổi số cho cán bộ, công chức.", "hr.training_courses", "5");
        assertValue("Huyện đã tổ chức 10 lớp học trực tiếp về chuyển đổi số cho khoảng 1.000 cán bộ, công chức.", "hr.trained_staff", "1000");
    }
}
