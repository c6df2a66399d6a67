package vn.dti.ranking.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Payload of {@code ScoresComputed} (indicator-service → ranking), as docs/events.md documents it. */
public record ScoresComputed(String unitCode, String unitName, String unitGroup, String province, String period,
        String framework, String stage, BigDecimal points, BigDecimal applicableMax, BigDecimal index,
        List<Group> groups, Instant computedAt, List<Source> sources) {

    public static final String TYPE = "ScoresComputed";

    public record Source(UUID reportId, Integer version) {
    }

    /** A main index of the score: points out of the applicable maximum. */
    public record Group(String code, BigDecimal points, BigDecimal max, BigDecimal index) {
    }

    /** The fields without which a score cannot be ranked, named as in the payload. */
    public List<String> missingFields() {
        List<String> missing = new ArrayList<>();
        check(missing, "unitCode", unitCode);
        check(missing, "unitGroup", unitGroup);
        check(missing, "province", province);
        check(missing, "period", period);
        check(missing, "framework", framework);
        check(missing, "stage", stage);
        check(missing, "points", points);
        check(missing, "index", index);
        return missing;
    }

    private static void check(List<String> missing, String field, Object value) {
        if (value == null || value instanceof String text && text.isBlank()) {
            missing.add(field);
        }
    }
}
