package vn.dti.indicator.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class FormulaParserTest {

    private static final Map<String, BigDecimal> VALUES = Map.of(
            "dvc.online_full", new BigDecimal("5"),
            "dvc.online_partial", new BigDecimal("1"),
            "dvc.procedures_total", new BigDecimal("6"),
            "dvc.dossier_digitization_pct", new BigDecimal("64.39"),
            "dvc.result_digitization_pct", new BigDecimal("28.42"),
            "zero.value", BigDecimal.ZERO);

    private static BigDecimal eval(String formula) {
        return FormulaParser.parse(formula).evaluate(VALUES::get);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "dvc.online_full + dvc.online_partial; 6",
            "(dvc.dossier_digitization_pct + dvc.result_digitization_pct) / 2; 46.405",
            "1 + 2 * 3; 7",
            "(1 + 2) * 3; 9",
            "10 - 4 - 3; 3",
            "24 / 4 / 2; 3",
            "-dvc.online_full + 10; 5",
            "2 * -3; -6",
            "--2; 2",
            "0.5 * dvc.procedures_total; 3.0",
            "  dvc.online_full*2  ; 10",
            "1 / 3; 0.3333333333333333",
            "dvc.online_full / dvc.procedures_total * 40; 33.33333333333333200"})
    void evaluatesWithPrecedenceAndExactDecimals(String formula, String expected) {
        assertEquals(0, new BigDecimal(expected).compareTo(eval(formula)), formula + " = " + eval(formula));
    }

    @Test
    void sumsAndProductsStayExact() {
        assertEquals(new BigDecimal("92.81"), eval("dvc.dossier_digitization_pct + dvc.result_digitization_pct"));
        assertEquals(new BigDecimal("0.3"), eval("0.1 + 0.2"));
    }

    @Test
    void aMissingElementOrADivisionByZeroLeavesTheValueUndefined() {
        assertNull(eval("dvc.online_full + doc.signed_pct"));
        assertNull(eval("dvc.online_full / zero.value"));
    }

    @Test
    void listsTheElementsItReads() {
        assertEquals(List.of("dvc.online_full", "dvc.online_partial", "dvc.procedures_total"),
                List.copyOf(FormulaParser.parse("(dvc.online_full + dvc.online_partial) / dvc.procedures_total + 1").elements()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "a +", "(a", "a)", "a b", "1..2", "2.", "a..b", "a.", "a $ b", "* 2", "()",
            "java.lang.Runtime.getRuntime().exec('x')", "a = 1", "1 ,5", "_a"})
    void rejectsWhatIsNotAFormula(String formula) {
        assertThrows(FormulaException.class, () -> FormulaParser.parse(formula));
    }

    @Test
    void rejectionsSayWhere() {
        FormulaException error = assertThrows(FormulaException.class, () -> FormulaParser.parse("dvc.online_full +* 2"));
        assertTrue(error.getMessage().contains("position 18"), error.getMessage());
    }

    @Test
    void refusesAbsurdNestingAndLength() {
        assertThrows(FormulaException.class, () -> FormulaParser.parse("(".repeat(100) + "1" + ")".repeat(100)));
        assertThrows(FormulaException.class, () -> FormulaParser.parse("-".repeat(100) + "1"));
        assertThrows(FormulaException.class, () -> FormulaParser.parse("1+".repeat(600) + "1"));
    }
}
