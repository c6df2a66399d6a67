package vn.dti.report.rest;

import vn.dti.platform.problem.ProblemException;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.quarkus.security.Authenticated;
import vn.dti.report.extraction.DocumentText;
import vn.dti.report.extraction.ExtractionEngine;
import vn.dti.report.service.ExtractionEngines;
import vn.dti.report.service.ExtractionReaders;
import vn.dti.report.extraction.ExtractionResult;
import vn.dti.report.extraction.KnownReport;
import vn.dti.report.service.KnownReports;
import vn.dti.platform.security.Roles;

/**
 * Proposes catalog values from a narrative report; nothing is stored. The caller confirms each
 * value against its quote.
 */
@Path("/api/v1/extractions")
@Authenticated
@Tag(name = "extraction", description = "Trích xuất / Extraction")
@SecurityRequirement(name = "bearer")
public class ExtractionResource {

    /** Longest text accepted, in UTF-8 bytes. */
    static final int MAX_TEXT_BYTES = DocumentText.MAX_TEXT_BYTES;
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String DOC = "application/msword";
    static final String PDF = "application/pdf";

    private static final String UNIT_CODE = "Đơn vị của báo cáo (đọc văn bản như báo cáo của đơn vị này) / The unit the text is the report of";

    @Inject
    ExtractionEngines engines;

    @Inject
    KnownReports knownReports;

    @Inject
    ExtractionReaders readers;

    private final ExtractionEngine fixed;

    public ExtractionResource() {
        this.fixed = null;
    }

    /** With one engine, for tests that call the resource directly. */
    ExtractionResource(ExtractionEngine engine, ExtractionReaders readers) {
        this.fixed = engine;
        this.readers = readers;
    }

    public record TextRequest(String text) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Value(String element, Object value, String quote, double confidence, int start, int end, String source) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ExtractionResponse(List<Value> values, String unit, String province, String period) {
    }

    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.REPORTER, Roles.REVIEWER, Roles.ADMIN })
    @Operation(operationId = "extractValues", summary = "Trích xuất giá trị từ văn bản / Extract values from plain text or Markdown")
    public ExtractionResponse fromText(String text, @QueryParam("unitCode") @Parameter(description = UNIT_CODE) String unitCode) {
        return extract(text, unitCode);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.REPORTER, Roles.REVIEWER, Roles.ADMIN })
    @Operation(operationId = "extractValues", summary = "Trích xuất giá trị từ JSON / Extract values from {\"text\": \"...\"}")
    public ExtractionResponse fromJson(TextRequest request, @QueryParam("unitCode") @Parameter(description = UNIT_CODE) String unitCode) {
        if (request == null) {
            throw new ProblemException(400, "Yêu cầu sai định dạng / Malformed request", "The body must be {\"text\": \"...\"}");
        }
        return extract(request.text(), unitCode);
    }

    @POST
    @Consumes({ DOCX, DOC, PDF })
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.REPORTER, Roles.REVIEWER, Roles.ADMIN })
    @Operation(operationId = "extractValues",
            summary = "Trích xuất giá trị từ tệp Word hoặc PDF / Extract values from a .docx, .doc or PDF report")
    public ExtractionResponse fromDocument(byte[] document, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @QueryParam("unitCode") @Parameter(description = UNIT_CODE) String unitCode) {
        KnownReport known = known(unitCode);
        return readers.within(() -> read(textOf(document, contentType), known), "document");
    }

    private static String textOf(byte[] document, String contentType) {
        try {
            return DocumentText.of(document, contentType);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("document", e.getMessage());
        }
    }

    private ExtractionResponse extract(String text, String unitCode) {
        checkText(text);
        KnownReport known = known(unitCode);
        return readers.within(() -> read(text, known), "text");
    }

    /** Runs on a reader, within its time budget. */
    private ExtractionResponse read(String text, KnownReport known) {
        checkText(text);
        ExtractionResult result = (fixed != null ? fixed : engines.current()).extract(text, known);
        List<Value> values = result.values().stream()
                .map(p -> new Value(p.element(), p.value(), p.quote(), p.confidence(), p.start(), p.end(), p.source()))
                .toList();
        return new ExtractionResponse(values, result.unitName(), result.province(), result.period());
    }

    private static void checkText(String text) {
        if (text == null) {
            throw new ProblemException(400, "Yêu cầu sai định dạng / Malformed request", "The report text is missing");
        }
        if (text.getBytes(StandardCharsets.UTF_8).length > MAX_TEXT_BYTES) {
            throw new ProblemException(413, "Văn bản quá dài / Text too large",
                    "The report text is larger than 1 MB; split it or send the relevant sections");
        }
        if (text.isBlank()) {
            throw ProblemException.invalid("text", "must not be empty");
        }
    }

    private KnownReport known(String unitCode) {
        return unitCode == null ? KnownReport.NOTHING : knownReports.of(unitCode);
    }
}
