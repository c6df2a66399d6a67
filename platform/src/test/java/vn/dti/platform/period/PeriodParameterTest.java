package vn.dti.platform.period;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import vn.dti.platform.problem.ProblemException;

/** A period a caller sends is read as the API writes it, or refused with a 422 naming {@code period}. */
class PeriodParameterTest {

    @Test
    void aPeriodTheCallerSendsIsReadAsTheApiWritesIt() {
        assertEquals("2023Q3", Period.ofParameter("2023q3").code());
        assertEquals("2023-9M", Period.ofParameter(" 2023-9m ").code());
    }

    @Test
    void anImpossiblePeriodIsA422NamingThePeriod() {
        ProblemException refused = assertThrows(ProblemException.class, () -> Period.ofParameter("2023Q5"));
        assertEquals(422, refused.problem().status());
        assertEquals("period", refused.problem().errors().get(0).field());
    }
}
