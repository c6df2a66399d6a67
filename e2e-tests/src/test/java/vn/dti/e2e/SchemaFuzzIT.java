package vn.dti.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.databind.util.RawValue;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Schema-driven fuzzing: for every operation of the gateway's merged /q/openapi with a JSON body or
 * query/path parameters, a valid-shaped request is built from the operation's own schema and then
 * broken one field or parameter at a time (wrong JSON type, null or missing required field, unknown
 * enum value, 100,000 characters, numbers out of range, {} and [] for objects, duplicate keys,
 * non-numbers and negative sizes, non-UUID and Unicode ids), sent with the role that may call the
 * operation. Every answer: no 5xx; a 4xx is problem+json whose status is the HTTP status; a 400/422
 * names the field or parameter; the status is one the operation documents; a broken request is not
 * accepted; a refused write on the caller's own object changes nothing.
 */
@ExtendWith(RunningSuite.class)
class SchemaFuzzIT {

    private static final String GATEWAY = RunningSuite.GATEWAY;
    private static final long SEED = 20261128L;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String OWN_UNIT = "BDI.SNGV";
    private static final String FUZZ_UNIT_PREFIX = "BDI.SCHEMAFUZZ";
    private static final String FUZZ_GROUP = "schema-fuzz";
    private static final String TEXT = "Kiểm thử lược đồ / Schema fuzz";
    private static final String LONG = "x".repeat(100_000);
    private static final List<String> PATTERN_CANDIDATES = List.of(OWN_UNIT, "BDI", "so-ban-nganh", "dvc.online_full", "2023", TEXT, "x");
    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");
    private static final String[][] ROLE_OF = {
            { "POST /api/v1/reports/\\{id\\}/review", "reviewer" },
            { "GET /api/v1/reports/accepted-.*", "admin" },
            { "(GET|PUT|POST) /api/v1/reports.*", "reporter" },
            { "POST /api/v1/(extractions|scores/simulate)", "reporter" },
            { "GET /api/v1/units/\\{unitCode\\}/rank-history", "reporter" },
            { ".* /api/v1/campaigns.*", "reviewer" },
            { "POST /api/v1/data-value-sets", "reviewer" },
            { "GET /api/v1/(rankings|audit).*", "reviewer" },
            { "POST /api/v1/scores/adjustments", "council" },
            { "GET /api/v1/exports/national", "national" },
            { "GET /api/v1/public/.*", "anonymous" },
    };

    private static final Map<String, String> tokens = new LinkedHashMap<>();
    private static final Map<Integer, Integer> statuses = new java.util.TreeMap<>();
    private static final Map<String, Set<Integer>> statusesByOperation = new java.util.TreeMap<>();
    private static JsonNode document;
    private static String report;
    private static String reportPeriod;
    private static String freshPeriod;
    private static String campaign;
    private static String ranking;
    private static String fuzzUnit;

    @BeforeAll
    static void tokensObjectsAndDocument() throws Exception {
        tokens.put("reporter", Keycloak.tokenOf("reporter-sngv-bd"));
        tokens.put("reviewer", Keycloak.tokenOf("reviewer-bd"));
        tokens.put("council", Keycloak.tokenOf("council-bd"));
        tokens.put("admin", Keycloak.tokenOf("admin"));
        tokens.put("national", Keycloak.clientCredentialsToken("national-sync", "national-sync-secret"));
        String admin = tokens.get("admin");
        reportPeriod = FreshPeriods.month(admin, OWN_UNIT, 2017);
        report = given().auth().oauth2(tokens.get("reporter")).contentType("application/json")
                .body("{\"unitCode\":\"" + OWN_UNIT + "\",\"period\":\"" + reportPeriod + "\"}")
                .when().post(GATEWAY + "/api/v1/reports").then().statusCode(201).extract().path("id");
        freshPeriod = FreshPeriods.month(admin, OWN_UNIT, 2017);
        campaign = given().auth().oauth2(tokens.get("reviewer")).contentType("application/json")
                .body("{\"title\":\"" + TEXT + "\",\"province\":\"BDI\",\"period\":\"" + reportPeriod
                        + "\",\"deadline\":\"2099-12-31T00:00:00Z\",\"units\":[\"" + OWN_UNIT + "\"]}")
                .when().post(GATEWAY + "/api/v1/campaigns").then().statusCode(201).extract().path("id");
        Response current = given().auth().oauth2(admin).when().get(GATEWAY + "/api/v1/rankings?province=BDI&period=2023&group=so-ban-nganh");
        ranking = current.statusCode() == 200 ? current.path("id") : new UUID(SEED, 1).toString();
        fuzzUnit = disposableUnit(admin);
        disposableGroup(admin);
        document = JSON.readTree(given().when().get(GATEWAY + "/q/openapi").then().statusCode(200).extract().asString());
    }

