package vn.dti.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

@ExtendWith(RunningSuite.class)
class GatewaySecurityIT {

    private static final String GATEWAY = RunningSuite.GATEWAY;

    @Test
    void aReporterReadsItsOwnUnitsReportsThroughTheGateway() {
        given().auth().oauth2(Keycloak.tokenOf("reporter-sngv-bd"))
                .when().get(GATEWAY + "/api/v1/reports?unit=BDI.SNGV")
                .then().statusCode(200)
                .body("page", equalTo(0));
    }

    @Test
    void withoutATokenTheGatewayAnswers401() {
        given().when().get(GATEWAY + "/api/v1/reports?unit=BDI.SNGV")
                .then().statusCode(401);
    }

    @Test
    void aReporterOfAnotherUnitIsRefused() {
        given().auth().oauth2(Keycloak.tokenOf("reporter-snv-qng"))
                .when().get(GATEWAY + "/api/v1/reports?unit=BDI.SNGV")
                .then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void aReviewerIsConfinedToItsProvince() {
        String token = Keycloak.tokenOf("reviewer-qng");
        given().auth().oauth2(token).when().get(GATEWAY + "/api/v1/reports?unit=QNG.SNV").then().statusCode(200);
        given().auth().oauth2(token).when().get(GATEWAY + "/api/v1/reports?unit=BDI.SNGV").then().statusCode(403);
    }

    @Test
    void tokensCarryTheUnitAndProvinceClaimsAndRealmRoles() throws Exception {
        JsonNode claims = Keycloak.claimsOf(Keycloak.tokenOf("reporter-sngv-bd"));
        assertEquals("BDI.SNGV", claims.path("unit").asText());
        assertEquals("BDI", claims.path("province").asText());
        assertTrue(claims.path("realm_access").path("roles").toString().contains("\"reporter\""));
    }

    @Test
    void theNationalSystemGetsAClientCredentialsTokenWithItsRole() throws Exception {
        JsonNode claims = Keycloak.claimsOf(Keycloak.clientCredentialsToken("national-sync", "national-sync-secret"));
        assertTrue(claims.path("realm_access").path("roles").toString().contains("\"national-integration\""));
    }

    @Test
    void onlyAnAdminCreatesUnits() {
        given().auth().oauth2(Keycloak.tokenOf("reviewer-bd")).contentType("application/json")
                .body("{\"code\":\"BDI.SXD\",\"name\":\"Sở Xây dựng\",\"level\":\"DEPARTMENT\",\"group\":\"so-ban-nganh\"}")
                .when().post(GATEWAY + "/api/v1/units")
                .then().statusCode(403);
    }
}
