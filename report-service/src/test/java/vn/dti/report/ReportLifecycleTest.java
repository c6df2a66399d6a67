package vn.dti.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import vn.dti.report.support.Fixtures;
import vn.dti.report.support.InfrastructureTestResource;
import vn.dti.report.support.Tokens;

@QuarkusTest
@QuarkusTestResource(InfrastructureTestResource.class)
class ReportLifecycleTest {

    private static final String UNIT = "LCT.SNV";
    private static final String REPORTER = Tokens.reporter(UNIT);
    private static final String REVIEWER = Tokens.reviewer("LCT");

    @BeforeEach
    void provinceWithDepartments() {
        Fixtures.province("LCT", "SNV", "STC", "SYT");
        Fixtures.province("OTH", "SNV");
    }

    @Test
    void aReporterCreatesADraftWithTheContractShape() {
        String period = "2021";
        create(UNIT, period, null)
                .statusCode(201)
                .header("Location", containsString("/api/v1/reports/"))
                .header("ETag", notNullValue())
                .body("unitCode", equalTo(UNIT))
                .body("period", equalTo(period))
                .body("status", equalTo("DRAFT"))
                .body("version", equalTo(1))
                .body("values", empty())
                .body("narrative.sections", empty());
    }

    @Test
    void aReportUnchangedSinceItsETagAnswers304() {
        String id = create(UNIT, "2020Q2", null).statusCode(201).extract().path("id");
        String etag = get(id, REPORTER).extract().header("ETag");
        given().auth().oauth2(REPORTER).header("If-None-Match", etag).when().get("/api/v1/reports/" + id)
                .then().statusCode(304);
        given().auth().oauth2(REPORTER).header("If-None-Match", "\"stale\"").when().get("/api/v1/reports/" + id)
                .then().statusCode(200).header("ETag", equalTo(etag));
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyReturnsTheFirstReportInsteadOfASecond() {
        String key = UUID.randomUUID().toString();
        String first = create(UNIT, "2022Q1", key).statusCode(201).extract().path("id");
        String again = create(UNIT, "2022Q1", key).statusCode(201)
                .header("Idempotent-Replayed", "true").extract().path("id");
        assertEquals(first, again);
        create(UNIT, "2022Q1", null).statusCode(409).contentType("application/problem+json");
    }

    @Test
    void theSameIdempotencyKeyForAnotherRequestIsRefused() {
        String key = UUID.randomUUID().toString();
        create(UNIT, "2022Q2", key).statusCode(201);
        create(UNIT, "2022Q3", key).statusCode(422);
    }

    @Test
    void aReporterCannotCreateAReportForAnotherUnitOrABadPeriod() {
        create("LCT.STC", "2021", null).statusCode(404);
        create(UNIT, "2021Q5", null).statusCode(422).body("errors[0].field", equalTo("period"));
        create("OTH.SNV", "2021", null).statusCode(404);
        create("LCT.NOPE", "2021", null).statusCode(404);
    }

    @Test
    void valuesAreTypedAndVietnameseNumbersAreUnderstood() {
        String id = newReport("2022-9M");
        putValues(id, null, """
                [{"element":"doc.incoming","value":"26.157"},
                 {"element":"doc.signed_pct","value":"64,39"},
                 {"element":"fin.dx_budget","value":"737,34 triệu đồng"},
                 {"element":"dir.steering_committee","value":true},
                 {"element":"dvc.procedures_total","value":6},
                 {"element":"dvc.online_full","value":5}]""")
                .statusCode(200)
                .body("values.find { it.element == 'doc.incoming' }.value", equalTo(26157))
                .body("values.find { it.element == 'doc.signed_pct' }.value", equalTo(64.39f))
                .body("values.find { it.element == 'fin.dx_budget' }.value", equalTo(737340000))
                .body("values.find { it.element == 'dir.steering_committee' }.value", equalTo(true));
    }

    @Test
    void everyBrokenRuleIsListedAndNothingIsStored() {
        String id = newReport("2022H1");
        putValues(id, null, "[{\"element\":\"dvc.procedures_total\",\"value\":6}]").statusCode(200);
        putValues(id, null, """
                [{"element":"doc.incoming","value":-3},
                 {"element":"doc.signed_pct","value":120},
                 {"element":"hr.it_staff","value":1.5},
                 {"element":"no.such_element","value":1},
                 {"element":"dir.annual_plan","value":"maybe"},
                 {"element":"dvc.online_full","value":5},
                 {"element":"dvc.online_partial","value":2}]""")
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("doc.incoming", "doc.signed_pct", "hr.it_staff", "no.such_element",
                        "dir.annual_plan", "dvc.online_full"))
                .body("errors.find { it.field == 'dvc.online_full' }.message", containsString("dvc.procedures_total"));
        get(id, REPORTER).statusCode(200).body("values", hasSize(1));
    }

    @Test
    void aStaleIfMatchIsRefusedWith412() {
        String id = newReport("2022H2");
        String etag = get(id, REPORTER).extract().header("ETag");
        String newEtag = putValues(id, etag, "[{\"element\":\"doc.incoming\",\"value\":10}]").statusCode(200)
                .extract().header("ETag");
        assertNotEquals(etag, newEtag);
        putValues(id, etag, "[{\"element\":\"doc.incoming\",\"value\":11}]").statusCode(412)
                .contentType("application/problem+json");
    }

