package vn.dti.indicator;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static vn.dti.indicator.support.ReportEvents.Value.of;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import vn.dti.indicator.support.Eventually;
import vn.dti.indicator.support.InfrastructureTestResource;
import vn.dti.indicator.support.ReportEvents;
import vn.dti.indicator.support.Tokens;

@QuarkusTest
@QuarkusTestResource(InfrastructureTestResource.class)
class NationalExportTest {

    private static final String UNIT = "NAT.SNV";
    private static final String NATIONAL = Tokens.token("service-account-national-sync", List.of("national-integration"), null, null);

    @Test
    void theNationalSystemGetsEveryAcceptedValueAndFinalScoreOfTheProvinceAsJsonAndCsv() {
        UUID reportId = UUID.randomUUID();
        ReportEvents.publish("dti.report.events", UNIT, ReportEvents.envelope(UUID.randomUUID(), "ReportAccepted", UNIT,
                ReportEvents.report(reportId, 1, UNIT, "DEPARTMENT", "so-ban-nganh", "2023",
                        List.of(of("dir.steering_committee", true), of("doc.signed_pct", 80),
                                ReportEvents.Value.adjusted("doc.outgoing", 1200, "Sổ đăng ký: 1.200, không phải 12.000")))));
        Eventually.await(() -> given().auth().oauth2(Tokens.admin()).get("/api/v1/scores/" + UNIT + "/2023").andReturn(),
                response -> response.statusCode() == 200, Duration.ofSeconds(30));

        given().auth().oauth2(NATIONAL).when().get("/api/v1/exports/national?province=NAT&period=2023")
                .then().statusCode(200)
                .body("province", equalTo("NAT"))
                .body("schema", equalTo("dti-national-export/1"))
                .body("units[0].unitCode", equalTo(UNIT))
                .body("units[0].finalScore.framework", equalTo("dti-mau-2024"))
                .body("units[0].values.element", hasItem("doc.signed_pct"))
                .body("units[0].values[0].reportId", equalTo(reportId.toString()))
                .body("units[0].values.find { it.element == 'doc.outgoing' }.adjustmentReason",
                        equalTo("Sổ đăng ký: 1.200, không phải 12.000"));
        given().auth().oauth2(NATIONAL).when().get("/api/v1/exports/national?province=NAT&period=2023&format=csv")
                .then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .body(startsWith("province,period,unit_code"))
                .body(containsString("NAT,2023," + UNIT + ",\"Đơn vị " + UNIT + "\",so-ban-nganh,VALUE,doc.signed_pct,80,false," + reportId))
                .body(containsString(",VALUE,doc.outgoing,1200,true," + reportId))
                .body(containsString(",\"Sổ đăng ký: 1.200, không phải 12.000\"\n"))
                .body(containsString(",INDEX,DTI,"));
    }

    @Test
    void onlyTheNationalSystemAdminsAndReviewersOfTheProvinceMayExport() {
        given().auth().oauth2(Tokens.reporter(UNIT)).when().get("/api/v1/exports/national?province=NAT&period=2023")
                .then().statusCode(403);
        given().auth().oauth2(Tokens.reviewer("OTH")).when().get("/api/v1/exports/national?province=NAT&period=2023")
                .then().statusCode(403);
    }

    @Test
    void aBadPeriodOrFormatIsNamed() {
        given().auth().oauth2(NATIONAL).when().get("/api/v1/exports/national?province=NAT&period=2023Q5")
                .then().statusCode(422).body("errors[0].field", equalTo("period"));
        given().auth().oauth2(NATIONAL).when().get("/api/v1/exports/national?province=NAT&period=2023&format=xml")
                .then().statusCode(422).body("errors[0].field", equalTo("format"));
    }
}
