package vn.dti.platform.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Who reads which audit lines: an administrator without a province claim all of them; a reviewer,
 * council member or administrator of a province only that province's. A filter naming another
 * province or another province's unit is outside the scope (answered as not found).
 */
public final class AuditScope {

    private AuditScope() {
    }

    public static Optional<AuditQuery> restrict(AuditQuery query, String callerProvince, boolean allProvinces) {
        if (allProvinces && callerProvince == null) {
            return Optional.of(query);
        }
        if (callerProvince == null) {
            return Optional.empty();
        }
        if (query.province() != null && !query.province().equals(callerProvince)) {
            return Optional.empty();
        }
        if (query.unit() != null && !provinceOf(query.unit()).equals(callerProvince)) {
            return Optional.empty();
        }
        return Optional.of(query.inProvince(callerProvince));
    }

    /** Parses {@code from}/{@code to}: a day ({@code 2025-07-01}, midnight UTC) or an instant. */
    public static Instant instant(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return text.length() == 10 ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + ": must be a day like 2025-07-01 or a time like 2025-07-01T08:00:00Z");
        }
    }

    static String provinceOf(String unitCode) {
        int dot = unitCode.indexOf('.');
        return dot < 0 ? unitCode : unitCode.substring(0, dot);
    }
}
