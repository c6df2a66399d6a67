package vn.dti.indicator.service;

import java.math.BigDecimal;

import vn.dti.indicator.repository.Framework;
import vn.dti.indicator.repository.FrameworkStatus;

/** A framework version as clients see it. */
public record FrameworkView(String code, String nameVi, String nameEn, String legalBasis, BigDecimal maxPoints,
        FrameworkStatus status) {

    public static FrameworkView of(Framework framework) {
        return new FrameworkView(framework.code, framework.nameVi, framework.nameEn, framework.legalBasis,
                framework.maxPoints, framework.status);
    }
}
