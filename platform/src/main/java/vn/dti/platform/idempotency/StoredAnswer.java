package vn.dti.platform.idempotency;

import java.util.List;
import java.util.Map;

/** The first answer to a key, as it is replayed: status, the headers that matter and the body text. */
public record StoredAnswer(int status, Map<String, String> headers, String body) {

    /** Headers a replay carries; the rest (dates, request ids) belong to each exchange. */
    public static final List<String> REPLAYED_HEADERS = List.of("ETag", "Location", "Content-Type",
            "Last-Modified");
}
