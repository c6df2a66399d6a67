package vn.dti.report.service;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.dti.report.repository.OrgUnit;
import vn.dti.report.repository.OrgUnitRepository;
import vn.dti.report.repository.UnitLevel;
import vn.dti.report.rest.PageRequest;
import vn.dti.report.rest.PageResponse;
import vn.dti.report.rest.ProblemException;
import vn.dti.report.security.UnitCodes;

@ApplicationScoped
public class UnitService {

    @Inject
    OrgUnitRepository units;

    public PageResponse<UnitView> list(String province, String group, PageRequest page) {
        return PageResponse.of(units.search(province, group), page, UnitView::of);
    }

    public UnitView get(String code) {
        return units.findByIdOptional(code).map(UnitView::of)
                .orElseThrow(() -> ProblemException.notFound("Unit " + code));
    }

    @Transactional
    public UnitView create(NewUnit request) {
        if (units.findByIdOptional(request.code()).isPresent()) {
            throw ProblemException.conflict("Unit " + request.code() + " already exists");
        }
        OrgUnit unit = new OrgUnit();
        unit.code = request.code();
        unit.provinceCode = UnitCodes.provinceOf(request.code());
        unit.name = request.name().strip();
        unit.nameEn = request.nameEn();
        unit.level = request.level();
        unit.group = request.group();
        unit.parentCode = parentOf(request);
        unit.validFrom = request.validFrom() == null ? LocalDate.now() : request.validFrom();
        unit.validTo = request.validTo();
        checkDates(unit);
        units.persist(unit);
        return UnitView.of(unit);
    }

    private String parentOf(NewUnit request) {
        boolean province = request.level() == UnitLevel.PROVINCE;
        if (province != !request.code().contains(".")) {
            throw ProblemException.invalid("code", "a PROVINCE has a code without a dot; every other unit is PROVINCE.UNIT");
        }
        if (province) {
            return null;
        }
        String parent = request.parentCode() == null ? UnitCodes.provinceOf(request.code()) : request.parentCode();
        if (!UnitCodes.provinceOf(parent).equals(UnitCodes.provinceOf(request.code()))) {
            throw ProblemException.invalid("parentCode", "must be a unit of the same province");
        }
        if (units.findByIdOptional(parent).isEmpty()) {
            throw ProblemException.invalid("parentCode", "unit " + parent + " does not exist");
        }
        return parent;
    }

    private static void checkDates(OrgUnit unit) {
        if (unit.validTo != null && unit.validTo.isBefore(unit.validFrom)) {
            throw ProblemException.invalid("validTo", "must not be before validFrom");
        }
    }
}
