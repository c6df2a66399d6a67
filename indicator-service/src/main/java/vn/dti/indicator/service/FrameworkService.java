package vn.dti.indicator.service;

import vn.dti.platform.period.Period;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.dti.platform.audit.AuditLog;
import vn.dti.platform.audit.AuditRecord;

import io.quarkus.panache.common.Sort;
import vn.dti.indicator.repository.Framework;
import vn.dti.indicator.repository.FrameworkActivation;
import vn.dti.indicator.repository.FrameworkStatus;
import vn.dti.indicator.repository.FrameworkVersion;
import vn.dti.platform.rest.PageRequest;
import vn.dti.platform.rest.PageResponse;
import vn.dti.platform.problem.Problem;
import vn.dti.platform.problem.ProblemException;
import vn.dti.indicator.scoring.FrameworkCompiler;
import vn.dti.indicator.scoring.FrameworkDocument;
import vn.dti.indicator.scoring.Violation;
import vn.dti.indicator.security.CallerScope;

/** Frameworks and their versions: read, export, validate, create (never edit) and activate. */
@ApplicationScoped
public class FrameworkService {

    @Inject
    AuditLog audit;

    @Inject
    FrameworkRegistry registry;

    @Inject
    vn.dti.indicator.events.RescoreRequests rescores;

    public PageResponse<FrameworkView> list(PageRequest page) {
        return PageResponse.of(Framework.findAll(Sort.by("code")), page, FrameworkView::of);
    }

    public FrameworkView get(String code) {
        Framework framework = Framework.<Framework>findByIdOptional(code)
                .orElseThrow(() -> ProblemException.notFound("Framework " + code));
        List<FrameworkVersion> versions = FrameworkVersion.of(code);
        FrameworkDocument tree = versions.isEmpty() ? null : registry.parse(versions.get(versions.size() - 1).document);
        return FrameworkView.detail(framework, versions, tree);
    }

    public FrameworkDocument export(String code, int version) {
        return registry.parse(versionOf(code, version).document);
    }

    /** @throws ProblemException 422 listing every rule the document breaks, with its path */
    public void validate(FrameworkDocument document) {
        List<Violation> violations = FrameworkCompiler.validate(document, registry.elementCodes());
        if (!violations.isEmpty()) {
            throw new ProblemException(422, "Bộ chỉ số không hợp lệ / Invalid framework",
                    violations.size() + " rule(s) broken", violations.stream()
                            .map(v -> new Problem.FieldError(v.path(), v.message())).toList());
        }
    }

    /** A new version (the next number) of the document's framework; the framework is created if new. */
    @Transactional
    public FrameworkView.VersionView create(FrameworkDocument document, CallerScope caller) {
        validate(document);
        Framework framework = Framework.<Framework>findByIdOptional(document.code()).orElseGet(Framework::new);
        if (framework.code == null) {
            framework.code = document.code();
            framework.status = FrameworkStatus.DRAFT;
            framework.createdAt = Instant.now();
        }
        framework.nameVi = document.nameVi();
        framework.nameEn = document.nameEn();
        framework.legalBasis = document.legalBasis();
        framework.maxPoints = document.totalPoints();
        framework.persist();
        FrameworkVersion version = new FrameworkVersion();
        version.frameworkCode = framework.code;
        version.version = FrameworkVersion.nextVersion(framework.code);
        version.totalPoints = document.totalPoints();
        version.document = registry.write(document);
        version.status = FrameworkStatus.DRAFT;
        version.createdAt = Instant.now();
        version.createdBy = caller.userName();
        version.persist();
        audit.write(AuditRecord.of(caller.userName(), "FRAMEWORK_VERSION_CREATED", "FRAMEWORK",
                framework.code + "@" + version.version, caller.province(), null)
                .field("version").change(null, version.version + " (" + document.totalPoints() + " points)"));
        return FrameworkView.VersionView.of(version);
    }

    @Transactional
    public FrameworkView.VersionView activate(String code, int versionNumber, ActivationInput input, CallerScope caller) {
        FrameworkVersion version = versionOf(code, versionNumber);
        int fromYear = year("fromPeriod", input.fromPeriod());
        Integer toYear = input.toPeriod() == null ? null : year("toPeriod", input.toPeriod());
        if (toYear != null && toYear < fromYear) {
            throw ProblemException.invalid("toPeriod", "must not be before fromPeriod");
        }
        List<String> provinces = orAll(input.provinces());
        for (String province : provinces) {
            if (!caller.administers(province)) {
                throw ProblemException.forbidden("You administer only province " + caller.province());
            }
        }
        for (String province : provinces) {
            for (String group : orAll(input.groups())) {
                FrameworkActivation activation = new FrameworkActivation();
                activation.frameworkCode = code;
                activation.version = versionNumber;
                activation.province = province;
                activation.group = group;
                activation.fromYear = fromYear;
                activation.toYear = toYear;
                activation.createdAt = Instant.now();
                activation.createdBy = caller.userName();
                activation.periodKinds = input.periodKindsText();
                activation.persist();
                audit.write(AuditRecord.of(caller.userName(), "FRAMEWORK_ACTIVATED", "FRAMEWORK",
                        code + "@" + versionNumber, province, null).field("activation")
                        .change(null, "group " + (group == null ? "*" : group) + ", " + fromYear + "–"
                                + (toYear == null ? "" : toYear) + ", " + activation.periodKinds));
            }
        }
        version.status = FrameworkStatus.ACTIVE;
        Framework.<Framework>findByIdOptional(code).ifPresent(f -> f.status = FrameworkStatus.ACTIVE);
        rescores.forActivation(input.provinces(), input.groups(), fromYear, toYear,
                "activation of " + code + " v" + versionNumber);
        return FrameworkView.VersionView.of(version);
    }

    private static FrameworkVersion versionOf(String code, int version) {
        return FrameworkVersion.find(code, version)
                .orElseThrow(() -> ProblemException.notFound("Framework " + code + " version " + version));
    }

    private static int year(String field, String period) {
        try {
            return Period.firstYear(period);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(field, e.getMessage());
        }
    }

    /** A null element stands for "all". */
    private static List<String> orAll(List<String> codes) {
        return codes == null || codes.isEmpty() ? Arrays.asList((String) null) : new ArrayList<>(codes);
    }
}