    @TestFactory
    Stream<DynamicTest> everyOperationAnswersBrokenInputWithADocumentedProblemAndChangesNothing() {
        List<DynamicTest> tests = new ArrayList<>();
        long started = System.nanoTime();
        int[] totals = new int[2];
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                String method = op.getKey().toUpperCase();
                Operation operation = new Operation(method, path.getKey(), op.getValue());
                if (METHODS.contains(method) && operation.fuzzable()) {
                    tests.add(DynamicTest.dynamicTest(method + " " + path.getKey() + " (" + operation.id() + ")", () -> {
                        List<String> failures = new ArrayList<>();
                        int cases = operation.fuzz(failures);
                        totals[0] += cases;
                        totals[1] += failures.size();
                        if (!failures.isEmpty()) {
                            fail(method + " " + path.getKey() + " as " + operation.role() + ": " + failures.size() + " of " + cases
                                    + " cases broke the contract:\n" + String.join("\n", failures));
                        }
                    }));
                }
            }
        }
        int operations = tests.size();
        assertTrue(operations >= 40, "the merged document has the suite's operations, found " + operations + " to fuzz");
        tests.add(DynamicTest.dynamicTest("summary", () -> System.out.printf("SchemaFuzzIT: %d operations, %d cases, %d failures, %.1f s, statuses %s%n",
                operations, totals[0], totals[1], (System.nanoTime() - started) / 1e9, statuses)));
        tests.add(DynamicTest.dynamicTest("every operation was reached past its role check", () -> {
            List<String> unreached = statusesByOperation.entrySet().stream()
                    .filter(e -> e.getValue().stream().allMatch(s -> s == 401 || s == 403)).map(Map.Entry::getKey).toList();
            assertTrue(unreached.isEmpty(), "only 401/403 for: " + unreached);
            System.out.println("SchemaFuzzIT statuses by operation: " + statusesByOperation);
        }));
        return tests.stream();
    }

    /** One operation of the document and the requests that break it. */
    private record Operation(String method, String template, JsonNode spec) {

        String id() {
            return spec.path("operationId").asText();
        }

        JsonNode jsonBodySchema() {
            return spec.path("requestBody").path("content").path("application/json").path("schema");
        }

        List<JsonNode> parameters(String in) {
            List<JsonNode> found = new ArrayList<>();
            spec.path("parameters").forEach(p -> {
                if (p.path("in").asText().equals(in)) {
                    found.add(p);
                }
            });
            return found;
        }

        boolean fuzzable() {
            return !jsonBodySchema().isMissingNode() || !parameters("query").isEmpty() || !parameters("path").isEmpty();
        }

        String role() {
            String key = method + " " + template;
            for (String[] row : ROLE_OF) {
                if (key.matches(row[0])) {
                    return row[1];
                }
            }
            return "admin";
        }

        int fuzz(List<String> failures) {
            Random random = new Random(SEED ^ (method + template).hashCode());
            List<Case> cases = new ArrayList<>();
            JsonNode schema = jsonBodySchema();
            JsonNode base = schema.isMissingNode() ? null : Bodies.valid(schema, "", true);
            for (JsonNode p : parameters("path")) {
                for (String bad : Params.badPathValues(random)) {
                    cases.add(new Case("path " + p.path("name").asText() + "=" + bad, p.path("name").asText(), false,
                            Map.of(p.path("name").asText(), bad), Map.of(), base == null ? null : base.toString()));
                }
            }
            for (JsonNode p : parameters("query")) {
                String name = p.path("name").asText();
                for (Params.Bad bad : Params.badQueryValues(name, resolve(p.path("schema")))) {
                    cases.add(new Case("query " + name + "=" + shorten(bad.value()), name, bad.mayPass(), Map.of(),
                            Map.of(name, bad.value()), base == null ? null : base.toString()));
                }
            }
            if (base != null) {
                Bodies.mutations(schema, base, (label, field, mayPass, body) ->
                        cases.add(new Case("body " + label, field, mayPass, Map.of(), Map.of(), body)));
            }
            for (Case c : cases) {
                check(c, failures);
            }
            return cases.size();
        }

        private void check(Case c, List<String> failures) {
            String snapshotUrl = Snapshots.urlFor(method, template);
            String before = snapshotUrl == null ? null : Snapshots.read(snapshotUrl);
            Response response = send(c);
            int status = response.statusCode();
            statuses.merge(status, 1, Integer::sum);
            statusesByOperation.computeIfAbsent(id() + " as " + role(), k -> new java.util.TreeSet<>()).add(status);
            String where = c.label() + " → " + status + ": ";
            String body = response.asString();
            if (status >= 500) {
                failures.add(where + "server error " + shorten(body));
                return;
            }
            if (!spec.path("responses").has(Integer.toString(status))) {
                failures.add(where + "status not documented for the operation (documents " + fieldNames(spec.path("responses")) + ")");
            }
            if (status < 400) {
                if (!c.mayPass() && !refusedInTheBody(c, body)) {
                    failures.add(where + "a broken request was accepted " + shorten(body));
                }
                return;
            }
            if (!String.valueOf(response.contentType()).startsWith("application/problem+json")) {
                failures.add(where + "not application/problem+json but " + response.contentType());
            } else {
                JsonNode problem = readOrNull(body);
                if (problem == null || problem.path("status").asInt() != status) {
                    failures.add(where + "problem status " + (problem == null ? "unreadable" : problem.path("status")) + " differs");
                } else if ((status == 400 || status == 422) && !names(problem, c.field(), status == 400)) {
                    failures.add(where + "does not name " + c.field() + " " + shorten(body));
                }
            }
            if (before != null && status != 429) {
                String after = Snapshots.read(snapshotUrl);
                if (!before.equals(after)) {
                    failures.add(where + "refused, yet " + snapshotUrl + " changed");
                }
            }
        }

        /**
         * Answers that refuse without a 4xx, as the contract allows: an unknown unit's public rank
         * history is an empty list, and a bulk import reports each refused row in its summary
         * (status ERROR, nothing imported or updated).
         */
        private boolean refusedInTheBody(Case c, String body) {
            JsonNode answer = readOrNull(body);
            if (answer == null) {
                return false;
            }
            if (method.equals("GET") && !c.path().isEmpty()) {
                return answer.isArray() && answer.isEmpty() || answer.path("items").isArray() && answer.path("items").isEmpty();
            }
            return answer.path("status").asText().equals("ERROR") && answer.path("imported").asInt(-1) == 0
                    && answer.path("updated").asInt(-1) == 0;
        }

        private Response send(Case c) {
            RequestSpecification request = given().urlEncodingEnabled(false).redirects().follow(false).header("Accept-Language", "en");
            String role = role();
            if (!role.equals("anonymous")) {
                request.auth().oauth2(tokens.get(role));
            }
            String path = template;
            Matcher parameter = Pattern.compile("\\{([^}:]+)(:[^}]*)?}").matcher(template);
            while (parameter.find()) {
                String name = parameter.group(1);
                String value = c.path().containsKey(name) ? c.path().get(name) : encode(Params.validPathValue(template, name));
                path = path.replace(parameter.group(0), value);
            }
            StringBuilder query = new StringBuilder();
            for (JsonNode p : parameters("query")) {
                String name = p.path("name").asText();
                String value = c.query().containsKey(name) ? c.query().get(name)
                        : p.path("required").asBoolean() ? Params.validQueryValue(name, resolve(p.path("schema")), template) : null;
                if (value != null) {
                    query.append(query.isEmpty() ? "?" : "&").append(encode(name)).append('=').append(encode(value));
                }
            }
            if (c.body() != null) {
                request.contentType("application/json").body(c.body().getBytes(StandardCharsets.UTF_8));
            }
            return request.request(method, GATEWAY + path + query);
        }
    }

    private record Case(String label, String field, boolean mayPass, Map<String, String> path, Map<String, String> query, String body) {
    }

    /** Whether a 400/422 names the broken field (its last name in errors[].field, or in the detail). */
    static boolean names(JsonNode problem, String field, boolean mustBeThisField) {
        if (field == null || field.isEmpty()) {
            return problem.path("errors").size() > 0 || !problem.path("detail").asText().isBlank();
        }
        String leaf = field.replaceAll("\\[\\d*]", "").replaceAll("^.*\\.", "");
        for (JsonNode error : problem.path("errors")) {
            if (error.path("field").asText().contains(leaf)) {
                return true;
            }
        }
        if (problem.path("detail").asText().contains(leaf)) {
            return true;
        }
        return !mustBeThisField && problem.path("errors").size() > 0;
    }

    /** Valid-shaped bodies from a schema, and their one-field breakages. */
    static final class Bodies {

        interface Sink {
            void accept(String label, String field, boolean mayPass, String body);
        }

        static JsonNode valid(JsonNode schema, String name, boolean top) {
            JsonNode s = resolve(schema);
            String type = typeOf(s);
            if (s.has("enum")) {
                return TextNode.valueOf(s.path("enum").get(0).asText());
            }
            return switch (type) {
                case "object" -> {
                    ObjectNode object = NODES.objectNode();
                    Set<String> required = new java.util.HashSet<>(requiredOf(s));
                    if (required.isEmpty()) {
                        s.path("properties").fields().forEachRemaining(p -> {
                            if (required.isEmpty() && typeOf(resolve(p.getValue())).equals("string") && !resolve(p.getValue()).has("format")) {
                                required.add(p.getKey());
                            }
                        });
                    }
                    for (Iterator<Map.Entry<String, JsonNode>> it = s.path("properties").fields(); it.hasNext();) {
                        Map.Entry<String, JsonNode> property = it.next();
                        boolean simpleItemField = !top && Set.of("element", "value").contains(property.getKey());
                        if (required.contains(property.getKey()) || simpleItemField) {
                            object.set(property.getKey(), valid(property.getValue(), property.getKey(), false));
                        }
                    }
                    yield object;
                }
                case "array" -> {
                    ArrayNode array = NODES.arrayNode();
                    int items = Math.max(1, s.path("minItems").asInt(1));
                    for (int i = 0; i < items; i++) {
                        array.add(valid(s.path("items"), name, false));
                    }
                    yield array;
                }
                case "number", "integer" -> s.has("maximum") && s.path("maximum").asDouble() <= 1
                        ? NODES.numberNode(new java.math.BigDecimal("0.5")) : NODES.numberNode(1);
                case "boolean" -> NODES.booleanNode(false);
                default -> TextNode.valueOf(validString(name, s));
            };
        }

        static String validString(String name, JsonNode s) {
            if ("uuid".equals(s.path("format").asText())) {
                return new UUID(SEED, 2).toString();
            }
            if ("date".equals(s.path("format").asText())) {
                return "2025-07-01";
            }
            if ("date-time".equals(s.path("format").asText())) {
                return "2099-12-31T00:00:00Z";
            }
            String hinted = switch (name) {
                case "unitCode", "unit", "units" -> OWN_UNIT;
                case "into" -> fuzzUnit;
                case "parentCode", "province", "provinces" -> "BDI";
                case "period" -> freshPeriod;
                case "fromPeriod" -> "2016";
                case "group", "groups" -> "so-ban-nganh";
                case "element", "component" -> "dvc.online_full";
                case "periodKinds" -> "YEAR";
                default -> null;
            };
            if (hinted != null) {
                return hinted;
            }
            if (!s.has("pattern")) {
                return TEXT;
            }
            Pattern pattern = Pattern.compile(s.path("pattern").asText());
            return PATTERN_CANDIDATES.stream().filter(c -> pattern.matcher(c).matches()).findFirst()
                    .orElse(PATTERN_CANDIDATES.stream().filter(c -> pattern.matcher(c).find()).findFirst().orElse(TEXT));
        }

        /** Every breakage of the body: of the whole, of each top-level field and of each field of an array's first object. */
        static void mutations(JsonNode schema, JsonNode base, Sink sink) {
            JsonNode s = resolve(schema);
            if (typeOf(s).equals("object")) {
                if (!requiredOf(s).isEmpty()) {
                    sink.accept("{} for the whole object", String.join(",", requiredOf(s)).replaceAll(",.*", ""), false, "{}");
                }
                sink.accept("[] where an object is expected", "", false, "[]");
                duplicateKey((ObjectNode) base, sink);
                objectFields(s, (ObjectNode) base, "", base, sink);
            } else if (typeOf(s).equals("array")) {
                sink.accept("{} where an array is expected", "", false, "{}");
                sink.accept("[[]] where an array of objects is expected", "[0]", false, "[[]]");
                JsonNode item = resolve(s.path("items"));
                if (typeOf(item).equals("object") && base.size() > 0) {
                    objectFields(item, (ObjectNode) base.get(0), "[0].", base, sink);
                }
            }
        }

        private static void duplicateKey(ObjectNode base, Sink sink) {
            if (base.isEmpty()) {
                return;
            }
            String field = base.fieldNames().next();
            JsonNode value = base.get(field);
            String other = value.isTextual() ? JSON.valueToTree(value.asText() + "-dup").toString()
                    : value.isNumber() ? "2" : value.isBoolean() ? Boolean.toString(!value.asBoolean()) : value.toString();
            sink.accept("duplicate key " + field, field, false, "{\"" + field + "\":" + other + "," + base.toString().substring(1));
        }

        private static void objectFields(JsonNode s, ObjectNode object, String prefix, JsonNode root, Sink sink) {
            Set<String> required = requiredOf(s);
            for (Iterator<Map.Entry<String, JsonNode>> it = s.path("properties").fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> property = it.next();
                String name = property.getKey();
                String field = prefix + name;
                JsonNode fieldSchema = resolve(property.getValue());
                String type = typeOf(fieldSchema);
                for (Bad bad : badValues(fieldSchema, type)) {
                    ObjectNode saved = object.deepCopy();
                    object.set(name, bad.value());
                    String body = root.toString();
                    object.removeAll();
                    object.setAll(saved);
                    sink.accept(field + ": " + bad.label(), field, bad.mayPass(), body);
                }
                if (required.contains(name)) {
                    ObjectNode saved = object.deepCopy();
                    object.putNull(name);
                    sink.accept(field + ": null though required", field, false, root.toString());
                    object.remove(name);
                    sink.accept(field + ": missing though required", field, false, root.toString());
                    object.removeAll();
                    object.setAll(saved);
                }
                if (type.equals("array") && typeOf(resolve(fieldSchema.path("items"))).equals("object") && prefix.isEmpty()) {
                    JsonNode item = resolve(fieldSchema.path("items"));
                    ObjectNode saved = object.deepCopy();
                    ArrayNode items = NODES.arrayNode();
                    ObjectNode first = (ObjectNode) valid(item, name, false);
                    items.add(first);
                    object.set(name, items);
                    items.set(0, NODES.arrayNode());
                    sink.accept(field + "[0]: [] where an object is expected", field + "[0]", false, root.toString());
                    items.set(0, first);
                    objectFields(item, first, field + "[0].", root, sink);
                    object.removeAll();
                    object.setAll(saved);
                }
            }
        }

        record Bad(String label, JsonNode value, boolean mayPass) {
        }

        static List<Bad> badValues(JsonNode s, String type) {
            List<Bad> bad = new ArrayList<>();
            ObjectNode object = NODES.objectNode().put("unexpected", true);
            switch (type) {
                case "string" -> {
                    bad.add(new Bad("an object instead of a string", object, false));
                    if (s.has("enum")) {
                        bad.add(new Bad("unknown enum value", TextNode.valueOf("NO_SUCH_VALUE"), false));
                    } else if (!s.has("format")) {
                        bad.add(new Bad("100,000 characters", TextNode.valueOf(LONG),
                                s.path("maxLength").asInt(Integer.MAX_VALUE) >= LONG.length() && !s.has("pattern")));
                    } else {
                        bad.add(new Bad("not a " + s.path("format").asText(), TextNode.valueOf("2023-02-30x"), false));
                    }
                }
                case "number", "integer" -> {
                    boolean nonNegative = s.has("minimum") && s.path("minimum").asDouble() >= 0 || s.has("exclusiveMinimum");
                    bad.add(new Bad("an object instead of a number", object, false));
                    bad.add(new Bad("negative", NODES.rawValueNode(new RawValue("-1")), !nonNegative));
                    bad.add(new Bad("1e308", NODES.rawValueNode(new RawValue("1e308")), false));
                    bad.add(new Bad("-0", NODES.rawValueNode(new RawValue("-0")), !s.has("exclusiveMinimum")));
                    bad.add(new Bad("\"NaN\" as a string", TextNode.valueOf("NaN"), s.has("oneOf") || s.path("description").asText().contains("string")));
                    bad.add(new Bad("40-digit integer", NODES.rawValueNode(new RawValue("1234567890123456789012345678901234567890")), false));
                }
                case "boolean" -> bad.add(new Bad("a string instead of true/false", TextNode.valueOf("yes"), false));
                case "array" -> {
                    bad.add(new Bad("a string instead of an array", TextNode.valueOf("x"), false));
                    JsonNode items = resolve(s.path("items"));
                    if (items.has("enum") || (items.has("pattern") && items.path("pattern").asText().matches("[A-Z_|]+"))) {
                        bad.add(new Bad("unknown enum value in the array", NODES.arrayNode().add("NO_SUCH_VALUE"), false));
                    }
                }
                case "object" -> bad.add(new Bad("a string instead of an object", TextNode.valueOf("x"), false));
                default -> {
                }
            }
            return bad;
        }
    }

    /** Parameter values, valid and broken. */
    static final class Params {

        record Bad(String value, boolean mayPass) {
        }

        static List<String> badPathValues(Random random) {
            return List.of("not-a-uuid", "-1", "1234567890123456789012345678901234567890",
                    encode("Sở-Nội-vụ-" + (char) ('α' + random.nextInt(20))), encode("😀"), encode("‮abc"));
        }

        static List<Bad> badQueryValues(String name, JsonNode s) {
            String type = typeOf(s);
            List<Bad> bad = new ArrayList<>();
            if (s.has("enum")) {
                bad.add(new Bad("NO_SUCH_VALUE", false));
                return bad;
            }
            switch (type) {
                case "integer", "number" -> {
                    bad.add(new Bad("abc", false));
                    bad.add(new Bad("1.5", false));
                    bad.add(new Bad("1234567890123456789012345678901234567890", false));
                    if (name.equals("page")) {
                        bad.add(new Bad("-1", false));
                        bad.add(new Bad("2147483647", true));
                    } else {
                        bad.add(new Bad("-1", false));
                        bad.add(new Bad("100000", !name.equals("size")));
                    }
                }
                case "boolean" -> bad.add(new Bad("yes", false));
                default -> {
                    if ("date".equals(s.path("format").asText())) {
                        bad.add(new Bad("2023-02-30", false));
                    } else if (name.equals("period") || name.equals("from") || name.equals("to")) {
                        bad.add(new Bad("2023Q5", false));
                    } else if (name.equals("format") || name.equals("stage")) {
                        bad.add(new Bad("NO_SUCH_VALUE", false));
                    }
                    bad.add(new Bad("‮bidi", false));
                    bad.add(new Bad("Sở Nội vụ Ω", true));
                }
            }
            return bad;
        }

        static String validPathValue(String template, String name) {
            return switch (name) {
                case "version" -> "1";
                case "period" -> "2023";
                case "evidenceId" -> new UUID(SEED, 3).toString();
                case "unitCode" -> OWN_UNIT;
                default -> {
                    if (template.startsWith("/api/v1/reports/")) {
                        yield report;
                    } else if (template.startsWith("/api/v1/campaigns/")) {
                        yield campaign;
                    } else if (template.startsWith("/api/v1/rankings/")) {
                        yield ranking;
                    } else if (template.startsWith("/api/v1/units/{code}")) {
                        yield fuzzUnit;
                    } else if (template.startsWith("/api/v1/groups/")) {
                        yield FUZZ_GROUP;
                    } else if (template.startsWith("/api/v1/frameworks/")) {
                        yield "dti-mau-2024";
                    } else if (template.contains("dead-letters")) {
                        yield "1";
                    } else if (template.startsWith("/api/v1/data-elements/")) {
                        yield "dvc.online_full";
                    }
                    yield new UUID(SEED, 4).toString();
                }
            };
        }

        static String validQueryValue(String name, JsonNode s, String template) {
            if (s.has("enum")) {
                return s.path("enum").get(0).asText();
            }
            return switch (name) {
                case "unit", "unitCode" -> OWN_UNIT;
                case "province" -> "BDI";
                case "period" -> "2023";
                case "group" -> "so-ban-nganh";
                case "format" -> template.contains("national") ? "json" : "csv";
                default -> typeOf(s).equals("integer") ? "1" : typeOf(s).equals("boolean") ? "false" : "x";
            };
        }
    }

    /** What a refused write must leave as it was, read by an administrator (not rate-limited). */
    static final class Snapshots {

        static String urlFor(String method, String template) {
            if (method.equals("GET")) {
                return null;
            }
            if (template.startsWith("/api/v1/reports/{id}")) {
                return "/api/v1/reports/" + report;
            }
            if (template.startsWith("/api/v1/campaigns")) {
                return template.contains("{id}") ? "/api/v1/campaigns/" + campaign : "/api/v1/campaigns?province=BDI";
            }
            if (template.startsWith("/api/v1/rankings/{id}")) {
                return "/api/v1/rankings/" + ranking;
            }
            if (template.startsWith("/api/v1/units/{code}")) {
                return "/api/v1/units/" + fuzzUnit + "/changes";
            }
            if (template.startsWith("/api/v1/units")) {
                return "/api/v1/units?province=BDI&size=1";
            }
            if (template.startsWith("/api/v1/groups")) {
                return "/api/v1/groups?province=BDI";
            }
            if (template.startsWith("/api/v1/frameworks/{code}")) {
                return "/api/v1/frameworks/dti-mau-2024";
            }
            if (template.equals("/api/v1/frameworks")) {
                return "/api/v1/frameworks?size=1";
            }
            if (template.startsWith("/api/v1/data-elements")) {
                return "/api/v1/data-elements?includeRetired=true";
            }
            if (template.equals("/api/v1/reports")) {
                return "/api/v1/reports?unit=" + OWN_UNIT + "&size=1";
            }
            if (template.equals("/api/v1/data-value-sets")) {
                return "/api/v1/reports?unit=" + OWN_UNIT + "&size=500";
            }
            if (template.equals("/api/v1/scores/adjustments")) {
                return "/api/v1/scores/" + OWN_UNIT + "/2023";
            }
            return null;
        }

        static String read(String url) {
            Response response = given().auth().oauth2(tokens.get("admin")).when().get(GATEWAY + url);
            return response.statusCode() + " " + response.asString();
        }
    }

    private static String disposableUnit(String admin) {
        for (int n = 1; n < 100; n++) {
            String code = FUZZ_UNIT_PREFIX + n;
            Response unit = given().auth().oauth2(admin).when().get(GATEWAY + "/api/v1/units/" + code);
            if (unit.statusCode() == 404) {
                given().auth().oauth2(admin).contentType("application/json")
                        .body("{\"code\":\"" + code + "\",\"name\":\"Đơn vị kiểm thử lược đồ / Schema fuzz unit\",\"level\":\"DEPARTMENT\","
                                + "\"parentCode\":\"BDI\",\"validFrom\":\"2016-01-01\"}")
                        .when().post(GATEWAY + "/api/v1/units").then().statusCode(201);
                return code;
            }
            if (unit.statusCode() == 200 && unit.path("validTo") == null && unit.path("successorCode") == null) {
                return code;
            }
        }
        throw new IllegalStateException("no disposable unit code left");
    }

    private static void disposableGroup(String admin) {
        Response groups = given().auth().oauth2(admin).when().get(GATEWAY + "/api/v1/groups?province=BDI");
        if (!groups.asString().contains("\"" + FUZZ_GROUP + "\"")) {
            int status = given().auth().oauth2(admin).contentType("application/json")
                    .body("{\"province\":\"BDI\",\"code\":\"" + FUZZ_GROUP + "\",\"nameVi\":\"Nhóm kiểm thử\",\"nameEn\":\"Fuzz group\","
                            + "\"levels\":[\"COMMUNE\"]}")
                    .when().post(GATEWAY + "/api/v1/groups").statusCode();
            assertTrue(status == 200 || status == 201, "disposable group: " + status);
        }
    }

    static JsonNode resolve(JsonNode schema) {
        JsonNode s = schema;
        for (int i = 0; i < 10 && s.has("$ref"); i++) {
            s = document.path("components").path("schemas").path(s.path("$ref").asText().replaceFirst("^#/components/schemas/", ""));
        }
        if (s.has("oneOf") && !s.has("type")) {
            ObjectNode first = resolve(s.path("oneOf").get(0)).deepCopy();
            first.set("oneOf", s.path("oneOf"));
            return first;
        }
        return s;
    }

    static String typeOf(JsonNode s) {
        JsonNode type = s.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!t.asText().equals("null")) {
                    return t.asText();
                }
            }
        }
        if (type.isTextual()) {
            return type.asText();
        }
        return s.has("properties") ? "object" : s.has("items") ? "array" : "string";
    }

    static Set<String> requiredOf(JsonNode s) {
        Set<String> required = new java.util.LinkedHashSet<>();
        s.path("required").forEach(r -> required.add(r.asText()));
        return required;
    }

    private static String fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return String.join(",", names);
    }

    private static JsonNode readOrNull(String body) {
        try {
            return JSON.readTree(body);
        } catch (Exception e) {
            return null;
        }
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String shorten(String text) {
        String single = text.replaceAll("\\s+", " ");
        return single.length() > 200 ? single.substring(0, 200) + "…" : single;
    }
}