    @Test
    void anotherUnitsReportIsNotFoundRatherThanForbidden() {
        String id = newReport("2023Q1");
        get(id, Tokens.reporter("LCT.STC")).statusCode(404);
        get(id, Tokens.reviewer("OTH")).statusCode(404);
        given().auth().oauth2(Tokens.reporter("LCT.STC")).contentType(ContentType.JSON).body("[]")
                .when().put("/api/v1/reports/" + id + "/values").then().statusCode(404);
        get(id, REVIEWER).statusCode(200);
    }

    @Test
    void theWholeLifecycleFromDraftToAmendmentKeepsEveryVersionReadable() {
        String id = newReport("2023");
        putValues(id, null, "[{\"element\":\"dvc.procedures_total\",\"value\":6},{\"element\":\"dvc.online_full\",\"value\":5}]")
                .statusCode(200);
        narrative(id, "{\"sections\":[{\"title\":\"Kết quả\",\"body\":\"Đã cung cấp **05/06** TTHC toàn trình.\"}]}")
                .statusCode(200).body("narrative.sections[0].title", equalTo("Kết quả"));

        submit(id, UUID.randomUUID().toString()).statusCode(200).body("status", equalTo("SUBMITTED"));
        submit(id, null).statusCode(409);
        putValues(id, null, "[{\"element\":\"dvc.online_full\",\"value\":4}]").statusCode(409);

        review(id, Tokens.reporter(UNIT), "{\"decision\":\"ACCEPT\"}").statusCode(403);
        review(id, REVIEWER, "{\"decision\":\"RETURN\"}").statusCode(422).body("errors[0].field", equalTo("comment"));
        review(id, REVIEWER, "{\"decision\":\"RETURN\",\"comment\":\"Bổ sung số liệu dịch vụ công một phần\"}")
                .statusCode(200).body("status", equalTo("RETURNED"));

        putValues(id, null, "[{\"element\":\"dvc.online_partial\",\"value\":1}]").statusCode(200);
        submit(id, null).statusCode(200);
        review(id, REVIEWER, """
                {"decision":"ACCEPT","comment":"Đạt","adjustments":[
                  {"element":"dvc.online_full","value":4,"reason":"Theo Quyết định công bố danh mục, chỉ 04 TTHC toàn trình"}]}""")
                .statusCode(200)
                .body("status", equalTo("ACCEPTED"))
                .body("adjustments[0].oldValue", equalTo("5"))
                .body("adjustments[0].newValue", equalTo("4"))
                .body("values.find { it.element == 'dvc.online_full' }.source", equalTo("ADJUSTMENT"));

        given().auth().oauth2(REPORTER).contentType(ContentType.JSON).body("{\"reason\":\"Cập nhật số liệu thanh toán\"}")
                .when().post("/api/v1/reports/" + id + "/amend")
                .then().statusCode(200).body("status", equalTo("DRAFT")).body("version", equalTo(2));

        given().auth().oauth2(REVIEWER).when().get("/api/v1/reports/" + id + "/versions")
                .then().statusCode(200)
                .body("status", org.hamcrest.Matchers.contains("ACCEPTED", "DRAFT"));
        given().auth().oauth2(REVIEWER).when().get("/api/v1/reports/" + id + "/versions/1")
                .then().statusCode(200)
                .body("status", equalTo("ACCEPTED"))
                .body("values.find { it.element == 'dvc.online_full' }.value", equalTo(4));
        given().auth().oauth2(REVIEWER).when().get("/api/v1/reports/" + id + "/audit")
                .then().statusCode(200)
                .body("action", hasItems("CREATED", "VALUE_SET", "SUBMITTED", "RETURNED", "ADJUSTED", "ACCEPTED", "AMENDED"))
                .body("find { it.action == 'ADJUSTED' }.actor", equalTo("reviewer-LCT"))
                .body("find { it.action == 'ADJUSTED' }.reason", not(empty()));
    }

    @Test
    void aReviewerListsTheReportsOfItsProvince() {
        newReport("2024Q1");
        given().auth().oauth2(REVIEWER).when().get("/api/v1/reports?period=2024Q1")
                .then().statusCode(200).body("items.unitCode", hasItems(UNIT));
    }

    private String newReport(String period) {
        return create(UNIT, period, null).statusCode(201).extract().path("id");
    }

    private static ValidatableResponse create(String unit, String period, String key) {
        var request = given().auth().oauth2(REPORTER).contentType(ContentType.JSON)
                .body("{\"unitCode\":\"" + unit + "\",\"period\":\"" + period + "\"}");
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.when().post("/api/v1/reports").then();
    }

    private static ValidatableResponse get(String id, String token) {
        return given().auth().oauth2(token).when().get("/api/v1/reports/" + id).then();
    }

    private static ValidatableResponse putValues(String id, String ifMatch, String json) {
        var request = given().auth().oauth2(REPORTER).contentType(ContentType.JSON).body(json);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.when().put("/api/v1/reports/" + id + "/values").then();
    }

    private static ValidatableResponse narrative(String id, String json) {
        return given().auth().oauth2(REPORTER).contentType(ContentType.JSON).body(json)
                .when().put("/api/v1/reports/" + id + "/narrative").then();
    }

    private static ValidatableResponse submit(String id, String key) {
        var request = given().auth().oauth2(REPORTER);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.when().post("/api/v1/reports/" + id + "/submit").then();
    }

    private static ValidatableResponse review(String id, String token, String json) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(json)
                .when().post("/api/v1/reports/" + id + "/review").then();
    }
}
