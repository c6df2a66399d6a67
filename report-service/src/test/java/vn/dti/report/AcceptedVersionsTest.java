package vn.dti.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.hamcrest.Matchers.hasSize;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.dti.report.support.Fixtures;
import vn.dti.report.support.InfrastructureTestResource;
import vn.dti.report.support.Tokens;

/** The latest accepted version per unit, as reconciliation in indicator-service reads it. */
@QuarkusTest
@QuarkusTestResource(InfrastructureTestResource.class)
class AcceptedVersionsTest {

    private static final String PERIOD = "2024";

    @BeforeEach
    void province() {
        Fixtures.province("ACV", "SA", "SB", "SC");
    }

    @Test
    void listsTheLatestAcceptedVersionOfEachUnitEvenWhileAnAmendmentIsOpen() {
        String a = accepted("ACV.SA", 40);
        accepted("ACV.SB", 55);
        submitted("ACV.SC", 70); // not accepted: not listed
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body("{\"reason\":\"sửa số liệu\"}")
                .post("/api/v1/reports/" + a + "/amend").then().statusCode(200).body("version", equalTo(2));

        given().auth().oauth2(service()).queryParam("province", "ACV").queryParam("period", PERIOD)
                .get("/api/v1/reports/accepted-versions").then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.unitCode", equalTo(List.of("ACV.SA", "ACV.SB")))
                .body("items[0].reportId", equalTo(a))
                .body("items[0].version", equalTo(1))
                .body("items[0].unitGroup", equalTo("so-ban-nganh"))
                .body("items[0].values.find { it.element == 'doc.incoming' }.value", equalTo(40))
                .body("items[1].values.find { it.element == 'doc.incoming' }.value", equalTo(55));

        given().auth().oauth2(service()).queryParam("province", "ACV").queryParam("period", PERIOD)
                .queryParam("size", 1).queryParam("page", 1)
                .get("/api/v1/reports/accepted-versions").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].unitCode", equalTo("ACV.SB")).body("total", equalTo(2));
    }

    @Test
    void versionNumbersAloneLeaveTheValuesOut() {
        Fixtures.province("ACW", "SA", "SB");
        String a = accepted("ACW.SA", 40);
        accepted("ACW.SB", 55);

        given().auth().oauth2(service()).queryParam("province", "ACW").queryParam("period", PERIOD)
                .queryParam("values", false)
                .get("/api/v1/reports/accepted-versions").then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.unitCode", equalTo(List.of("ACW.SA", "ACW.SB")))
                .body("items[0].reportId", equalTo(a))
                .body("items[0].version", equalTo(1))
                .body("items[0].unitGroup", equalTo("so-ban-nganh"))
                .body("items[0].values", hasSize(0));
        given().auth().oauth2(service()).queryParam("province", "ACW").queryParam("period", PERIOD)
                .queryParam("values", "maybe")
                .get("/api/v1/reports/accepted-versions").then().statusCode(400);
    }

    @Test
    void aDigestPerPeriodChangesWhenAUnitsAcceptedVersionDoes() {
        Fixtures.province("ACX", "SA", "SB");
        String a = accepted("ACX.SA", 40);
        accepted("ACX.SB", 55);
        String before = digestOf("ACX");

        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body("{\"reason\":\"sửa số liệu\"}")
                .post("/api/v1/reports/" + a + "/amend").then().statusCode(200);
        assertEquals(before, digestOf("ACX"), "an open amendment is not accepted yet");
        given().auth().oauth2(Tokens.reporter("ACX.SA")).post("/api/v1/reports/" + a + "/submit").then().statusCode(200);
        given().auth().oauth2(Tokens.reviewer("ACX")).contentType(ContentType.JSON).body("{\"decision\":\"ACCEPT\"}")
                .post("/api/v1/reports/" + a + "/review").then().statusCode(200);

        assertNotEquals(before, digestOf("ACX"));
        given().auth().oauth2(service()).get("/api/v1/reports/accepted-digests").then().statusCode(422)
                .body("errors[0].field", equalTo("province"));
        given().auth().oauth2(Tokens.reviewer("ACX")).queryParam("province", "ACX")
                .get("/api/v1/reports/accepted-digests").then().statusCode(403);
    }

    /** The expected digest, computed here from the documented definition. */
    private static String digestOf(String province) {
        io.restassured.path.json.JsonPath page = given().auth().oauth2(service()).queryParam("province", province)
                .queryParam("period", PERIOD).queryParam("values", false).get("/api/v1/reports/accepted-versions")
                .then().statusCode(200).extract().jsonPath();
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < page.getList("items").size(); i++) {
            parts.add(page.getString("items[" + i + "].unitCode") + ":" + page.getString("items[" + i + "].reportId") + ":"
                    + page.getInt("items[" + i + "].version"));
        }
        String expected = md5(String.join(",", parts));
        given().auth().oauth2(service()).queryParam("province", province).get("/api/v1/reports/accepted-digests").then()
                .statusCode(200).body("find { it.period == '" + PERIOD + "' }.units", equalTo(parts.size()))
                .body("find { it.period == '" + PERIOD + "' }.digest", equalTo(expected));
        return expected;
    }

    private static String md5(String text) {
        try {
            return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("MD5")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void isForAdministratorsOfTheProvinceAndServicesOnly() {
        given().auth().oauth2(Tokens.reviewer("ACV")).queryParam("province", "ACV").queryParam("period", PERIOD)
                .get("/api/v1/reports/accepted-versions").then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(Tokens.token("admin-x", List.of("admin"), null, "XYZ")).queryParam("province", "ACV")
                .queryParam("period", PERIOD).get("/api/v1/reports/accepted-versions").then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(Tokens.token("admin-acv", List.of("admin"), null, "ACV")).queryParam("province", "ACV")
                .queryParam("period", PERIOD).get("/api/v1/reports/accepted-versions").then().statusCode(200);
    }

    @Test
    void namesTheBrokenParameter() {
        given().auth().oauth2(service()).queryParam("period", PERIOD).get("/api/v1/reports/accepted-versions").then()
                .statusCode(422).body("errors[0].field", equalTo("province"));
        given().auth().oauth2(service()).queryParam("province", "ACV").queryParam("period", "2024Q5")
                .get("/api/v1/reports/accepted-versions").then().statusCode(422).body("errors[0].field", equalTo("period"));
    }

    private static String service() {
        return Tokens.token("service-account-indicator-service", List.of("service"), null, null);
    }

    private static String accepted(String unit, int incoming) {
        String id = submitted(unit, incoming);
        given().auth().oauth2(Tokens.reviewer(unit.substring(0, unit.indexOf('.')))).contentType(ContentType.JSON).body("{\"decision\":\"ACCEPT\"}")
                .post("/api/v1/reports/" + id + "/review").then().statusCode(200);
        return id;
    }

    private static String submitted(String unit, int incoming) {
        String reporter = Tokens.reporter(unit);
        String id = given().auth().oauth2(reporter).contentType(ContentType.JSON)
                .body("{\"unitCode\":\"" + unit + "\",\"period\":\"" + PERIOD + "\"}")
                .post("/api/v1/reports").then().statusCode(201).extract().path("id");
        given().auth().oauth2(reporter).contentType(ContentType.JSON)
                .body("[{\"element\":\"doc.incoming\",\"value\":" + incoming + "}]")
                .put("/api/v1/reports/" + id + "/values").then().statusCode(200);
        given().auth().oauth2(reporter).post("/api/v1/reports/" + id + "/submit").then().statusCode(200);
        return id;
    }
}
