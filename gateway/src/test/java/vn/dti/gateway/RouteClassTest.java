package vn.dti.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.dti.gateway.routing.RouteClass;

class RouteClassTest {

    @ParameterizedTest
    @CsvSource({
            "GET, /api/v1/public/rankings, PUBLIC_READ",
            "HEAD, /api/v1/public/units/BDI.SNGV/scorecard, PUBLIC_READ",
            "GET, /api/v1/reports/42, READ",
            "POST, /api/v1/reports, WRITE",
            "PUT, /api/v1/reports/42/values, WRITE",
            "DELETE, /api/v1/units/BDI.SNGV, WRITE",
            "GET, /api/v1/rankings/9/export, EXPORT",
            "GET, /api/v1/public/rankings/export, EXPORT",
            "GET, /api/v1/exports/national, EXPORT" })
    void eachRequestFallsInOneClass(String method, String path, RouteClass expected) {
        assertEquals(expected, RouteClass.of(method, path));
    }
}
