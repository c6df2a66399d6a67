package vn.dti.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import vn.dti.platform.problem.ProblemException;

class PageRequestTest {

    @Test
    void aPageWhoseFirstRowCannotBeAddressedIsRefusedNamingPage() {
        ProblemException e = assertThrows(ProblemException.class, () -> PageRequest.of(Integer.MAX_VALUE, 50, 50, 500));
        assertEquals(422, e.problem().status());
        assertEquals("page", e.problem().errors().get(0).field());
    }

    @Test
    void theLastAddressablePageIsAccepted() {
        PageRequest last = PageRequest.of(Integer.MAX_VALUE / 500, 500, 50, 500);
        assertEquals((Integer.MAX_VALUE / 500) * 500, last.offset());
    }
}
