package vn.dti.indicator.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import vn.dti.indicator.repository.Framework;
import vn.dti.indicator.repository.FrameworkActivation;
import vn.dti.indicator.repository.FrameworkStatus;
import vn.dti.indicator.repository.FrameworkVersion;
import vn.dti.indicator.scoring.FrameworkDocument;
import vn.dti.indicator.scoring.ScoringMethod;

/**
 * A framework as clients see it; the detail adds its versions with their activations, the tree
 * of its latest version and the scoring methods.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FrameworkView(String code, String nameVi, String nameEn, String legalBasis, BigDecimal maxPoints,
        FrameworkStatus status, List<VersionView> versions, FrameworkDocument tree, List<MethodView> methods) {

    @Schema(name = "FrameworkVersionView")
    public record VersionView(int version, FrameworkStatus status, BigDecimal totalPoints, Instant createdAt,
            String createdBy, List<ActivationView> activations) {

        public static VersionView of(FrameworkVersion version) {
            return new VersionView(version.version, version.status, version.totalPoints, version.createdAt,
                    version.createdBy, FrameworkActivation.of(version.frameworkCode, version.version).stream()
                            .map(ActivationView::of).toList());
        }
    }

    /** province/group null = all. */
    public record ActivationView(String province, String group, int fromYear, Integer toYear, Instant createdAt,
            String createdBy) {

        static ActivationView of(FrameworkActivation a) {
            return new ActivationView(a.province, a.group, a.fromYear, a.toYear, a.createdAt, a.createdBy);
        }
    }

    public record MethodView(String code, String labelVi, String ruleEn) {

        static List<MethodView> all() {
            return Arrays.stream(ScoringMethod.values())
                    .map(m -> new MethodView(m.name(), m.labelVi, m.ruleEn)).toList();
        }
    }

    public static FrameworkView of(Framework framework) {
        return new FrameworkView(framework.code, framework.nameVi, framework.nameEn, framework.legalBasis,
                framework.maxPoints, framework.status, null, null, null);
    }

    public static FrameworkView detail(Framework framework, List<FrameworkVersion> versions, FrameworkDocument tree) {
        return new FrameworkView(framework.code, framework.nameVi, framework.nameEn, framework.legalBasis,
                framework.maxPoints, framework.status, versions.stream().map(VersionView::of).toList(), tree,
                MethodView.all());
    }
}
