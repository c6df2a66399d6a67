package vn.dti.report;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.dti.report.support.EventLog;
import vn.dti.report.support.Fixtures;
import vn.dti.report.support.InfrastructureTestResource;
import vn.dti.report.support.Tokens;

@QuarkusTest
@QuarkusTestResource(InfrastructureTestResource.class)
class ReportEventsTest {

    private static final String UNIT = "EVT.SNV";

    /** Injected by InfrastructureTestResource: "stop" and "start" the Kafka broker. */
    Map<String, Runnable> kafkaBroker;

    @BeforeEach
    void province() {
        Fixtures.province("EVT", "SNV");
    }

    @Test
    void aUnitCreationIsAnnouncedAsUnitChangedKeyedByItsCode() {
        List<JsonNode> events = EventLog.await("dti.unit.events", e -> e.path("key").asText().equals("EVT.SNV"), 1,
                Duration.ofSeconds(20), Duration.ofSeconds(1));
        assertFalse(events.isEmpty());
        JsonNode event = events.get(0);
        assertEquals("UnitChanged", event.path("type").asText());
        assertEquals(1, event.path("schemaVersion").asInt());
        assertEquals("CREATED", event.path("payload").path("change").asText());
        assertEquals("so-ban-nganh", event.path("payload").path("group").asText());
    }

    @Test
    void aReportAcceptedWhileTheBrokerIsDownArrivesExactlyOnceAfterItReturns() {
        String id = submittedReport("2022");
        kafkaBroker.get("stop").run();
        try {
            given().auth().oauth2(Tokens.reviewer("EVT")).contentType(ContentType.JSON)
                    .body("{\"decision\":\"ACCEPT\",\"adjustments\":[{\"element\":\"doc.incoming\",\"value\":120,\"reason\":\"Sổ công văn đến\"}]}")
                    .when().post("/api/v1/reports/" + id + "/review")
                    .then().statusCode(200);
        } finally {
            kafkaBroker.get("start").run();
        }
        List<JsonNode> accepted = EventLog.await("dti.report.events",
                e -> e.path("type").asText().equals("ReportAccepted") && e.path("payload").path("reportId").asText().equals(id),
                1, Duration.ofSeconds(60), Duration.ofSeconds(3));
        assertEquals(1, accepted.size(), "exactly one ReportAccepted for version 1");
        JsonNode payload = accepted.get(0).path("payload");
        assertEquals("EVT:so-ban-nganh", accepted.get(0).path("key").asText(), "keyed by province and peer group");
        assertEquals(1, payload.path("version").asInt());
        assertEquals("EVT", payload.path("province").asText());
        assertEquals("so-ban-nganh", payload.path("unitGroup").asText());
        JsonNode incoming = find(payload.path("values"), "doc.incoming");
        assertEquals(120, incoming.path("value").asInt());
        assertTrue(incoming.path("adjusted").asBoolean());
        assertEquals(100, incoming.path("originalValue").asInt());
    }

    private static String submittedReport(String period) {
        String reporter = Tokens.reporter(UNIT);
        String id = given().auth().oauth2(reporter).contentType(ContentType.JSON)
                .body("{\"unitCode\":\"" + UNIT + "\",\"period\":\"" + period + "\"}")
                .when().post("/api/v1/reports").then().statusCode(201).extract().path("id");
        given().auth().oauth2(reporter).contentType(ContentType.JSON)
                .body("[{\"element\":\"doc.incoming\",\"value\":100},{\"element\":\"dir.steering_committee\",\"value\":true}]")
                .when().put("/api/v1/reports/" + id + "/values").then().statusCode(200);
        given().auth().oauth2(reporter).when().post("/api/v1/reports/" + id + "/submit").then().statusCode(200);
        return id;
    }

    private static JsonNode find(JsonNode values, String element) {
        for (JsonNode value : values) {
            if (value.path("element").asText().equals(element)) {
                return value;
            }
        }
        throw new AssertionError("no value for " + element + " in " + values);
    }
}
