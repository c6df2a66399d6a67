package vn.dti.platform.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.dti.platform.rest.StrictJson;

/** A key given twice in one object is a 400 naming it: parsers disagree on which of the two wins. */
class DuplicateKeysTest {

    record Section(String title, String body) {
    }

    record Narrative(List<Section> sections) {
    }

    record Undo(String reason) {
    }

    private final ObjectMapper mapper = strict();

    @Test
    void aTopLevelKeyGivenTwiceIsNamed() {
        Problem problem = problemOf("{\"reason\":\"a\",\"reason\":\"b\"}", Undo.class);
        assertEquals(400, problem.status());
        assertEquals("reason", problem.errors().get(0).field());
    }

    @Test
    void aNestedKeyGivenTwiceIsNamedWithItsPath() {
        Problem problem = problemOf("{\"sections\":[{\"title\":\"a\",\"body\":\"x\",\"title\":\"b\"}]}", Narrative.class);
        assertEquals("sections[0].title", problem.errors().get(0).field());
    }

    @Test
    void theSameKeyInTwoObjectsIsNotADuplicate() throws JsonProcessingException {
        Narrative narrative = mapper.readValue("{\"sections\":[{\"title\":\"a\",\"body\":\"x\"},{\"title\":\"b\",\"body\":\"y\"}]}",
                Narrative.class);
        assertEquals(2, narrative.sections().size());
    }

    private Problem problemOf(String json, Class<?> type) {
        JsonProcessingException e = assertThrows(JsonProcessingException.class, () -> mapper.readValue(json, type));
        return JsonProblems.of(e);
    }

    private static ObjectMapper strict() {
        ObjectMapper mapper = new ObjectMapper();
        new StrictJson().customize(mapper);
        return mapper;
    }
}
