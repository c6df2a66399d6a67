package vn.dti.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import vn.dti.gateway.routing.RouteTable;
import vn.dti.gateway.routing.Service;

class RouteTableTest {

    @ParameterizedTest
    @CsvSource({
            "/api/v1/units, REPORT",
            "/api/v1/units/BDI.SNGV, REPORT",
            "/api/v1/units/BDI.SNGV/merge, REPORT",
            "/api/v1/reports/42/submit, REPORT",
            "/api/v1/data-elements, REPORT",
            "/api/v1/campaigns/7/completeness, REPORT",
            "/api/v1/extractions, REPORT",
            "/api/v1/data-value-sets, REPORT",
            "/api/v1/frameworks/dti-2024, INDICATOR",
            "/api/v1/scores/BDI.SNGV/2023, INDICATOR",
            "/api/v1/exports/national, INDICATOR",
            "/api/v1/rankings/9/publish, RANKING",
            "/api/v1/units/BDI.SNGV/rank-history, RANKING",
            "/api/v1/public/rankings, RANKING",
            "/api/v1/public/units/BDI.SNGV/scorecard, RANKING",
            "/api/v1/admin/indicator/dead-letters/3/replay, INDICATOR",
            "/api/v1/admin/ranking/dead-letters, RANKING" })
    void eachPathGoesToTheServiceThatOwnsIt(String path, Service owner) {
        assertEquals(Optional.of(owner), RouteTable.serviceFor(path));
    }

    @ParameterizedTest
    @ValueSource(strings = { "/api/v1/nothing", "/api/v1/unitsx", "/api/v2/units", "/api/v1/" })
    void unknownPathsBelongToNoService(String path) {
        assertTrue(RouteTable.serviceFor(path).isEmpty());
    }
}
