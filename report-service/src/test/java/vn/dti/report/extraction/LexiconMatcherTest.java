package vn.dti.report.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The lexicon-driven matcher on ordinary wordings that no per-report rule was written for. */
class LexiconMatcherTest {

    private static final String WALKTHROUGH = """
            Năm 2023, cơ quan có 52 công chức, trong đó 50 người đã được trang bị máy vi tính. Tỷ lệ văn bản đi được \
            ký số là 99,2 phần trăm. Hệ thống thông tin của đơn vị được phê duyệt ở cấp độ 3. Có 90% máy tính được cài \
            phần mềm diệt virus. Trong năm, 4.120/5.300 hồ sơ được tiếp nhận trực tuyến. Đơn vị tổ chức 3 lớp tập huấn \
            cho 48 lượt cán bộ. Văn bản đi: 1.234 văn bản; văn bản đến: 3.456 văn bản. Trong năm không để xảy ra sự cố \
            mất an toàn thông tin. Đơn vị họp trực tuyến qua Zoom với các phòng.
            """;

    private static ExtractionEngine engine;

    @BeforeAll
    static void createEngine() {
        engine = new ExtractionEngine(Catalog.fromClasspath());
    }

    private static Optional<Proposal> find(ExtractionResult r, String element) {
        return r.values().stream().filter(p -> p.element().equals(element)).findFirst();
    }

    private static void assertValue(ExtractionResult r, String element, Object expected) {
        Proposal p = find(r, element).orElseThrow(() -> new AssertionError(element + " was not proposed"));
        Object value = p.value() instanceof BigDecimal d ? d.stripTrailingZeros() : p.value();
        Object want = expected instanceof String s ? new BigDecimal(s).stripTrailingZeros() : expected;
        assertEquals(want, value, element + " from \"" + p.quote() + "\"");
    }

    @Test
    void readsAnOrdinaryWalkthroughParagraph() {
        ExtractionResult r = engine.extract(WALKTHROUGH);
        assertValue(r, "infra.staff_total", "52");
        assertValue(r, "infra.staff_with_computer", "50");
        assertValue(r, "doc.signed_pct", "99.2");
        assertValue(r, "sec.security_level", "3");
        assertValue(r, "sec.antivirus_pct", "90");
        assertValue(r, "dvc.dossiers_online", "4120");
        assertValue(r, "dvc.dossiers_received", "5300");
        assertValue(r, "hr.training_courses", "3");
        assertValue(r, "hr.trained_staff", "48");
        assertValue(r, "doc.outgoing", "1234");
        assertValue(r, "doc.incoming", "3456");
        assertValue(r, "sec.incidents", "0");
        assertValue(r, "infra.video_conference", true);
    }

    @Test
    void everyProposalNamesTheLexiconEntryOrRuleAndQuotesTheText() {
        ExtractionResult r = engine.extract(WALKTHROUGH);
        for (Proposal p : r.values()) {
            assertEquals(p.quote(), WALKTHROUGH.substring(p.start(), p.end()));
            assertTrue(p.source().matches("(?:lexicon[a-z-]*|rule|label):[a-z]+\\.[a-z_]+.*"), p.source());
        }
        assertEquals("lexicon-zero:sec.incidents#0", find(r, "sec.incidents").orElseThrow().source());
    }

    @Test
    void smallCountsWrittenInWordsNeedTheirUnitNoun() {
        assertValue(engine.extract("Trong năm 2023, đơn vị đã tổ chức hai lớp tập huấn về chuyển đổi số."), "hr.training_courses", "2");
        assertValue(engine.extract("Đơn vị tổ chức mười hai lớp bồi dưỡng cho công chức."), "hr.training_courses", "12");
        assertTrue(find(engine.extract("Đơn vị tổ chức tập huấn năm 2023."), "hr.training_courses").isEmpty());
    }

    @Test
    void qualifiersThatChangeTheMeaningAreRespected() {
        ExtractionResult r = engine.extract("Đơn vị cung cấp 47 dịch vụ công trực tuyến một phần và 23 dịch vụ công trực tuyến toàn trình.");
        assertValue(r, "dvc.online_partial", "47");
        assertValue(r, "dvc.online_full", "23");
        ExtractionResult incoming = engine.extract("Trong năm tiếp nhận 3.845 văn bản đến, phát hành 888 văn bản đi.");
        assertValue(incoming, "doc.incoming", "3845");
        assertValue(incoming, "doc.outgoing", "888");
        assertTrue(find(incoming, "dvc.dossiers_received").isEmpty(), "documents received are not dossiers");
    }

    @Test
    void thePeriodsFigureWinsOverACumulativeOne() {
        ExtractionResult r = engine.extract("Năm 2023, UBND huyện Sơn Tịnh báo cáo kết quả. Lũy kế từ năm 2020 đến nay đã tổ chức "
                + "12 lớp tập huấn; riêng trong năm 2023 tổ chức 4 lớp tập huấn.");
        assertValue(r, "hr.training_courses", "4");
    }

    @Test
    void anElementTheLexiconDoesNotKnowFallsBackToItsName() throws IOException {
        String csv = "code,value_type,pillar,name_vi,name_en\n"
                + "infra.servers,COUNT,infrastructure,Số máy chủ,Servers\n";
        Catalog catalog = Catalog.fromCsv(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
        ExtractionResult r = new ExtractionEngine(catalog).extract("Đơn vị hiện vận hành 4 máy chủ.");
        assertValue(r, "infra.servers", "4");
        assertTrue(find(r, "infra.servers").orElseThrow().source().startsWith("lexicon:infra.servers"));
    }

    @Test
    void figuresInParenthesesAndLabelledListItemsArePaired() {
        ExtractionResult r = engine.extract("Trong năm 2023:\n- Văn bản đến (3.456 văn bản) được xử lý trên môi trường mạng;\n"
                + "- VB đi: 1.234 VB.");
        assertValue(r, "doc.incoming", "3456");
        assertValue(r, "doc.outgoing", "1234");
    }

    @Test
    void theLetterheadNamesTheUnit() {
        ExtractionResult r = engine.extract("UBND XÃ VĨNH HƯNG\nBáo cáo kết quả chuyển đổi số\n\nĐến nay, 100% cán bộ, công chức "
                + "được cấp máy tính có kết nối mạng.");
        assertEquals("UBND xã Vĩnh Hưng", r.unitName());
        assertValue(r, "infra.computer_per_staff_pct", "100");
    }
}
