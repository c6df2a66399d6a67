package vn.dti.ranking.events;

import java.time.LocalDate;

/** Payload of {@code UnitChanged} (report-service): the unit as it stands after the change. */
public record UnitChanged(String change, String unitCode, String name, String nameEn, String level, String group,
        String parentCode, String province, LocalDate validFrom, LocalDate validTo, String successorCode) {

    public static final String TYPE = "UnitChanged";
}
