package vn.dti.platform.rest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class StoredNumbersTest {

    @Test
    void valuesThatFitNumeric24x4AreKept() {
        assertTrue(StoredNumbers.fits(new BigDecimal("26157"), 24, 4));
        assertTrue(StoredNumbers.fits(new BigDecimal("64.3900"), 24, 4));
        assertTrue(StoredNumbers.fits(new BigDecimal("1E+3"), 24, 4));
        assertTrue(StoredNumbers.fits(BigDecimal.ZERO, 24, 4));
    }

    @Test
    void overflowAndSilentRoundingAreRefused() {
        assertFalse(StoredNumbers.fits(new BigDecimal("1e20").multiply(BigDecimal.TEN), 24, 4));
        assertFalse(StoredNumbers.fits(new BigDecimal("1e400"), 24, 4));
        assertFalse(StoredNumbers.fits(new BigDecimal("99999999999999999999.99999"), 24, 4));
        assertFalse(StoredNumbers.fits(new BigDecimal("1e-400"), 24, 4));
        assertFalse(StoredNumbers.fits(new BigDecimal("1e100000"), 24, 4));
    }
}
