package vn.dti.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.dti.report.support.EventLog;
import vn.dti.report.support.Fixtures;
import vn.dti.report.support.InfrastructureTestResource;
import vn.dti.report.support.Tokens;

/** A reviewer's adjustment stays marked, with its reason, in every later accepted version. */
@QuarkusTest
@QuarkusTestResource(InfrastructureTestResource.class)
class AdjustmentProvenanceTest {

    private static final String UNIT = "PRV.SNV";

    @Test
    void anAdjustmentKeepsAdjustedTrueAndItsReasonInTheNextVersion() {
        Fixtures.province("PRV", "SNV");
        String reporter = Tokens.reporter(UNIT);
        String reviewer = Tokens.reviewer("PRV");
        String id = given().auth().oauth2(reporter).contentType(ContentType.JSON)
                .body("{\"unitCode\":\"" + UNIT + "\",\"period\":\"2023\"}")
                .when().post("/api/v1/reports").then().statusCode(201).extract().path("id");
        given().auth().oauth2(reporter).contentType(ContentType.JSON)
                .body("[{\"element\":\"doc.incoming\",\"value\":100},{\"element\":\"dir.steering_committee\",\"value\":true}]")
                .when().put("/api/v1/reports/" + id + "/values").then().statusCode(200);
        given().auth().oauth2(reporter).when().post("/api/v1/reports/" + id + "/submit").then().statusCode(200);
        given().auth().oauth2(reviewer).contentType(ContentType.JSON)
                .body("{\"decision\":\"ACCEPT\",\"adjustments\":[{\"element\":\"doc.incoming\",\"value\":120,\"reason\":\"Sổ công văn đến\"}]}")
                .when().post("/api/v1/reports/" + id + "/review").then().statusCode(200);

        given().auth().oauth2(reporter).contentType(ContentType.JSON).body("{\"reason\":\"Bổ sung\"}")
                .when().post("/api/v1/reports/" + id + "/amend").then().statusCode(200).body("version", equalTo(2));
        given().auth().oauth2(reporter).contentType(ContentType.JSON)
                .body("[{\"element\":\"dir.steering_committee\",\"value\":false}]")
                .when().put("/api/v1/reports/" + id + "/values").then().statusCode(200)
                .body("values.find { it.element == 'doc.incoming' }.adjusted", equalTo(true));
        given().auth().oauth2(reporter).when().post("/api/v1/reports/" + id + "/submit").then().statusCode(200);
        given().auth().oauth2(reviewer).contentType(ContentType.JSON).body("{\"decision\":\"ACCEPT\"}")
                .when().post("/api/v1/reports/" + id + "/review").then().statusCode(200);

        List<JsonNode> accepted = EventLog.await("dti.report.events",
                e -> e.path("type").asText().equals("ReportAccepted") && e.path("payload").path("reportId").asText().equals(id)
                        && e.path("payload").path("version").asInt() == 2,
                1, Duration.ofSeconds(60), Duration.ofSeconds(2));
        JsonNode incoming = null;
        for (JsonNode value : accepted.get(0).path("payload").path("values")) {
            if (value.path("element").asText().equals("doc.incoming")) {
                incoming = value;
            }
        }
        assertTrue(incoming.path("adjusted").asBoolean(), "still the reviewer's value in version 2");
        assertEquals(100, incoming.path("originalValue").asInt());
        assertEquals("Sổ công văn đến", incoming.path("adjustmentReason").asText());
    }
}
