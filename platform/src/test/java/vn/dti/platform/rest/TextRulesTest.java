package vn.dti.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class TextRulesTest {

    @Test
    void vietnameseTextIsFineAndNormalisedToNfc() {
        assertNull(TextRules.problemOf("Sở Nội vụ"));
        String decomposed = "So\u031B\u0309 No\u0302\u0323i vu\u0323";
        assertEquals("Sở Nội vụ", TextRules.normalize(decomposed));
    }

    @Test
    void nulControlBidiAndLoneSurrogatesAreRefused() {
        assertNotNull(TextRules.problemOf("A\u0000B"));
        assertNotNull(TextRules.problemOf("a\u0007"));
        assertNotNull(TextRules.problemOf("\u202Eabc"));
        assertNotNull(TextRules.problemOf("x\uD800"));
        assertNotNull(TextRules.problemOf("\uDC00x"));
    }

    @Test
    void invisibleOnlyTextIsRefusedButLineBreaksInTextAreFine() {
        assertNotNull(TextRules.problemOf("\u200B\u200B"));
        assertNull(TextRules.problemOf("dòng 1\ndòng 2\tcột"));
        assertNotNull(TextRules.problemOfParameter("BDI\n"));
    }

    @Test
    void aNameNeedsALetter() {
        assertNotNull(TextRules.problemOfName("1234"));
        assertNull(TextRules.problemOfName("Xã 12"));
    }
}
