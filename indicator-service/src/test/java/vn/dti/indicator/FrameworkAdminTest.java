package vn.dti.indicator;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import vn.dti.indicator.support.Eventually;
import vn.dti.indicator.support.InfrastructureTestResource;
import vn.dti.indicator.support.ReportEvents;
import vn.dti.indicator.support.Tokens;

/** Frameworks as data: export, validate (every error at once), create versions, activate them. */
@QuarkusTest
@QuarkusTestResource(InfrastructureTestResource.class)
class FrameworkAdminTest {

    @Test
    void theSeededFrameworkIsServedWithVersionsTreeAndMethods() {
        given().auth().oauth2(Tokens.reporter("BDI.SNGV")).get("/api/v1/frameworks/dti-mau-2024")
                .then().statusCode(200)
                .body("nameVi", equalTo("DTI cấp sở, ngành, huyện — bản mẫu 2024"))
                .body("versions[0].version", equalTo(1))
                .body("versions[0].activations[0].fromYear", equalTo(2021))
                .body("tree.totalPoints", equalTo(1000))
                .body("tree.indices", hasSize(8))
                .body("tree.indices[5].components[1].input", equalTo("dvc.online_full + dvc.online_partial"))
                .body("methods.code", hasItems("BOOLEAN", "PERCENT", "RATIO", "THRESHOLDS", "CAPPED_COUNT",
                        "LEVEL_MAP", "GOALPOSTS", "BEST_IN_GROUP", "INFORMATIONAL"));
    }

    @Test
    void aBrokenDocumentIsRefusedWithEveryErrorAndItsPath() {
        Map<String, Object> document = exported();
        List<Map<String, Object>> indices = indices(document);
        Map<String, Object> first = components(indices.get(0)).get(0);
        first.put("input", "dir.no_such_element");
        components(indices.get(1)).get(0).put("input", "dir.annual_plan *");
        indices.get(2).put("maxPoints", 90);

        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(document)
                .post("/api/v1/frameworks/validate")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItems("indices[0].components[0].input", "indices[1].components[0].input",
                        "indices[2].maxPoints", "totalPoints"))
                .body("errors.find { it.field == 'indices[0].components[0].input' }.message",
                        containsString("dir.no_such_element"));
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(document)
                .post("/api/v1/frameworks").then().statusCode(422);
        given().auth().oauth2(Tokens.reviewer("BDI")).contentType(ContentType.JSON).body(exported())
                .post("/api/v1/frameworks").then().statusCode(403);
    }

    @Test
    void aNewVersionActivatedForOneProvinceScoresItsUnitsAndLeavesOthersOnTheDefault() {
        Map<String, Object> document = exported();
        document.put("code", "dti-act-test");
        // 1.1 weighs 40 instead of 30, 1.2 10 instead of 20: same totals
        components(indices(document).get(0)).get(0).put("maxPoints", 40);
        components(indices(document).get(0)).get(1).put("maxPoints", 10);
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(document)
                .post("/api/v1/frameworks/validate").then().statusCode(200).body("valid", equalTo(true));
        int version = given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(document)
                .post("/api/v1/frameworks")
                .then().statusCode(201).header("Location", containsString("/api/v1/frameworks/dti-act-test/versions/"))
                .body("status", equalTo("DRAFT")).extract().path("version");

        given().auth().oauth2(Tokens.token("admin-oth", List.of("admin"), null, "OTH")).contentType(ContentType.JSON)
                .body(Map.of("provinces", List.of("ACT"), "fromPeriod", "2025"))
                .post("/api/v1/frameworks/dti-act-test/versions/" + version + "/activations").then().statusCode(403);
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("provinces", List.of("ACT"), "fromPeriod", "2025Q1"))
                .post("/api/v1/frameworks/dti-act-test/versions/" + version + "/activations")
                .then().statusCode(201).body("status", equalTo("ACTIVE"))
                .body("activations[0].province", equalTo("ACT")).body("activations[0].fromYear", equalTo(2025));
        given().auth().oauth2(Tokens.admin()).get("/api/v1/frameworks/dti-act-test/versions/" + version)
                .then().statusCode(200).body("indices[0].components[0].maxPoints", equalTo(40));

        accepted("ACT.SNV", "2025");
        accepted("ACT.SNV", "2024");
        accepted("ZZA.SNV", "2025");
        awaitScore("ACT.SNV", "2025", "dti-act-test", 40.0f);
        awaitScore("ACT.SNV", "2024", "dti-mau-2024", 30.0f);
        awaitScore("ZZA.SNV", "2025", "dti-mau-2024", 30.0f);
        given().auth().oauth2(Tokens.admin()).get("/api/v1/frameworks")
                .then().body("items.code", hasItem("dti-act-test"));
        given().auth().oauth2(Tokens.admin()).post("/api/v1/scores/recompute?period=2025&province=ACT")
                .then().statusCode(200).body("units", equalTo(1));
    }

    private static void accepted(String unit, String period) {
        ReportEvents.publish("dti.report.events", unit, ReportEvents.envelope(UUID.randomUUID(), "ReportAccepted", unit,
                ReportEvents.report(UUID.randomUUID(), 1, unit, "DEPARTMENT", "so-ban-nganh", period,
                        List.of(ReportEvents.Value.of("dir.steering_committee", true)))));
    }

    private static void awaitScore(String unit, String period, String framework, float points) {
        Eventually.await(() -> given().auth().oauth2(Tokens.admin())
                .get("/api/v1/scores/" + unit + "/" + period).andReturn(),
                r -> r.statusCode() == 200 && framework.equals(r.path("framework")) && Float.valueOf(points).equals(r.path("points")),
                java.time.Duration.ofSeconds(60));
    }

    private static Map<String, Object> exported() {
        String json = given().auth().oauth2(Tokens.admin()).get("/api/v1/frameworks/dti-mau-2024/versions/1")
                .then().statusCode(200).extract().asString();
        return JsonPath.from(json).getMap("");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> indices(Map<String, Object> document) {
        return (List<Map<String, Object>>) document.get("indices");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> components(Map<String, Object> index) {
        return (List<Map<String, Object>>) index.get("components");
    }
}
