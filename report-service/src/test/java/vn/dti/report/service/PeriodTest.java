package vn.dti.report.service;

import vn.dti.platform.period.Period;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodTest {

    @ParameterizedTest
    @CsvSource({
            "2023,      YEAR,        2023-01-01, 2023-12-31, Năm 2023",
            "2023H1,    HALF_YEAR,   2023-01-01, 2023-06-30, 6 tháng đầu năm 2023",
            "2023H2,    HALF_YEAR,   2023-07-01, 2023-12-31, 6 tháng cuối năm 2023",
            "2021-9M,   NINE_MONTHS, 2021-01-01, 2021-09-30, 9 tháng đầu năm 2021",
            "2023Q3,    QUARTER,     2023-07-01, 2023-09-30, Quý III/2023",
            "2024Q1,    QUARTER,     2024-01-01, 2024-03-31, Quý I/2024",
            "2024-02,   MONTH,       2024-02-01, 2024-02-29, Tháng 2/2024",
            "2021/2025, STAGE,       2021-01-01, 2025-12-31, Giai đoạn 2021-2025" })
    void everyKindOfTheContractParsesWithItsDates(String code, Period.Kind kind, LocalDate start, LocalDate end, String labelVi) {
        Period period = Period.parse(code);
        assertEquals(kind, period.kind());
        assertEquals(start, period.start());
        assertEquals(end, period.end());
        assertEquals(labelVi, period.labelVi());
        assertEquals(code, period.code());
    }

    @Test
    void lowerCaseAndSurroundingSpacesAreAccepted() {
        assertEquals("2023H1", Period.parse(" 2023h1 ").code());
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "23", "2023H3", "2023Q5", "2023-13", "2023-9", "2025/2021", "2023/2023", "1999", "2023-6M", "năm 2023" })
    void anythingElseIsRejectedWithAnExplanation(String code) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Period.parse(code));
        assertTrue(e.getMessage().length() > 10);
    }

    @Test
    void aPeriodKnowsWhichDaysItCovers() {
        Period q3 = Period.parse("2023Q3");
        assertTrue(q3.contains(LocalDate.of(2023, 9, 30)));
        assertTrue(!q3.contains(LocalDate.of(2023, 10, 1)));
    }
}
