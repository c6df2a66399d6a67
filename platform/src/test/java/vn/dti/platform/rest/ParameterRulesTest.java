package vn.dti.platform.rest;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class ParameterRulesTest {

    enum Status { DRAFT, SUBMITTED }

    @Test
    void booleansAreOnlyTrueOrFalse() {
        assertNull(ParameterRules.ruleBroken(boolean.class, "true"));
        assertNotNull(ParameterRules.ruleBroken(boolean.class, "yes"));
        assertNotNull(ParameterRules.ruleBroken(Boolean.class, "1"));
    }

    @Test
    void numbersEnumsUuidsAndDatesAreChecked() {
        assertNotNull(ParameterRules.ruleBroken(Integer.class, "abc"));
        assertNotNull(ParameterRules.ruleBroken(Integer.class, "99999999999"));
        assertNull(ParameterRules.ruleBroken(Integer.class, "50"));
        assertNotNull(ParameterRules.ruleBroken(Status.class, "BOGUS"));
        assertNull(ParameterRules.ruleBroken(Status.class, "DRAFT"));
        assertNotNull(ParameterRules.ruleBroken(UUID.class, "nope"));
        assertNotNull(ParameterRules.ruleBroken(LocalDate.class, "2024-02-30"));
    }

    @Test
    void textParametersMustNotCarryControlCharacters() {
        assertNotNull(ParameterRules.ruleBroken(String.class, "BDI\u0000"));
        assertNull(ParameterRules.ruleBroken(String.class, "BDI"));
    }
}
