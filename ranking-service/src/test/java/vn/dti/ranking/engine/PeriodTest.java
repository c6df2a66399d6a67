package vn.dti.ranking.engine;

import vn.dti.platform.period.Period;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PeriodTest {

    @Test
    void thePreviousComparablePeriodHasTheSameKind() {
        assertEquals("2022", Period.parse("2023").previous().code());
        assertEquals("2023Q2", Period.parse("2023Q3").previous().code());
        assertEquals("2022Q4", Period.parse("2023Q1").previous().code());
        assertEquals("2022H2", Period.parse("2023H1").previous().code());
        assertEquals("2022-9M", Period.parse("2023-9M").previous().code());
        assertEquals("2022-12", Period.parse("2023-01").previous().code());
        assertEquals("2016/2020", Period.parse("2021/2025").previous().code());
        assertEquals("2024Q1", Period.parse("2023Q4").next().code());
    }
}
