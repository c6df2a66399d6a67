package vn.dti.ranking.events;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Payload of {@code UnitChanged} (report-service): the unit as it stands after the change, with the
 * dated successor links of a restructuring ({@code successors}: several with shares after a split).
 */
public record UnitChanged(String change, String unitCode, String name, String nameEn, String level, String group,
        String parentCode, String province, LocalDate validFrom, LocalDate validTo, String successorCode,
        List<Successor> successors, UUID changeId, LocalDate effectiveDate) {

    public static final String TYPE = "UnitChanged";

    public record Successor(String code, LocalDate date, String kind, BigDecimal share) {
    }
}
