package vn.dti.report.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.dti.report.events.Outbox;
import vn.dti.report.events.UnitChanged;
import vn.dti.report.repository.OrgUnit;
import vn.dti.report.repository.OrgUnitRepository;
import vn.dti.report.repository.UnitLevel;
import vn.dti.report.repository.UnitName;
import vn.dti.platform.rest.PageRequest;
import vn.dti.platform.rest.PageResponse;
import vn.dti.platform.rest.Preconditions;
import vn.dti.platform.problem.ProblemException;
import vn.dti.report.security.CallerScope;
import vn.dti.platform.security.UnitCodes;

/** Org units over time: created, renamed, moved, closed and merged, each change audited and announced. */
@ApplicationScoped
public class UnitService {

    @Inject
    OrgUnitRepository units;

    @Inject
    AuditTrail audit;

    @Inject
    CallerScope caller;

    @Inject
    Outbox outbox;

    @Inject
    Restructuring restructuring;

    @Inject
    PeerGroups groups;

    public PageResponse<UnitView> list(String province, String group, String query, LocalDate validOn, PageRequest page) {
        if (group != null) {
            groups.requireKnown(province, group, "group");
        }
        PageResponse<UnitView> found = PageResponse.of(units.search(province, group, query, validOn), page, UnitView::of);
        if (validOn == null) {
            return found;
        }
        Map<String, UnitName> names = restructuring.namesOn(found.items().stream().map(UnitView::code).toList(), validOn);
        return new PageResponse<>(found.items().stream().map(unit -> unit.named(names.get(unit.code()))).toList(),
                found.page(), found.size(), found.total());
    }

    public UnitView get(String code) {
        return get(code, null);
    }

    /** One unit with its successor and predecessor links, named as on {@code validOn} when given. */
    public UnitView get(String code, LocalDate validOn) {
        OrgUnit unit = find(code);
        UnitView view = UnitView.of(unit).withLineage(restructuring.successorsOf(code), restructuring.predecessorsOf(code));
        return validOn == null ? view : view.named(restructuring.nameOn(code, validOn));
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
        groups.requireFits(unit.provinceCode, unit.group, unit.level, "group");
        units.persist(unit);
        units.flush();
        UnitName.of(unit.code, unit.validFrom, unit.name, unit.nameEn).persist();
        audit.action(AuditTrail.UNIT, unit.code, "CREATED", null);
        announce("CREATED", unit);
        return UnitView.of(unit);
    }

    @Transactional
    public UnitView update(String code, UnitUpdate change, String ifMatch) {
        OrgUnit unit = find(code);
        Preconditions.checkIfMatch(ifMatch, unit.revision);
        if (change.name() != null || change.nameEn() != null) {
            LocalDate today = LocalDate.now();
            LocalDate from = change.effectiveFrom() != null ? change.effectiveFrom()
                    : today.isBefore(unit.validFrom) ? unit.validFrom
                    : unit.validTo != null && today.isAfter(unit.validTo) ? unit.validTo : today;
            restructuring.rename(code, change.name(), change.nameEn(), from, change.reason());
        } else if (change.effectiveFrom() != null) {
            throw ProblemException.invalid("effectiveFrom", "is the day a rename takes effect; give name or nameEn");
        }
        if (change.parentCode() != null) {
            String parent = existingParent(code, change.parentCode());
            audit.change(AuditTrail.UNIT, code, "MOVED", "parentCode", unit.parentCode, parent, change.reason());
            unit.parentCode = parent;
        }
        if (change.group() != null) {
            groups.requireFits(unit.provinceCode, change.group(), unit.level, "group");
            audit.change(AuditTrail.UNIT, code, "REGROUPED", "group", unit.group, change.group(), change.reason());
            unit.group = change.group();
        }
        if (change.validTo() != null) {
            audit.change(AuditTrail.UNIT, code, "CLOSED", "validTo", unit.validTo, change.validTo(), change.reason());
            unit.validTo = change.validTo();
            checkDates(unit);
        }
        unit.updatedAt = Instant.now();
        announce(change.validTo() != null ? "CLOSED" : "UPDATED", unit);
        units.flush();
        return UnitView.of(unit);
    }

    /** The unit ends the day before {@code date} and continues as its successor (a whole province as another). */
    @Transactional
    public UnitView merge(String code, UnitMerge merge, String ifMatch) {
        Preconditions.checkIfMatch(ifMatch, find(code).revision);
        return restructuring.merge(code, merge);
    }

    /** A unit whose audit trail the caller may read: the directory is public, the audit only inside the caller's province. */
    public UnitView auditable(String code) {
        OrgUnit unit = units.findByIdOptional(code).orElse(null);
        if (unit == null || !caller.seesProvince(unit.provinceCode)) {
            throw ProblemException.notFound("The audit trail of unit " + code);
        }
        return UnitView.of(unit);
    }

    OrgUnit find(String code) {
        return units.findByIdOptional(code).orElseThrow(() -> ProblemException.notFound("Unit " + code));
    }

    private void announce(String change, OrgUnit unit) {
        outbox.record(Outbox.UNIT_EVENTS, UnitChanged.TYPE, unit.code, UnitChanged.of(change, unit));
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
        return existingParent(request.code(), parent);
    }

    private String existingParent(String code, String parent) {
        if (parent.equals(code)) {
            throw ProblemException.invalid("parentCode", "a unit cannot be its own parent");
        }
        if (!UnitCodes.provinceOf(parent).equals(UnitCodes.provinceOf(code))) {
            throw ProblemException.invalid("parentCode",
                    "must be a unit of the same province; POST /api/v1/units/" + code + "/move moves a unit to another province");
        }
        if (units.findByIdOptional(parent).isEmpty()) {
            throw ProblemException.invalid("parentCode", "unit " + parent + " does not exist");
        }
        return parent;
    }

    private static void checkDates(OrgUnit unit) {
        if (unit.validTo != null && unit.validTo.isBefore(unit.validFrom)) {
            throw ProblemException.invalid("validTo", "must not be before validFrom " + unit.validFrom);
        }
    }
}
