package vn.dti.platform.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;

import org.junit.jupiter.api.Test;

/**
 * What every service answers on its platform endpoints: readiness with the database checked, its
 * OpenAPI document and Prometheus metrics. A service's {@code @QuarkusTest} extends it and names a
 * path its own document must describe.
 */
public abstract class PlatformEndpointsContract {

    protected abstract String ownApiPath();

    @Test
    void healthIsUpWithTheDatabaseReachable() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")));
    }

    @Test
    void openApiDocumentDescribesTheServiceApi() {
        given().when().get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("paths", hasKey(ownApiPath()));
    }

    @Test
    void prometheusMetricsAreExposed() {
        given().when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("jvm_memory_used_bytes"));
    }
}
