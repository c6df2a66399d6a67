package vn.dti.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The hostile-input corpus ({@code hostile/corpus.tsv}) through the gateway with real tokens: each
 * case answers its status as {@code application/problem+json} and changes nothing that is stored.
 */
@ExtendWith(RunningSuite.class)
class HostileInputIT {

    private static final String GATEWAY = RunningSuite.GATEWAY;
    private static final Pattern REPEAT = Pattern.compile("\\{repeat:(.):(\\d+)}");

    private static Map<String, String> tokens;
    private static String report;
    private static String fresh;

    @BeforeAll
    static void tokensAndADraft() {
        tokens = Map.of(
                "reporter", Keycloak.tokenOf("reporter-sngv-bd"),
                "reviewer", Keycloak.tokenOf("reviewer-bd"),
                "council", Keycloak.tokenOf("council-bd"),
                "admin", Keycloak.tokenOf("admin"),
                "national", Keycloak.clientCredentialsToken("national-sync", "national-sync-secret"));
        String period = FreshPeriods.month(tokens.get("reporter"), "BDI.SNGV", 2018);
        report = given().auth().oauth2(tokens.get("reporter")).contentType("application/json")
                .body("{\"unitCode\":\"BDI.SNGV\",\"period\":\"" + period + "\"}")
                .when().post(GATEWAY + "/api/v1/reports")
                .then().statusCode(201).extract().path("id");
        fresh = FreshPeriods.month(tokens.get("reporter"), "BDI.SNGV", 2019);
    }

    @TestFactory
    Stream<DynamicTest> everyHostileRequestGetsAPreciseProblemAndChangesNothing() throws IOException {
        List<String[]> cases = corpus();
        assertTrue(cases.size() >= 150, "the corpus holds at least 150 cases");
        return cases.stream().map(c -> DynamicTest.dynamicTest(c[0], () -> run(c)));
    }

    private static void run(String[] c) {
        String before = storedState();
        RequestSpecification request = given().urlEncodingEnabled(false).redirects().follow(false);
        if (!c[1].equals("anonymous")) {
            request.auth().oauth2(tokens.get(c[1]));
        }
        if (!c[4].isEmpty()) {
            request.contentType(c[4]);
            request.body(bytesOf(expand(c[5])));
        }
        if (c.length > 7 && !c[7].isEmpty()) {
            String[] header = c[7].split(":", 2);
            request.header(header[0].strip(), header[1].strip());
        }
        Response response = request.request(c[2], GATEWAY + expand(c[3]));
        assertEquals(Integer.parseInt(c[6]), response.statusCode(), () -> c[0] + ": " + response.asString());
        assertTrue(String.valueOf(response.contentType()).startsWith("application/problem+json"),
                () -> c[0] + ": content type " + response.contentType());
        assertEquals(response.statusCode(), (int) response.jsonPath().getInt("status"), c[0] + ": status in the body");
        assertTrue(response.jsonPath().getString("title") != null, c[0] + ": a title");
        assertEquals(before, storedState(), c[0] + ": nothing stored changed");
    }

    /** What a hostile request must not change, read by an administrator (not rate-limited). */
    private static String storedState() {
        String admin = tokens.get("admin");
        String draft = given().auth().oauth2(admin).when().get(GATEWAY + "/api/v1/reports/" + report).then().statusCode(200)
                .extract().asString();
        String evidence = given().auth().oauth2(admin).when().get(GATEWAY + "/api/v1/reports/" + report + "/evidence")
                .then().statusCode(200).extract().asString();
        int reports = given().auth().oauth2(admin).when().get(GATEWAY + "/api/v1/reports?unit=BDI.SNGV&size=1")
                .then().statusCode(200).extract().path("total");
        int units = given().auth().oauth2(admin).when().get(GATEWAY + "/api/v1/units?province=BDI&size=1")
                .then().statusCode(200).extract().path("total");
        String campaigns = given().auth().oauth2(admin).when().get(GATEWAY + "/api/v1/campaigns?province=BDI")
                .then().statusCode(200).extract().asString();
        return draft + "|" + evidence + "|" + reports + "|" + units + "|" + campaigns.length();
    }

    private static String expand(String text) {
        String result = text.replace("{report}", report).replace("{fresh}", fresh);
        Matcher repeat = REPEAT.matcher(result);
        StringBuilder out = new StringBuilder();
        while (repeat.find()) {
            repeat.appendReplacement(out, Matcher.quoteReplacement(repeat.group(1).repeat(Integer.parseInt(repeat.group(2)))));
        }
        repeat.appendTail(out);
        return out.toString();
    }

    /** The body's bytes: UTF-8 text with the escapes \r, \n and \xHH (a raw byte); JSON's own \\u escapes stay. */
    static byte[] bytesOf(String body) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\' && i + 1 < body.length() && "rnx".indexOf(body.charAt(i + 1)) >= 0) {
                bytes.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
                text.setLength(0);
                char kind = body.charAt(++i);
                if (kind == 'x') {
                    bytes.write(Integer.parseInt(body.substring(i + 1, i + 3), 16));
                    i += 2;
                } else {
                    bytes.write(kind == 'r' ? '\r' : '\n');
                }
            } else {
                text.append(c);
            }
        }
        bytes.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
        return bytes.toByteArray();
    }

    static List<String[]> corpus() throws IOException {
        try (InputStream in = HostileInputIT.class.getResourceAsStream("/hostile/corpus.tsv")) {
            List<String[]> cases = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    cases.add(line.split("\t", -1));
                }
            }
            return cases;
        }
    }
}
