package vn.dti.platform.openapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Gives every service's document the same error contract: the shared {@code Problem} schema and
 * the problem answers each operation can give (400 with a body, query or path parameters, 401/403 when
 * secured, 404 with path parameters or a unit/province filter,
 * 409/422 with bodies, 412 with If-Match, 413, 429 and 503 from the gateway), plus the
 * {@code ETag}, {@code Location} and {@code Retry-After} headers. Runs at build time so the stored
 * document that clients are generated from is the one served.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ProblemResponsesFilter implements OASFilter {

    public static final String PROBLEM = "Problem";
    public static final String PROBLEM_MEDIA_TYPE = "application/problem+json";
    static final String PUBLIC_PATHS = "/api/v1/public/";

    /** Query filters naming a unit or province: an unknown one, or one outside the caller's scope, is a 404. */
    static final Set<String> SCOPING_QUERY_PARAMETERS = Set.of("province", "unit", "unitCode");

    private static final Map<String, String> TITLES = new LinkedHashMap<>();

    static {
        TITLES.put("400", "Yêu cầu không hợp lệ / Malformed request, query or path parameter");
        TITLES.put("401", "Chưa xác thực / Missing or invalid access token");
        TITLES.put("403", "Không có quyền / The caller's role or unit does not allow this");
        TITLES.put("404", "Không tìm thấy / Not found, or not visible to the caller");
        TITLES.put("409", "Xung đột trạng thái / Conflicts with the current state");
        TITLES.put("412", "Phiên bản đã thay đổi / If-Match does not match the current ETag");
        TITLES.put("413", "Nội dung quá lớn / Request body too large");
        TITLES.put("415", "Định dạng không hỗ trợ / Unsupported media type");
        TITLES.put("422", "Dữ liệu không hợp lệ / Validation failed; errors names each field and rule");
        TITLES.put("429", "Quá nhiều yêu cầu / Rate limit exceeded; retry after Retry-After seconds");
        TITLES.put("503", "Dịch vụ tạm ngừng / The service behind the gateway is not available");
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents() == null ? OASFactory.createComponents() : openAPI.getComponents();
        openAPI.setComponents(components);
        components.addSchema("ProblemFieldError", fieldErrorSchema());
        components.addSchema(PROBLEM, problemSchema());
        DataValueSchema.replaceJsonNode(openAPI);
        components.addHeader("ETag", header("Phiên bản hiện tại, gửi lại trong If-Match / Current version; send it back in If-Match or If-None-Match"));
        components.addHeader("Location", header("Địa chỉ tài nguyên vừa tạo / URL of the created resource"));
        components.addHeader("Retry-After", OASFactory.createHeader()
                .description("Số giây chờ trước khi thử lại / Seconds to wait before retrying")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)));
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations()
                .forEach((method, operation) -> addProblems(path, method, operation)));
    }

    private static void addProblems(String path, PathItem.HttpMethod method, Operation operation) {
        if (operation.getOperationId() == null) {
            operation.setOperationId(derivedOperationId(path, method));
        }
        APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses() : operation.getResponses();
        operation.setResponses(responses);
        addHeaders(responses);
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        boolean hasBody = operation.getRequestBody() != null;
        boolean writes = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
        if (hasBody || parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.QUERY || p.getIn() == Parameter.In.PATH)) {
            addProblem(responses, "400");
        }
        if (!path.startsWith(PUBLIC_PATHS)) {
            addProblem(responses, "401");
            addProblem(responses, "403");
        }
        if (parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.PATH || names(p, SCOPING_QUERY_PARAMETERS))
                || path.startsWith(PUBLIC_PATHS)) {
            addProblem(responses, "404");
        }
        if (writes) {
            addProblem(responses, "409");
        }
        if (parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.HEADER && "If-Match".equalsIgnoreCase(p.getName()))) {
            addProblem(responses, "412");
        }
        if (hasBody) {
            addProblem(responses, "413");
            addProblem(responses, "415");
            addProblem(responses, "422");
        } else if (writes || parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.QUERY)) {
            addProblem(responses, "422");
        }
        addProblem(responses, "429");
        addProblem(responses, "503");
        if (responses.getAPIResponses() != null) {
            responses.getAPIResponses().keySet().stream().filter(status -> status.startsWith("4") || status.startsWith("5"))
                    .forEach(status -> addProblem(responses, status));
        }
    }

    private static boolean names(Parameter parameter, Set<String> names) {
        return parameter.getIn() == Parameter.In.QUERY && names.contains(parameter.getName());
    }

    /** For operations shared by several services (e.g. dead letters): getAdminIndicatorDeadLettersById. */
    static String derivedOperationId(String path, PathItem.HttpMethod method) {
        StringBuilder id = new StringBuilder(method.name().toLowerCase(Locale.ROOT));
        for (String segment : path.replaceFirst("^/api/v1/", "").split("/")) {
            boolean parameter = segment.startsWith("{");
            String words = parameter ? "by-" + segment.substring(1, segment.length() - 1) : segment;
            for (String word : words.split("[-_.]")) {
                if (!word.isEmpty()) {
                    id.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
                }
            }
        }
        return id.toString();
    }

    private static void addHeaders(APIResponses responses) {
        APIResponse created = responses.getAPIResponse("201");
        if (created != null && (created.getHeaders() == null || !created.getHeaders().containsKey("Location"))) {
            created.addHeader("Location", OASFactory.createHeader().ref("Location"));
        }
    }

    private static void addProblem(APIResponses responses, String status) {
        if (responses.hasAPIResponse(status)) {
            APIResponse existing = responses.getAPIResponse(status);
            if (existing.getContent() == null || existing.getContent().getMediaTypes().isEmpty()) {
                existing.setContent(problemContent());
            }
            return;
        }
        APIResponse response = OASFactory.createAPIResponse().description(TITLES.get(status)).content(problemContent());
        if ("429".equals(status) || "503".equals(status)) {
            response.addHeader("Retry-After", OASFactory.createHeader().ref("Retry-After"));
        }
        responses.addAPIResponse(status, response);
    }

    static Content problemContent() {
        return OASFactory.createContent().addMediaType(PROBLEM_MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM)));
    }

    private static Header header(String description) {
        return OASFactory.createHeader().description(description).schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
    }

    private static Schema problemSchema() {
        return OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .description("Chi tiết lỗi (RFC 9457) / Problem details (RFC 9457); errors names every field that broke a rule")
                .addProperty("type", string("Loại lỗi (URI) / Problem type URI").format("uri-reference"))
                .addProperty("title", string("Tiêu đề ngắn / Short summary"))
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32")
                        .description("Mã trạng thái HTTP / HTTP status code"))
                .addProperty("detail", string("Giải thích cho lần gọi này / Explanation of this occurrence"))
                .addProperty("instance", string("Đường dẫn đã gọi / The request path").format("uri-reference"))
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .description("Các trường vi phạm quy tắc / Fields that broke a rule")
                        .items(OASFactory.createSchema().ref("ProblemFieldError")))
                .required(List.of("type", "title", "status"))
                .example(Map.of("type", "https://dti.gov.vn/problems/422", "title", "Dữ liệu không hợp lệ / Validation failed",
                        "status", 422, "detail", "1 value breaks a rule", "instance", "/api/v1/reports/8a2c1f6e-0000-4000-8000-000000000001/values",
                        "errors", List.of(Map.of("field", "values[0].value", "message", "must be between 0 and 100"))));
    }

    private static Schema fieldErrorSchema() {
        return OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .description("Một trường vi phạm / One field that broke a rule")
                .addProperty("field", string("Trường, ví dụ values[0].value / The field, e.g. values[0].value"))
                .addProperty("message", string("Quy tắc bị vi phạm / The rule it broke"))
                .required(List.of("field", "message"));
    }

    static Schema string(String description) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).description(description);
    }
}
