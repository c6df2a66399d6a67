package vn.dti.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Every operation of the merged API document at the gateway's /q/openapi × every role × the
 * caller's own object, one of its province, one of another province and an unknown one, against
 * {@code scoping/expectations.tsv}: no leak, no existence disclosure, no 5xx, problems for every 4xx.
 * Reads are probed on all four objects; writes only on the other province's and the unknown object
 * (which must answer alike), so nothing of the caller's own is changed.
 */
@ExtendWith(RunningSuite.class)
class ScopingMatrixIT {

    private static final String GATEWAY = RunningSuite.GATEWAY;
    private static final List<String> ROLES = List.of("reporter", "reviewer", "council", "admin", "national", "anonymous");
    private static final List<String> RELATIONS = List.of("own", "same", "other", "unknown");
    private static final Set<String> NOT_PROBED_FOR_WRITES = Set.of("admin");

    private static final Map<String, String> tokens = new LinkedHashMap<>();
    /** relation → value, per kind of object: unit, province, report, campaign, ranking, framework. */
    private static final Map<String, Map<String, String>> objects = new LinkedHashMap<>();
    private static List<String[]> expectations;

    @BeforeAll
    static void tokensAndObjects() throws IOException {
        tokens.put("reporter", Keycloak.tokenOf("reporter-sngv-bd"));
        tokens.put("reviewer", Keycloak.tokenOf("reviewer-bd"));
        tokens.put("council", Keycloak.tokenOf("council-bd"));
        tokens.put("admin", Keycloak.tokenOf("admin"));
        tokens.put("national", Keycloak.clientCredentialsToken("national-sync", "national-sync-secret"));
        String admin = tokens.get("admin");
        String sameUnit = anotherDepartmentOf("BDI", "BDI.SNGV", admin);
        objects.put("unit", Map.of("own", "BDI.SNGV", "same", sameUnit, "other", "QNG.SNV", "unknown", "ZZZ.NOPE"));
        Map<String, String> provinces = new LinkedHashMap<>();
        provinces.put("own", "BDI");
        provinces.put("other", "QNG");
        provinces.put("unknown", "ZZZ");
        objects.put("province", provinces);
        objects.put("framework", Map.of("own", "dti-mau-2024", "same", "dti-mau-2024", "other", "dti-mau-2024", "unknown", "no-such-framework"));
        objects.put("report", Map.of(
                "own", draft(tokens.get("reporter"), "BDI.SNGV"),
                "same", draft(admin, sameUnit),
                "other", draft(Keycloak.tokenOf("reporter-snv-qng"), "QNG.SNV"),
                "unknown", UUID.randomUUID().toString()));
        String period = FreshPeriods.month(admin, "BDI.SNGV", 2020);
        objects.put("campaign", Map.of(
                "own", campaign(tokens.get("reviewer"), "BDI", "BDI.SNGV", period),
                "same", campaign(tokens.get("reviewer"), "BDI", sameUnit, period),
                "other", campaign(Keycloak.tokenOf("reviewer-qng"), "QNG", "QNG.SNV", period),
                "unknown", UUID.randomUUID().toString()));
        Map<String, String> rankings = new LinkedHashMap<>();
        rankings.put("own", ranking(admin, "BDI"));
        rankings.put("same", rankings.get("own"));
        rankings.put("other", ranking(admin, "QNG"));
        rankings.put("unknown", UUID.randomUUID().toString());
        objects.put("ranking", rankings);
        expectations = readExpectations();
    }

