package vn.dti.report.service;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import vn.dti.platform.problem.Problem;
import vn.dti.report.extraction.DocumentText;
import vn.dti.report.extraction.ExtractionEngine;
import vn.dti.report.extraction.ExtractionResult;
import vn.dti.report.extraction.KnownReport;
import vn.dti.report.extraction.Proposal;
import vn.dti.report.repository.OrgUnit;
import vn.dti.report.repository.Report;
import vn.dti.report.repository.ReportSection;
import vn.dti.report.repository.ReportValue;
import vn.dti.report.repository.ValueSource;
import vn.dti.platform.problem.Problem.FieldError;
import vn.dti.platform.problem.ProblemException;
import vn.dti.report.security.CallerScope;

/**
 * Imports a narrative report (.txt, .md, .docx, .doc, .pdf) as a new draft: its text becomes the narrative and
 * the values the engine finds are stored as proposals, each with its quote and confidence, until
 * the reporter saves them (a report with proposals left cannot be submitted).
 */
@ApplicationScoped
public class NarrativeImportService {

    @Inject
    ExtractionEngines engines;

    @Inject
    ReportService reports;

    @Inject
    Catalog catalog;

    @Inject
    CallerScope caller;

    @Inject
    AuditTrail audit;

    @Inject
    KnownReports knownReports;

    @Inject
    ExtractionReaders readers;

    @Inject
    ReportContent content;

    /** A document's text and what was read in it, before anything is stored. */
    public record Reading(String fileName, String text, ExtractionResult extraction) {
    }

    /**
     * Reads the document's text and extracts from it on a reader, outside any transaction, so that a long reading holds no
     * database connection.
     *
     * @param unitCode the unit the caller names, or blank
     */
    public Reading read(String unitCode, byte[] document, String fileName) {
        ExtractionEngine engine = engines.current();
        KnownReport known = knownReports.of(unitCode);
        return readers.within(() -> {
            String text = textOf(document, fileName);
            return new Reading(fileName, text, engine.extract(text, known));
        }, "file");
    }

    /**
     * @param unitCode the unit, or blank to take the one the report's header names
     * @param period the period, or blank to take the one the report's header states
     */
    @Transactional
    public ReportView importReading(String unitCode, String period, Reading reading) {
        ExtractionResult extraction = reading.extraction();
        String unit = isBlank(unitCode) ? unitFromHeader(extraction) : unitCode.strip();
        String reportPeriod = isBlank(period) ? extraction.period() : period.strip();
        if (reportPeriod == null) {
            throw ProblemException.invalid("period", "is required: the report's header states no period "
                    + "(e.g. 2023, 2023H1, 2023-9M) / báo cáo không nêu kỳ báo cáo, hãy chọn kỳ");
        }
        ReportView draft = reports.create(new NewReport(unit, reportPeriod, null));
        Report report = Report.findById(draft.id());
        storeNarrative(report, reading.fileName(), reading.text());
        int proposed = storeProposals(report, extraction.values());
        audit.action(AuditTrail.REPORT, report.id.toString(), "IMPORTED", reading.fileName() + ": " + proposed + " values proposed");
        Report.flush();
        return content.view(report);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /** The unit whose current name is the one in the header (in the header's province when it names one). */
    private static String unitFromHeader(ExtractionResult extraction) {
        String name = extraction.unitName();
        if (name == null) {
            throw ProblemException.invalid("unitCode", "is required: the report's header names no unit / "
                    + "báo cáo không nêu tên đơn vị, hãy chọn đơn vị");
        }
        List<OrgUnit> named = OrgUnit.<OrgUnit>list("lower(name) = ?1 and validTo is null", name.toLowerCase(Locale.ROOT));
        List<OrgUnit> candidates = extraction.province() == null ? named : named.stream()
                .filter(u -> provinceNamed(u.provinceCode, extraction.province())).toList();
        List<OrgUnit> matches = candidates.isEmpty() ? named : candidates;
        if (matches.size() != 1) {
            throw ProblemException.invalid("unitCode", "is required: the header names '" + name + "'"
                    + (extraction.province() == null ? "" : " (" + extraction.province() + ")") + ", which matches "
                    + matches.size() + " units / hãy chọn đơn vị");
        }
        return matches.get(0).code;
    }

    private static boolean provinceNamed(String provinceCode, String provinceName) {
        OrgUnit province = OrgUnit.findById(provinceCode);
        return province != null && province.name.toLowerCase(Locale.ROOT).contains(provinceName.toLowerCase(Locale.ROOT));
    }

    private static String textOf(byte[] content, String fileName) {
        String text;
        try {
            text = DocumentText.of(content, fileName);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("file", e.getMessage());
        }
        if (text.getBytes(StandardCharsets.UTF_8).length > DocumentText.MAX_TEXT_BYTES) {
            throw new ProblemException(413, "Văn bản quá dài / Text too large",
                    "The report's text is larger than 1 MB; import its sections as separate files");
        }
        return text;
    }

    private static void storeNarrative(Report report, String fileName, String text) {
        ReportSection section = new ReportSection();
        section.reportId = report.id;
        section.version = report.version;
        section.position = 0;
        section.title = "Văn bản gốc / Original text (" + fileName + ")";
        section.body = text;
        section.persist();
    }

    /** Stores the proposals whose value fits its element; the others are dropped, never stored half-valid. */
    private int storeProposals(Report report, List<Proposal> proposals) {
        ValueValidator validator = catalog.validator();
        int stored = 0;
        for (Proposal proposal : proposals) {
            List<FieldError> ignored = new ArrayList<>();
            var typed = validator.parse(proposal.element(), proposal.element(), json(proposal.value()), ignored);
            if (typed.isEmpty() || typed.get().isRemoved()) {
                continue;
            }
            ReportValue value = ReportValue.existingOrNew(null, report.id, report.version, proposal.element());
            value.set(typed.get().number(), typed.get().bool(), ValueSource.EXTRACTION, true, caller.userName());
            value.quote = proposal.quote();
            value.extractionSource = proposal.source();
            value.confidence = BigDecimal.valueOf(proposal.confidence()).setScale(3, java.math.RoundingMode.HALF_UP);
            value.persist();
            stored++;
        }
        return stored;
    }

    private static JsonNode json(Object value) {
        if (value instanceof Boolean bool) {
            return JsonNodeFactory.instance.booleanNode(bool);
        }
        if (value instanceof BigDecimal number) {
            return JsonNodeFactory.instance.numberNode(number);
        }
        return JsonNodeFactory.instance.textNode(String.valueOf(value));
    }

}
