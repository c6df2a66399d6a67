package vn.dti.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import vn.dti.gateway.support.EchoOriginsTestResource;

@QuarkusTest
@QuarkusTestResource(EchoOriginsTestResource.class)
class DashboardRoutesTest {

    private static final Pattern ASSETS = Pattern.compile("(?:src|href)=\"(/[^\"]+)\"");

    @Test
    void theDashboardIsServedAtTheRootInVietnameseFirst() {
        given().when().get("/")
                .then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("lang=\"vi\""))
                .body(containsString("/dashboard/app.js"));
    }

    @Test
    void everyScriptAndStylesheetThePageNamesIsServedFromTheGateway() {
        String page = given().when().get("/").then().statusCode(200).extract().asString();
        Matcher assets = ASSETS.matcher(page);
        List<String> paths = assets.results().map(match -> match.group(1)).filter(path -> !path.startsWith("/q/")).toList();
        assertFalse(paths.isEmpty());
        paths.forEach(path -> given().when().get(path).then().statusCode(200));
        given().when().get("/dashboard/charts.js").then().statusCode(200).contentType(containsString("javascript"));
    }

    @Test
    void pagesMayBeFramedOnlyByThePortalsAndTalkOnlyToTheGatewayAndTheRealm() {
        given().when().get("/")
                .then().statusCode(200)
                .header("Content-Security-Policy", containsString("frame-ancestors 'self' http://localhost:3000"))
                .header("Content-Security-Policy", containsString("connect-src 'self' http://localhost:8180"))
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .header("X-Frame-Options", nullValue())
                .header("Cache-Control", equalTo("no-cache"));
    }

    @Test
    void theApiStaysUnframeable() {
        given().when().get("/api/v1/reports")
                .then().statusCode(401)
                .header("X-Frame-Options", "DENY")
                .header("Content-Security-Policy", "frame-ancestors 'none'");
    }

    @Test
    void browsersLearnWhereToSignInWithThePortalClient() {
        given().when().get("/dashboard/config.json")
                .then().statusCode(200)
                .body("url", equalTo("http://localhost:8180"))
                .body("realm", equalTo("dti"))
                .body("clientId", equalTo("dti-portal"));
    }

    @Test
    void versionedLibrariesMayBeCached() {
        given().when().get("/_static/echarts/6.0.0/dist/echarts.min.js")
                .then().statusCode(200)
                .header("Cache-Control", not(equalTo("no-cache")));
    }
}
