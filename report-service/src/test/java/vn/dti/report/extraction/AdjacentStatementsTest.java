package vn.dti.report.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A share that completes one statement ("… đạt 94,4%,") is not also the share of the phrase that follows its comma. */
class AdjacentStatementsTest {

    private static ExtractionEngine engine;

    @BeforeAll
    static void createEngine() {
        engine = new ExtractionEngine(Catalog.fromClasspath());
    }

    private static Object value(String text, String element) {
        return engine.extract(text).values().stream().filter(p -> p.element().equals(element)).findFirst().map(Proposal::value)
                .orElse(null);
    }

    @Test
    void theShareAfterTheNextPhraseIsItsOwn() {
        assertEquals(new BigDecimal("98"), value("Dịch vụ công trực tuyến được triển khai đầy đủ với tỉ lệ giải quyết hồ sơ trực tuyến đạt "
                + "94,4%, mức độ hài lòng của người dân đạt trên 98%.", "dvc.satisfaction_pct"));
        assertEquals(new BigDecimal("96"), value("Tỷ lệ hồ sơ giải quyết đúng hạn là 97,2%, sự hài lòng của tổ chức, cá nhân đạt 96%.",
                "dvc.satisfaction_pct"));
        assertEquals(new BigDecimal("99.5"), value("Tỷ lệ số hóa hồ sơ đạt 88%, chỉ số hài lòng: 99,5%.", "dvc.satisfaction_pct"));
    }

    @Test
    void aShareRightBeforeItsPhraseIsStillRead() {
        assertEquals(new BigDecimal("90"), value("90% máy tính được cài phần mềm diệt virus có bản quyền.", "sec.antivirus_pct"));
        assertEquals(new BigDecimal("97"), value("Trong năm, 97% người dân hài lòng với sự phục vụ của bộ phận một cửa.", "dvc.satisfaction_pct"));
    }
}
