package vn.dti.platform.problem;

/**
 * The one status table of the suite: the same condition answers the same status in every service
 * (a stale If-Match is 412 everywhere, an unknown or invisible object 404 everywhere).
 */
public enum ProblemType {
    MALFORMED(400, "Yêu cầu sai định dạng", "Malformed request"),
    UNAUTHORIZED(401, "Chưa xác thực", "Unauthorized"),
    FORBIDDEN(403, "Không được phép", "Forbidden"),
    NOT_FOUND(404, "Không tìm thấy", "Not found"),
    METHOD_NOT_ALLOWED(405, "Phương thức không được hỗ trợ", "Method not allowed"),
    NOT_ACCEPTABLE(406, "Không có định dạng phù hợp", "Not acceptable"),
    CONFLICT(409, "Xung đột trạng thái", "Conflict"),
    GONE(410, "Không còn tồn tại", "Gone"),
    PRECONDITION_FAILED(412, "Dữ liệu đã thay đổi", "Precondition failed"),
    TOO_LARGE(413, "Nội dung quá lớn", "Payload too large"),
    URI_TOO_LONG(414, "Địa chỉ quá dài", "URI too long"),
    UNSUPPORTED_MEDIA_TYPE(415, "Kiểu nội dung không được hỗ trợ", "Unsupported media type"),
    VALIDATION(422, "Dữ liệu không hợp lệ", "Validation failed"),
    PRECONDITION_REQUIRED(428, "Thiếu điều kiện If-Match", "Precondition required"),
    RATE_LIMITED(429, "Quá nhiều yêu cầu", "Too many requests"),
    HEADERS_TOO_LARGE(431, "Tiêu đề quá lớn", "Request header fields too large"),
    INTERNAL(500, "Lỗi hệ thống", "Internal error"),
    UNAVAILABLE(503, "Dịch vụ tạm thời không khả dụng", "Service unavailable"),
    TIMEOUT(504, "Hết thời gian chờ", "Gateway timeout");

    public static final String BASE_URI = "https://dti.gov.vn/problems/";

    private final int status;
    private final String titleVi;
    private final String titleEn;

    ProblemType(int status, String titleVi, String titleEn) {
        this.status = status;
        this.titleVi = titleVi;
        this.titleEn = titleEn;
    }

    public int status() {
        return status;
    }

    public String uri() {
        return BASE_URI + status;
    }

    /** Vietnamese with English alongside, the default title. */
    public String title() {
        return titleVi + " / " + titleEn;
    }

    public String titleVi() {
        return titleVi;
    }

    public String titleEn() {
        return titleEn;
    }

    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL : MALFORMED;
    }
}
