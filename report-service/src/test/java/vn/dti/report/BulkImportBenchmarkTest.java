package vn.dti.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.dti.report.repository.OrgUnit;
import vn.dti.report.repository.UnitLevel;
import vn.dti.report.support.Fixtures;
import vn.dti.report.support.InfrastructureTestResource;
import vn.dti.report.support.Tokens;

/**
 * Measures a bulk import of about 100,000 values (2,084 units × the 48 elements of the catalog),
 * dry run and real. Opt-in: {@code ./mvnw test -pl report-service -Dtest=BulkImportBenchmarkTest -Ddti.benchmarks=true}.
 * Figures go to docs/benchmarks.md; nothing here asserts on time.
 */
@QuarkusTest
@QuarkusTestResource(InfrastructureTestResource.class)
@EnabledIfSystemProperty(named = "dti.benchmarks", matches = "true")
class BulkImportBenchmarkTest {

    private static final int UNITS = 2_084;
    private static final io.restassured.config.RestAssuredConfig LONG_WAIT = io.restassured.RestAssured.config()
            .httpClient(io.restassured.config.HttpClientConfig.httpClientConfig().setParam("http.socket.timeout", 600_000));
    private static final Set<String> TOTALS = Set.of("dvc.procedures_total", "dvc.dossiers_received", "infra.staff_total",
            "infra.desktops", "infra.laptops");

    @Test
    void importsAHundredThousandValues() {
        Fixtures.province("BEN");
        QuarkusTransaction.requiringNew().run(BulkImportBenchmarkTest::manyDepartments);
        List<Map<String, Object>> elements = given().auth().oauth2(Tokens.admin()).when().get("/api/v1/data-elements")
                .then().extract().jsonPath().getList("$");
        String body = body(elements);
        int values = UNITS * elements.size();

        long dryRun = timed(body, true, values);
        long real = timed(body, false, values);
        long again = timed(body, false, values);
        System.out.printf("BENCHMARK bulk import of %,d values (%,d units, %.1f MB JSON): dry run %,d ms, import %,d ms, "
                + "re-import of unchanged values %,d ms%n", values, UNITS, body.length() / 1e6, dryRun, real, again);
    }

    private static long timed(String body, boolean dryRun, int values) {
        long start = System.nanoTime();
        given().config(LONG_WAIT).auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/data-value-sets?dryRun=" + dryRun)
                .then().statusCode(200).body("status", equalTo("SUCCESS")).body("rows", equalTo(values));
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static void manyDepartments() {
        for (int i = 1; i <= UNITS; i++) {
            OrgUnit unit = new OrgUnit();
            unit.code = "BEN.S" + i;
            unit.provinceCode = "BEN";
            unit.name = "Sở thử nghiệm " + i;
            unit.level = UnitLevel.DEPARTMENT;
            unit.group = "so-ban-nganh";
            unit.parentCode = "BEN";
            unit.validFrom = LocalDate.of(2016, 1, 1);
            unit.persist();
        }
    }

    private static String body(List<Map<String, Object>> elements) {
        StringBuilder json = new StringBuilder("{\"period\":\"2024\",\"dataValues\":[");
        for (int i = 1; i <= UNITS; i++) {
            for (Map<String, Object> element : elements) {
                json.append("{\"unit\":\"BEN.S").append(i).append("\",\"element\":\"").append(element.get("code"))
                        .append("\",\"value\":").append(valueFor(element)).append("},");
            }
        }
        json.setLength(json.length() - 1);
        return json.append("]}").toString();
    }

    private static String valueFor(Map<String, Object> element) {
        return switch ((String) element.get("valueType")) {
            case "BOOLEAN" -> "true";
            case "PERCENT" -> "50";
            case "LEVEL" -> "2";
            case "MONEY_VND" -> "737340000";
            default -> TOTALS.contains(element.get("code")) ? "100" : "1";
        };
    }
}
