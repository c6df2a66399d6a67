package vn.dti.indicator.events;

import java.time.LocalDate;
import java.util.List;

import vn.dti.indicator.scoring.UnitLevel;

/** Payload of {@code UnitChanged}: the unit as it stands after the change, with its dated successor links. */
public record UnitChanged(String change, String unitCode, String name, String nameEn, UnitLevel level, String group,
        String parentCode, String province, LocalDate validFrom, LocalDate validTo, String successorCode,
        List<Successor> successors) {

    public static final String TYPE = "UnitChanged";

    public record Successor(String code, LocalDate date, String kind) {
    }
}
