package vn.dti.e2e;

import static io.restassured.RestAssured.given;

/** Periods nobody has reported on yet, so that tests can run again on the same running suite. */
final class FreshPeriods {

    private FreshPeriods() {
    }

    private static boolean monthlyScoring;

    /** The first month from {@code fromYear} on (at most next year: later periods are refused) for which the unit has no report. */
    static String month(String token, String unit, int fromYear) {
        for (int year = fromYear; year <= java.time.LocalDate.now().getYear() + 1; year++) {
            for (int month = 1; month <= 12; month++) {
                String period = "%d-%02d".formatted(year, month);
                int total = given().auth().oauth2(token)
                        .when().get(RunningSuite.GATEWAY + "/api/v1/reports?unit=" + unit + "&period=" + period)
                        .then().statusCode(200).extract().path("total");
                if (total == 0) {
                    return period;
                }
            }
        }
        throw new IllegalStateException("no free month left for " + unit);
    }

    /**
     * Months are progress periods, scored and ranked only where a framework is activated for them:
     * the province's administrator does that once, as a province that ranks monthly would.
     */
    static synchronized void scoreMonthsIn(String province) {
        if (!monthlyScoring) {
            given().auth().oauth2(Keycloak.tokenOf("admin")).contentType(io.restassured.http.ContentType.JSON)
                    .body("{\"provinces\":[\"" + province + "\"],\"fromPeriod\":\"2016\",\"periodKinds\":[\"MONTH\"]}")
                    .when().post(RunningSuite.GATEWAY + "/api/v1/frameworks/dti-mau-2024/versions/1/activations")
                    .then().statusCode(201);
            monthlyScoring = true;
        }
    }
}
