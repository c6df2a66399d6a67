package vn.dti.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import vn.dti.gateway.support.EchoOrigins;
import vn.dti.gateway.support.EchoOriginsTestResource;
import vn.dti.gateway.support.FakeOpenApi;

@QuarkusTest
@QuarkusTestResource(EchoOriginsTestResource.class)
class SuiteOpenApiTest {

    EchoOrigins origins;

    @Test
    void theMergedDocumentHasEveryPathOfEveryService() {
        JsonPath document = given().when().get("/q/openapi").then().statusCode(200).extract().jsonPath();
        Map<String, Object> paths = document.getMap("paths");
        FakeOpenApi.PATHS.forEach((service, servicePaths) -> servicePaths.forEach(path ->
                assertTrue(paths.containsKey(path), service + " path missing from the merged document: " + path)));
        assertTrue(document.getList("x-missing-services").isEmpty());
    }

    @Test
    void theMergedDocumentDeclaresTheSuiteAndItsBearerScheme() {
        given().when().get("/openapi")
                .then().statusCode(200)
                .body("info.title", equalTo("DTI suite API — Báo cáo, chấm điểm, xếp hạng chuyển đổi số"))
                .body("components.securitySchemes.bearer.scheme", equalTo("bearer"))
                .body("security[0].bearer", empty())
                .body("paths.'/api/v1/public/rankings'.get.security", empty())
                .body("components.schemas.keySet()", hasItem("Problem"))
                .body("components.schemas.ReportView", notNullValue())
                .body("components.schemas.RankingView", notNullValue())
                .body("tags.name", equalTo(List.of("report", "indicator", "ranking")));
    }

    @Test
    void aServiceThatIsDownIsNamedAndTheRestIsStillServed() {
        origins.stop("ranking");
        try {
            given().when().get("/q/openapi")
                    .then().statusCode(200)
                    .body("x-missing-services", equalTo(List.of("ranking-service")))
                    .body("info.description", containsString("ranking-service"))
                    .body("paths.keySet()", hasItem("/api/v1/units"))
                    .body("paths.'/api/v1/rankings'", equalTo(null));
        } finally {
            origins.start("ranking");
        }
        given().when().get("/q/openapi").then().statusCode(200).body("x-missing-services", empty());
    }

    @Test
    void theDocumentIsServedAsYamlWhenAskedFor() {
        String byParameter = given().when().get("/q/openapi?format=yaml")
                .then().statusCode(200).contentType(containsString("application/yaml")).extract().asString();
        assertTrue(byParameter.contains("openapi: 3.1.0"), byParameter);
        given().header("Accept", "application/yaml").when().get("/q/openapi")
                .then().statusCode(200).contentType(containsString("application/yaml"))
                .body(containsString("/api/v1/units:"));
        given().header("Accept", "application/json").when().get("/q/openapi")
                .then().statusCode(200).contentType(containsString("application/json"));
    }

    @Test
    void theSwaggerUiPageLoadsAndReadsTheMergedDocument() {
        given().when().get("/q/swagger-ui/")
                .then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("<title>DTI suite API</title>"))
                .body(containsString("url: '/q/openapi',"));
    }
}
