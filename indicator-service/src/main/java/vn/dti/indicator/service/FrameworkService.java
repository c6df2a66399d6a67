package vn.dti.indicator.service;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.panache.common.Sort;
import vn.dti.indicator.repository.Framework;
import vn.dti.indicator.rest.PageRequest;
import vn.dti.indicator.rest.PageResponse;
import vn.dti.indicator.rest.ProblemException;

@ApplicationScoped
public class FrameworkService {

    public PageResponse<FrameworkView> list(PageRequest page) {
        return PageResponse.of(Framework.findAll(Sort.by("code")), page, FrameworkView::of);
    }

    public FrameworkView get(String code) {
        return Framework.<Framework>findByIdOptional(code).map(FrameworkView::of)
                .orElseThrow(() -> ProblemException.notFound("Framework " + code));
    }
}
