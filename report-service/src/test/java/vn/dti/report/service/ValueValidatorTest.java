package vn.dti.report.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import vn.dti.report.repository.ConsistencyRule;
import vn.dti.report.repository.DataElement;
import vn.dti.report.repository.ValueType;
import vn.dti.platform.problem.Problem.FieldError;

class ValueValidatorTest {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final ValueValidator validator = new ValueValidator(Map.of(
            "doc.incoming", element("doc.incoming", ValueType.COUNT, "0", null),
            "doc.signed_pct", element("doc.signed_pct", ValueType.PERCENT, "0", "100"),
            "sec.security_level", element("sec.security_level", ValueType.LEVEL, "1", "5"),
            "fin.dx_budget", element("fin.dx_budget", ValueType.MONEY_VND, "0", null),
            "dir.annual_plan", element("dir.annual_plan", ValueType.BOOLEAN, null, null)),
            List.of(rule()));

    @ParameterizedTest
    @CsvSource({
            "doc.incoming, 26.157, 26157",
            "doc.incoming, 0, 0",
            "doc.signed_pct, '64,39', 64.39",
            "doc.signed_pct, 64.39%, 64.39",
            "doc.signed_pct, 100, 100",
            "sec.security_level, 2, 2",
            "fin.dx_budget, '737,34 triệu đồng', 737340000",
            "fin.dx_budget, 'hơn 2,5 tỷ', ''" })
    void numbersAreReadInTheirElementsType(String element, String text, String expected) {
        List<FieldError> errors = new ArrayList<>();
        var parsed = validator.parse(element, element, JSON.textNode(text), errors);
        if (expected.isEmpty()) {
            assertTrue(parsed.isEmpty(), "approximate wording is not a typed number");
        } else {
            assertEquals(0, new BigDecimal(expected).compareTo(parsed.orElseThrow().number()), errors.toString());
        }
    }

    @ParameterizedTest
    @CsvSource({
            "doc.incoming, -1, whole number",
            "doc.incoming, 1.5, whole number",
            "doc.signed_pct, 100.01, between 0 and 100",
            "sec.security_level, 6, between 1 and 5",
            "sec.security_level, 1.5, whole level",
            "fin.dx_budget, -5, 0 đồng or more",
            "no.such, 1, unknown data element" })
    void valuesOutsideTheirTypeOrRangeAreRefusedWithAReason(String element, String number, String reason) {
        List<FieldError> errors = new ArrayList<>();
        assertTrue(validator.parse(element, element, JSON.numberNode(new BigDecimal(number)), errors).isEmpty());
        assertTrue(errors.get(0).message().contains(reason), errors.get(0).message());
        assertEquals(element, errors.get(0).field());
    }

    @Test
    void booleansAcceptVietnameseWords() {
        List<FieldError> errors = new ArrayList<>();
        assertEquals(true, validator.parse("f", "dir.annual_plan", JSON.textNode("Có"), errors).orElseThrow().bool());
        assertEquals(false, validator.parse("f", "dir.annual_plan", JSON.textNode("không"), errors).orElseThrow().bool());
        assertTrue(validator.parse("f", "dir.annual_plan", JSON.textNode("maybe"), errors).isEmpty());
    }

    @Test
    void nullRemovesAValue() {
        JsonNode nothing = JSON.nullNode();
        assertTrue(validator.parse("f", "doc.incoming", nothing, new ArrayList<>()).orElseThrow().isRemoved());
    }

    @Test
    void theLeftSideOfARuleMayNotExceedItsRightSideAndMissingLeftPartsCountAsZero() {
        assertEquals(1, validator.checkConsistency(Map.of("a", BigDecimal.valueOf(5), "total", BigDecimal.valueOf(4))).size());
        assertEquals(1, validator.checkConsistency(Map.of("a", BigDecimal.valueOf(3), "b", BigDecimal.valueOf(2),
                "total", BigDecimal.valueOf(4))).size());
        assertEquals(0, validator.checkConsistency(Map.of("a", BigDecimal.valueOf(3), "b", BigDecimal.ONE,
                "total", BigDecimal.valueOf(4))).size());
        assertEquals(0, validator.checkConsistency(Map.of("a", BigDecimal.valueOf(30))).size(), "unknown total: nothing to check");
    }

    private static DataElement element(String code, ValueType type, String min, String max) {
        DataElement element = new DataElement();
        element.code = code;
        element.valueType = type;
        element.minValue = min == null ? null : new BigDecimal(min);
        element.maxValue = max == null ? null : new BigDecimal(max);
        return element;
    }

    private static ConsistencyRule rule() {
        ConsistencyRule rule = new ConsistencyRule();
        rule.code = "test";
        rule.leftCodes = "a,b";
        rule.rightCodes = "total";
        rule.messageVi = "a + b ≤ tổng";
        rule.messageEn = "a + b ≤ total";
        return rule;
    }
}
