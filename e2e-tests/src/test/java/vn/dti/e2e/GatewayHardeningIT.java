package vn.dti.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyIterable;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The gateway's guards against the real suite: problem answers for bad tokens, per-client
 * quotas, request ids, and one API document holding every service's paths. (A stopped service
 * answering 503 is covered by the gateway's own tests: stopping a service here would disturb
 * whoever shares the running suite.)
 */
@ExtendWith(RunningSuite.class)
class GatewayHardeningIT {

    private static final String GATEWAY = RunningSuite.GATEWAY;
    private static final Map<String, String> SERVICES = Map.of(
            "report-service", RunningSuite.serviceUrl("DTI_REPORT_PORT", 8081),
            "indicator-service", RunningSuite.serviceUrl("DTI_INDICATOR_PORT", 8082),
            "ranking-service", RunningSuite.serviceUrl("DTI_RANKING_PORT", 8083));

    @Test
    void missingAndTamperedTokensGetProblemAnswersWithABearerChallenge() {
        String token = Keycloak.tokenOf("reporter-sngv-bd");
        String tampered = token.substring(0, token.length() - 6) + (token.charAt(token.length() - 6) == 'A' ? 'B' : 'A')
                + token.substring(token.length() - 5);
        for (RequestSpecification request : List.of(given(), given().auth().oauth2(tampered), given().auth().oauth2("not-a-jwt"))) {
            request.when().get(GATEWAY + "/api/v1/reports?unit=BDI.SNGV")
                    .then().statusCode(401)
                    .contentType("application/problem+json")
                    .header("WWW-Authenticate", equalTo("Bearer"))
                    .body("status", equalTo(401));
        }
    }

    @Test
    void aClientPastItsExportQuotaGets429WithRetryAfter() {
        String token = Keycloak.tokenOf("reporter-snv-qng");
        Response last = null;
        for (int i = 0; i < 200 && (last == null || last.statusCode() != 429); i++) {
            last = given().auth().oauth2(token).when().get(GATEWAY + "/api/v1/rankings/00000000-0000-0000-0000-000000000000/export?format=csv");
        }
        last.then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("title", equalTo("Quá nhiều yêu cầu / Too many requests"));
        assertTrue(Long.parseLong(last.header("Retry-After")) > 0);
    }

    @Test
    void everyAnswerCarriesARequestIdAndAClientsOwnIsKept() {
        given().when().get(GATEWAY + "/api/v1/public/rankings?province=BDI&period=2023&group=so-ban-nganh")
                .then().header("X-Request-Id", notNullValue());
        given().header("X-Request-Id", "e2e-hardening-1").auth().oauth2(Keycloak.tokenOf("reporter-sngv-bd"))
                .when().get(GATEWAY + "/api/v1/reports?unit=BDI.SNGV")
                .then().statusCode(200).header("X-Request-Id", "e2e-hardening-1");
    }

    @Test
    void theMergedApiDocumentHoldsEveryPathOfEveryService() {
        Response merged = given().when().get(GATEWAY + "/q/openapi");
        merged.then().statusCode(200).body("x-missing-services", emptyIterable());
        Set<String> mergedPaths = merged.jsonPath().getMap("paths").keySet().stream().map(Object::toString)
                .collect(Collectors.toSet());
        SERVICES.forEach((service, url) -> {
            Map<String, Object> paths = given().when().get(url + "/q/openapi?format=json")
                    .then().statusCode(200).extract().jsonPath().getMap("paths");
            paths.keySet().forEach(path -> assertTrue(mergedPaths.contains(path), service + " path missing: " + path));
        });
        given().when().get(GATEWAY + "/q/swagger-ui/").then().statusCode(200);
        assertEquals("DTI suite API — Báo cáo, chấm điểm, xếp hạng chuyển đổi số", merged.jsonPath().getString("info.title"));
    }
}
