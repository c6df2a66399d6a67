package vn.dti.platform.problem;

import java.util.Locale;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** Builds the problem+json response: title in the language the caller asked for, no caching. */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static Response of(Problem problem, UriInfo uri, HttpHeaders headers) {
        String language = headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE);
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .header("Cache-Control", "no-store")
                .entity(problem.withInstance(uri == null ? null : uri.getPath()).withTitle(localized(problem.title(), language)))
                .build();
    }

    /**
     * Titles are "Vietnamese / English". {@code Accept-Language: en…} gets the English half,
     * {@code vi…} the Vietnamese half, anything else both.
     */
    public static String localized(String title, String acceptLanguage) {
        if (title == null || acceptLanguage == null || !title.contains(" / ")) {
            return title;
        }
        String first = acceptLanguage.strip().toLowerCase(Locale.ROOT);
        int split = title.indexOf(" / ");
        if (first.startsWith("en")) {
            return title.substring(split + 3);
        }
        if (first.startsWith("vi")) {
            return title.substring(0, split);
        }
        return title;
    }
}
