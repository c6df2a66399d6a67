package vn.dti.e2e;

import static io.restassured.RestAssured.given;

/** Periods nobody has reported on yet, so that tests can run again on the same running suite. */
final class FreshPeriods {

    private FreshPeriods() {
    }

    /** The first month from {@code fromYear} on for which the unit has no report. */
    static String month(String token, String unit, int fromYear) {
        for (int year = fromYear; year < 2100; year++) {
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
}
