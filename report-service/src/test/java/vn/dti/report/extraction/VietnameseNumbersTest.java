package vn.dti.report.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class VietnameseNumbersTest {

    private static BigDecimal n(String s) {
        return new BigDecimal(s);
    }

    @Test
    void dotGroupsThousandsInCounts() {
        assertEquals(n("26157"), VietnameseNumbers.parse("26.157").orElseThrow());
        assertEquals(n("1234567"), VietnameseNumbers.parse("1.234.567").orElseThrow());
        assertEquals(n("5"), VietnameseNumbers.parse("05").orElseThrow());
    }

    @Test
    void commaIsTheDecimalMark() {
        assertEquals(n("737.34"), VietnameseNumbers.parse("737,34").orElseThrow());
        assertEquals(n("1234.5"), VietnameseNumbers.parse("1.234,5").orElseThrow());
    }

    @Test
    void percentagesAcceptTheDecimalPointToo() {
        assertEquals(n("64.39"), VietnameseNumbers.parsePercent("64.39").orElseThrow());
        assertEquals(n("64.39"), VietnameseNumbers.parsePercent("64,39").orElseThrow());
        assertEquals(n("85.5"), VietnameseNumbers.parsePercent("85,5").orElseThrow());
        assertEquals(n("100"), VietnameseNumbers.parsePercent("100").orElseThrow());
    }

    @Test
    void moneyWordsMultiplyIntoDong() {
        assertEquals(n("737340000"), VietnameseNumbers.parseMoney("737,34", "triệu").orElseThrow());
        assertEquals(n("2500000000"), VietnameseNumbers.parseMoney("2,5", "tỷ").orElseThrow());
        assertEquals(n("46000000"), VietnameseNumbers.parseMoney("46", "triệu").orElseThrow());
        assertEquals(n("125500000"), VietnameseNumbers.parseMoney("125.500.000", null).orElseThrow());
        assertEquals(n("1500"), VietnameseNumbers.parseMoney("1,5", "nghìn").orElseThrow());
    }

    @Test
    void valuesArePlainNeverInExponentNotation() {
        assertEquals("737340000", VietnameseNumbers.parseMoney("737,34", "triệu").orElseThrow().toString());
        assertEquals("100", VietnameseNumbers.parsePercent("100,0").orElseThrow().toString());
    }

    @Test
    void levelsInArabicOrRomanFigures() {
        assertEquals(n("2"), VietnameseNumbers.parseLevel("2").orElseThrow());
        assertEquals(n("3"), VietnameseNumbers.parseLevel("III").orElseThrow());
        assertTrue(VietnameseNumbers.parseLevel("6").isEmpty());
    }

    @Test
    void rubbishIsNotANumber() {
        assertTrue(VietnameseNumbers.parse("abc").isEmpty());
        assertTrue(VietnameseNumbers.parse("").isEmpty());
        assertTrue(VietnameseNumbers.parse(null).isEmpty());
    }
}
