package vn.dti.platform.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class AuditScopeTest {

    private static final AuditQuery ANY = new AuditQuery(null, null, null, null, null, null);

    @Test
    void anAdministratorOfAllProvincesReadsEverything() {
        assertEquals(ANY, AuditScope.restrict(ANY, null, true).orElseThrow());
    }

    @Test
    void aReviewerReadsOnlyTheirProvinceEvenWithoutAskingForIt() {
        assertEquals("BDI", AuditScope.restrict(ANY, "BDI", false).orElseThrow().province());
    }

    @Test
    void anotherProvinceOrItsUnitIsOutsideTheScope() {
        assertTrue(AuditScope.restrict(new AuditQuery("QNG", null, null, null, null, null), "BDI", false).isEmpty());
        assertTrue(AuditScope.restrict(new AuditQuery(null, "QNG.SNV", null, null, null, null), "BDI", false).isEmpty());
        assertEquals("BDI.SNGV", AuditScope.restrict(new AuditQuery(null, "BDI.SNGV", null, null, null, null), "BDI", false)
                .orElseThrow().unit());
    }

    @Test
    void aCallerWithoutProvinceWhoIsNotAnAdministratorSeesNothing() {
        assertTrue(AuditScope.restrict(ANY, null, false).isEmpty());
    }

    @Test
    void timesAreDaysOrInstants() {
        assertEquals(Instant.parse("2025-07-01T00:00:00Z"), AuditScope.instant("2025-07-01", "from"));
        assertEquals(Instant.parse("2025-07-01T01:00:00Z"), AuditScope.instant("2025-07-01T08:00:00+07:00", "to"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AuditScope.instant("July", "from"));
        assertTrue(e.getMessage().startsWith("from:"));
    }

    @Test
    void theFilterNamesOnlyTheGivenFields() {
        var where = new AuditQuery("BDI", null, "admin", "merged", null, Instant.EPOCH).where();
        assertEquals("1 = 1 and province_code = :province and actor = :actor and action = :action and at < :to", where.getKey());
        assertEquals("MERGED", where.getValue().get("action"));
    }
}