    @Test
    void everyOperationRoleAndObjectGetsTheAnswerOfTheTable() throws IOException {
        JsonNode paths = new ObjectMapper().readTree(given().when().get(GATEWAY + "/q/openapi").then().statusCode(200)
                .extract().asString()).path("paths");
        List<String> failures = new ArrayList<>();
        int probes = 0;
        int operations = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> path = it.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                String method = op.getKey().toUpperCase();
                if (!Set.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
                    continue;
                }
                operations++;
                probes += probe(path.getKey(), method, op.getValue(), failures);
            }
        }
        assertTrue(operations >= 40, "the merged document lists the suite's operations, found " + operations);
        if (!failures.isEmpty()) {
            fail(failures.size() + " of " + probes + " probes broke the table:\n" + String.join("\n", failures));
        }
    }

    private int probe(String template, String method, JsonNode operation, List<String> failures) {
        String kind = objectKind(template, operation);
        boolean read = method.equals("GET");
        List<String> relations = kind == null ? List.of("none") : read ? RELATIONS : List.of("other", "unknown");
        int probes = 0;
        for (String role : ROLES) {
            if (!read && (kind == null || NOT_PROBED_FOR_WRITES.contains(role))) {
                continue;
            }
            Map<String, Response> answers = new LinkedHashMap<>();
            for (String relation : relations) {
                if (kind != null && objects.get(kind).get(relation) == null) {
                    continue;
                }
                Response response = call(template, method, operation, role, relation);
                probes++;
                answers.put(relation, response);
                String where = method + " " + template + " as " + role + " on " + relation + ": ";
                int status = response.statusCode();
                if (status >= 500) {
                    failures.add(where + status + " " + shorten(response.asString()));
                    continue;
                }
                if (status >= 400 && !String.valueOf(response.contentType()).startsWith("application/problem+json")) {
                    failures.add(where + status + " without a problem body");
                }
                if (read) {
                    String expected = expected(template, role, relation);
                    if (!matches(expected, response)) {
                        failures.add(where + status + ", expected " + expected + " " + shorten(response.asString()));
                    }
                } else if (status < 400) {
                    failures.add(where + status + ": a write on " + relation + " objects was accepted");
                }
            }
            boolean unscoped = role.equals("admin") || kind == null || kind.equals("framework")
                    || template.matches("^/api/v1/(units(/\\{code\\})?|public/.*)$");
            Response other = answers.get("other");
            Response unknown = answers.get("unknown");
            if (!unscoped && other != null && unknown != null && other.statusCode() != unknown.statusCode()) {
                failures.add(method + " " + template + " as " + role + ": another province's object answers "
                        + other.statusCode() + " but an unknown one " + unknown.statusCode());
            }
        }
        return probes;
    }

    private static Response call(String template, String method, JsonNode operation, String role, String relation) {
        RequestSpecification request = given().redirects().follow(false);
        if (!role.equals("anonymous")) {
            request.auth().oauth2(tokens.get(role));
        }
        String kind = objectKind(template, operation);
        String path = template;
        Matcher parameter = Pattern.compile("\\{([^}:]+)(:[^}]*)?}").matcher(template);
        while (parameter.find()) {
            path = path.replace(parameter.group(0), pathValue(template, parameter.group(1), kind, relation));
        }
        for (JsonNode p : operation.path("parameters")) {
            if (!p.path("in").asText().equals("query")) {
                continue;
            }
            String value = queryValue(p.path("name").asText(), p, relation);
            if (value != null) {
                request.queryParam(p.path("name").asText(), value);
            }
        }
        if (!method.equals("GET") && !method.equals("DELETE")) {
            request.contentType("application/json").body("{}");
        }
        return request.request(method, GATEWAY + path);
    }

    private static String pathValue(String template, String name, String kind, String relation) {
        String value = switch (name) {
            case "version" -> "1";
            case "period" -> "2023";
            case "evidenceId" -> UUID.randomUUID().toString();
            default -> kind == null ? null : objects.get(kind).get(relation.equals("none") ? "own" : relation);
        };
        return value == null ? "x" : value;
    }

    private static String queryValue(String name, JsonNode parameter, String relation) {
        String rel = relation.equals("none") ? null : relation;
        return switch (name) {
            case "unit", "unitCode" -> rel == null ? null : objects.get("unit").get(rel);
            case "province" -> rel == null ? (parameter.path("required").asBoolean() ? "BDI" : null) : objects.get("province").get(rel);
            case "period" -> "2023";
            case "group" -> "so-ban-nganh";
            case "format" -> parameter.path("schema").path("enum").isArray() && parameter.path("schema").path("enum").size() > 0
                    ? parameter.path("schema").path("enum").get(0).asText() : "csv";
            default -> null;
        };
    }

    /** The kind of object an operation is about: its path parameter, else a unit or province filter. */
    static String objectKind(String template, JsonNode operation) {
        if (template.startsWith("/api/v1/frameworks/{code}")) {
            return "framework";
        }
        if (template.matches(".*/(units|scores|public/units)/\\{(code|unitCode)}.*")) {
            return "unit";
        }
        if (template.startsWith("/api/v1/reports/{id}")) {
            return "report";
        }
        if (template.startsWith("/api/v1/campaigns/{id}")) {
            return "campaign";
        }
        if (template.startsWith("/api/v1/rankings/{id}")) {
            return "ranking";
        }
        if (template.contains("{")) {
            return null;
        }
        boolean unitFilter = false;
        boolean provinceFilter = false;
        for (JsonNode p : operation.path("parameters")) {
            unitFilter |= p.path("in").asText().equals("query") && Set.of("unit", "unitCode").contains(p.path("name").asText());
            provinceFilter |= p.path("in").asText().equals("query") && p.path("name").asText().equals("province");
        }
        return unitFilter ? "unit" : provinceFilter ? "province" : null;
    }

    private static String expected(String template, String role, String relation) {
        for (String[] row : expectations) {
            if (Pattern.compile(row[0]).matcher(template).find() && (row[1].equals("*") || Arrays.asList(row[1].split(",")).contains(role))
                    && (row[2].equals("*") || Arrays.asList(row[2].split(",")).contains(relation))) {
                return row[3];
            }
        }
        return "(no row)";
    }

    private static boolean matches(String expected, Response response) {
        for (String option : expected.split("\\|")) {
            if (option.equals("empty") ? isEmpty(response) : option.equals(Integer.toString(response.statusCode()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isEmpty(Response response) {
        if (response.statusCode() != 200) {
            return false;
        }
        try {
            JsonNode body = new ObjectMapper().readTree(response.asString());
            JsonNode items = body.isArray() ? body : body.path("items");
            return items.isArray() && items.isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    private static String anotherDepartmentOf(String province, String except, String token) {
        List<Map<String, Object>> units = given().auth().oauth2(token).when()
                .get(GATEWAY + "/api/v1/units?province=" + province + "&size=500").then().statusCode(200).extract().path("items");
        return units.stream().map(u -> (String) u.get("code")).filter(code -> code.contains(".") && !code.equals(except))
                .findFirst().orElseThrow();
    }

    private static String draft(String token, String unit) {
        String period = FreshPeriods.month(tokens.get("admin"), unit, 2020);
        return given().auth().oauth2(token).contentType("application/json")
                .body("{\"unitCode\":\"" + unit + "\",\"period\":\"" + period + "\"}")
                .when().post(GATEWAY + "/api/v1/reports").then().statusCode(201).extract().path("id");
    }

    private static String campaign(String token, String province, String unit, String period) {
        return given().auth().oauth2(token).contentType("application/json")
                .body("{\"title\":\"Kiểm tra phạm vi / Scoping probe\",\"province\":\"" + province + "\",\"period\":\"" + period
                        + "\",\"deadline\":\"2099-12-31T00:00:00Z\",\"units\":[\"" + unit + "\"]}")
                .when().post(GATEWAY + "/api/v1/campaigns").then().statusCode(201).extract().path("id");
    }

    private static String ranking(String token, String province) {
        Response response = given().auth().oauth2(token)
                .when().get(GATEWAY + "/api/v1/rankings?province=" + province + "&period=2023&group=so-ban-nganh");
        return response.statusCode() == 200 ? response.path("id") : null;
    }

    private static List<String[]> readExpectations() throws IOException {
        try (InputStream in = ScopingMatrixIT.class.getResourceAsStream("/scoping/expectations.tsv")) {
            List<String[]> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] row = line.split("\t");
                    assertEquals(4, row.length, "expectation row: " + line);
                    rows.add(row);
                }
            }
            return rows;
        }
    }

    private static String shorten(String body) {
        return body.length() > 160 ? body.substring(0, 160) + "…" : body;
    }
}
