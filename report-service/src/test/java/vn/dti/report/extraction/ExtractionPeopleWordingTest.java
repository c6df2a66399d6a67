package vn.dti.report.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Wordings mined from real reports and news about staff, training, community tech teams, residents' connectivity and
 * infrastructure (corpus/phrasings-people-*.tsv), read under a district report header for 2023.
 */
class ExtractionPeopleWordingTest {

    private static final String HEADER = "UBND HUYỆN AN PHÚ\nBÁO CÁO kết quả chuyển đổi số năm 2023\n";

    private static ExtractionEngine engine;

    @BeforeAll
    static void createEngine() {
        engine = new ExtractionEngine(Catalog.fromClasspath());
    }

    private static Optional<Proposal> find(String body, String element) {
        return engine.extract(HEADER + body + "\n").values().stream().filter(p -> p.element().equals(element)).findFirst();
    }

    private static void assertValue(String body, String element, Object expected) {
        Proposal p = find(body, element).orElseThrow(() -> new AssertionError(element + " was not proposed from: " + body));
        Object value = p.value() instanceof BigDecimal d ? d.stripTrailingZeros() : p.value();
        Object want = expected instanceof String s ? new BigDecimal(s).stripTrailingZeros() : expected;
        assertEquals(want, value, element + " from \"" + p.quote() + "\"");
    }

    private static void assertNone(String body, String element) {
        Optional<Proposal> p = find(body, element);
        assertTrue(p.isEmpty(), () -> element + " must not be proposed, got " + p.get().value() + " from \"" + p.get().quote() + "\"");
    }

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
}
