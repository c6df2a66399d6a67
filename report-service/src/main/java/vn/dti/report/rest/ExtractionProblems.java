package vn.dti.report.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import vn.dti.platform.problem.Problem;
import vn.dti.platform.problem.ProblemResponses;
import vn.dti.platform.problem.ProblemType;
import vn.dti.report.service.ExtractionReaders;

/** Every extraction reader busy: 503 with Retry-After, as an overloaded upstream answers. */
public class ExtractionProblems {

    @ServerExceptionMapper
    public Response readersBusy(ExtractionReaders.ReadersBusy e, UriInfo uri, HttpHeaders headers) {
        Response response = ProblemResponses.of(Problem.of(ProblemType.UNAVAILABLE,
                "Every report reader is busy; retry after Retry-After seconds / tất cả bộ đọc báo cáo đang bận, hãy thử lại sau"),
                uri, headers);
        response.getHeaders().add("Retry-After", String.valueOf(e.retryAfterSeconds()));
        return response;
    }
}
