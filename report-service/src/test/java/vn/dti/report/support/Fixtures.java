package vn.dti.report.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;

/** Test data created through the API, as an admin would. */
public final class Fixtures {

    private Fixtures() {
    }

    /** A province with departments (group so-ban-nganh); existing ones are kept. */
    public static void province(String province, String... departments) {
        unit("{\"code\":\"%s\",\"name\":\"Tỉnh %s\",\"level\":\"PROVINCE\",\"validFrom\":\"2016-01-01\"}"
                .formatted(province, province));
        for (String department : departments) {
            unit(("{\"code\":\"%s.%s\",\"name\":\"Sở %s\",\"level\":\"DEPARTMENT\",\"group\":\"so-ban-nganh\","
                    + "\"validFrom\":\"2016-01-01\"}").formatted(province, department, department));
        }
    }

    private static void unit(String json) {
        int status = given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(json)
                .when().post("/api/v1/units").then().extract().statusCode();
        if (status != 201 && status != 409) {
            throw new IllegalStateException("creating unit " + json + " answered " + status);
        }
    }
}
