package vn.dti.platform.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.dti.platform.rest.StrictJson;

/** A number or a boolean where a text is documented is a 400 naming the field, not a text made of it. */
class WrongScalarTypesTest {

    record Row(String unit, String period, List<String> tags) {
    }

    private final ObjectMapper mapper = strict();

    @Test
    void aNumberForATextIsNamed() {
        Problem problem = problemOf("{\"unit\":\"BDI.SNGV\",\"period\":2023}");
        assertEquals(400, problem.status());
        assertEquals("period", problem.errors().get(0).field());
        assertTrue(problem.errors().get(0).message().contains("string"), problem.errors().get(0).message());
    }

    @Test
    void aBooleanInAListOfTextsIsNamedWithItsPlace() {
        Problem problem = problemOf("{\"unit\":\"BDI.SNGV\",\"tags\":[\"a\",true]}");
        assertEquals("tags[1]", problem.errors().get(0).field());
    }

    @Test
    void textsAndNullsAreRead() throws JsonProcessingException {
        Row row = mapper.readValue("{\"unit\":\"BDI.SNGV\",\"period\":null,\"tags\":[\"a\"]}", Row.class);
        assertEquals("BDI.SNGV", row.unit());
        assertEquals(null, row.period());
    }

    private Problem problemOf(String json) {
        JsonProcessingException e = assertThrows(JsonProcessingException.class, () -> mapper.readValue(json, Row.class));
        return JsonProblems.of(e);
    }

    private static ObjectMapper strict() {
        ObjectMapper mapper = new ObjectMapper();
        new StrictJson().customize(mapper);
        return mapper;
    }
}
