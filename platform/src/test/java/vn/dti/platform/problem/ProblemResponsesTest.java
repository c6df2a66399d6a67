package vn.dti.platform.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ProblemResponsesTest {

    @Test
    void titlesFollowAcceptLanguage() {
        String title = ProblemType.NOT_FOUND.title();
        assertEquals("Không tìm thấy / Not found", ProblemResponses.localized(title, null));
        assertEquals("Not found", ProblemResponses.localized(title, "en-US,en;q=0.9"));
        assertEquals("Không tìm thấy", ProblemResponses.localized(title, "vi"));
    }

    @Test
    void everyStatusHasOneType() {
        assertEquals(ProblemType.PRECONDITION_FAILED, ProblemType.forStatus(412));
        assertEquals("https://dti.gov.vn/problems/412", ProblemType.PRECONDITION_FAILED.uri());
    }
}
