package vn.dti.report.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;
import vn.dti.report.config.ReportConfig;
import vn.dti.report.repository.Evidence;
import vn.dti.report.repository.Report;
import vn.dti.platform.problem.ProblemException;
import vn.dti.platform.rest.FileNames;
import vn.dti.platform.rest.TextRules;
import vn.dti.report.security.CallerScope;

/** Tài liệu kiểm chứng: evidence files attached to a report, which its values may cite. */
@ApplicationScoped
public class EvidenceService {

    @Inject
    ReportAccess access;

    @Inject
    CallerScope caller;

    @Inject
    AuditTrail audit;

    @Inject
    ReportConfig config;

    @Inject
    ContentSniffer sniffer;

    public record EvidenceView(UUID id, UUID reportId, String docNumber, LocalDate docDate, String summary,
            String fileName, String contentType, long sizeBytes, String sha256, Instant createdAt, String createdBy) {

        static EvidenceView of(Evidence e) {
            return new EvidenceView(e.id, e.reportId, e.docNumber, e.docDate, e.summary, e.fileName, e.contentType,
                    e.sizeBytes, e.sha256, e.createdAt, e.createdBy);
        }
    }

    /** An uploaded file as the REST layer received it. */
    public record Upload(Path file, String fileName, String contentType, long size) {
    }

    @Transactional
    public EvidenceView attach(UUID reportId, Upload upload, String docNumber, LocalDate docDate, String summary) {
        Report report = access.forEditing(reportId);
        if (!report.isEditable()) {
            throw ProblemException.conflict("Report " + reportId + " is " + report.status + ": evidence is attached to drafts");
        }
        checkFile(upload);
        checkText("docNumber", docNumber, 128);
        checkText("abstract", summary, 4000);
        byte[] content = read(upload.file());
        String fileName = FileNames.sanitize(upload.fileName());
        String contentType = acceptedType(content, fileName);
        Evidence evidence = new Evidence();
        evidence.id = UUID.randomUUID();
        evidence.reportId = report.id;
        evidence.docNumber = TextRules.normalize(docNumber);
        evidence.docDate = docDate;
        evidence.summary = TextRules.normalize(summary);
        evidence.fileName = fileName;
        evidence.contentType = contentType;
        evidence.sizeBytes = content.length;
        evidence.sha256 = sha256(content);
        evidence.content = content;
        evidence.createdAt = Instant.now();
        evidence.createdBy = caller.userName();
        evidence.persist();
        audit.action(AuditTrail.REPORT, reportId.toString(), "EVIDENCE_ATTACHED", fileName);
        return EvidenceView.of(evidence);
    }

    public List<EvidenceView> list(UUID reportId) {
        access.visible(reportId);
        return Evidence.<Evidence>list("reportId", Sort.by("createdAt"), reportId).stream().map(EvidenceView::of).toList();
    }

    public Evidence file(UUID reportId, UUID evidenceId) {
        access.visible(reportId);
        Evidence evidence = Evidence.findById(evidenceId);
        if (evidence == null || !evidence.reportId.equals(reportId)) {
            throw ProblemException.notFound("Evidence " + evidenceId);
        }
        return evidence;
    }

    private void checkFile(Upload upload) {
        if (upload.size() == 0) {
            throw ProblemException.invalid("file", "is empty");
        }
        if (upload.size() > config.evidence().maxBytes()) {
            throw ProblemException.tooLarge(
                    "Evidence files are limited to " + config.evidence().maxBytes() / (1024 * 1024) + " MB");
        }
    }

    /** The type the bytes show, which must be on the allow-list whatever the client declared. */
    private String acceptedType(byte[] content, String fileName) {
        String sniffed = sniffer.sniff(content, fileName);
        if (!config.evidence().contentTypes().contains(sniffed)) {
            throw ProblemException.invalid("file", "content is " + sniffed
                    + ", which is not accepted: PDF, Word, Excel, ODT, JPEG or PNG");
        }
        return sniffed;
    }

    private static void checkText(String field, String value, int maxLength) {
        if (value == null) {
            return;
        }
        String rule = TextRules.problemOf(value);
        if (rule != null) {
            throw ProblemException.malformed(field, rule);
        }
        if (value.length() > maxLength) {
            throw ProblemException.invalid(field, "must be at most " + maxLength + " characters");
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IllegalStateException("Uploaded file could not be read", e);
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
