package vn.dti.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RunningSuite.class)
class SuiteIT {

    private static final String GATEWAY = RunningSuite.GATEWAY;

    @Test
    void theGatewayIsReadyWithEveryServiceBehindIt() {
        given().when().get(GATEWAY + "/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks[0].data.report-service", equalTo("UP"))
                .body("checks[0].data.indicator-service", equalTo("UP"))
                .body("checks[0].data.ranking-service", equalTo("UP"));
    }

    @Test
    void theDemoUnitsOfTheSeedReportsAreLoaded() {
        given().auth().oauth2(Keycloak.tokenOf("reviewer-bd"))
                .when().get(GATEWAY + "/api/v1/units?province=QNG&size=100")
                .then().statusCode(200)
                .body("items.code", hasItems("QNG", "QNG.SNGV", "QNG.SNV", "QNG.BINHSON"));
    }

    @Test
    void frameworksAreServedByTheIndicatorServiceThroughTheGateway() {
        given().auth().oauth2(Keycloak.tokenOf("reviewer-bd"))
                .when().get(GATEWAY + "/api/v1/frameworks")
                .then().statusCode(200)
                .body("page", equalTo(0));
    }

    @Test
    void publicPathsNeedNoTokenAndAnswerWithProblems() {
        given().when().get(GATEWAY + "/api/v1/public/rankings?province=BDI&group=so-ban-nganh&period=2099")
                .then().statusCode(404)
                .contentType("application/problem+json");
    }
}
