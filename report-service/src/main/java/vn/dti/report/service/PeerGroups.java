package vn.dti.report.service;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;
import vn.dti.report.repository.OrgUnit;
import vn.dti.report.repository.PeerGroup;
import vn.dti.report.repository.UnitLevel;
import vn.dti.platform.problem.ProblemException;
import vn.dti.report.security.CallerScope;

/**
 * The catalog of peer groups: the defaults ({@code so-ban-nganh}, {@code huyen}, {@code xa}) and
 * what each province defines or overrides, with the levels each group holds.
 */
@ApplicationScoped
public class PeerGroups {

    @Inject
    AuditTrail audit;

    @Inject
    CallerScope caller;

    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "PeerGroup")
    public record GroupView(String code, String province, String nameVi, String nameEn, Set<UnitLevel> levels,
            boolean isDefault) {

        static GroupView of(PeerGroup group) {
            return new GroupView(group.code, PeerGroup.DEFAULTS.equals(group.provinceCode) ? null : group.provinceCode,
                    group.nameVi, group.nameEn, new TreeSet<>(group.levelSet()),
                    PeerGroup.DEFAULTS.equals(group.provinceCode));
        }
    }

    /** The groups in force in a province (its own, then the defaults it does not override); all defaults without one. */
    public List<GroupView> list(String province) {
        Map<String, PeerGroup> byCode = new LinkedHashMap<>();
        PeerGroup.<PeerGroup>list("provinceCode", Sort.by("code"), PeerGroup.DEFAULTS)
                .forEach(group -> byCode.put(group.code, group));
        if (province != null && !province.isBlank()) {
            PeerGroup.<PeerGroup>list("provinceCode", Sort.by("code"), province)
                    .forEach(group -> byCode.put(group.code, group));
        }
        return byCode.values().stream().map(GroupView::of).toList();
    }

    public Optional<PeerGroup> find(String province, String code) {
        return PeerGroup.<PeerGroup>findByIdOptional(new PeerGroup.Key(province, code))
                .or(() -> PeerGroup.findByIdOptional(new PeerGroup.Key(PeerGroup.DEFAULTS, code)));
    }

    /** A unit of {@code level} in {@code province} may belong to {@code group}; null means no group. */
    public void requireFits(String province, String group, UnitLevel level, String field) {
        if (group == null) {
            return;
        }
        PeerGroup found = find(province, group).orElseThrow(() -> ProblemException.invalid(field,
                "unknown peer group " + group + " in province " + province + "; see GET /api/v1/groups?province=" + province));
        if (level != null && !found.levelSet().contains(level)) {
            throw ProblemException.invalid(field, "peer group " + group + " holds " + found.levels + ", not " + level);
        }
    }

    /** A group named in a query or campaign exists in the province. */
    public void requireKnown(String province, String group, String field) {
        requireFits(province == null ? PeerGroup.DEFAULTS : province, group, null, field);
    }

    @Transactional
    public GroupView create(GroupInput input) {
        String province = scopeOf(input.province());
        if (PeerGroup.findByIdOptional(new PeerGroup.Key(province, input.code())).isPresent()) {
            throw ProblemException.conflict("Peer group " + input.code() + " already exists in " + province);
        }
        PeerGroup group = new PeerGroup();
        group.provinceCode = province;
        group.code = input.code();
        apply(group, input);
        group.persist();
        audit.change(AuditTrail.GROUP, province + "/" + group.code, "GROUP_CREATED", "levels", null, group.levels, null);
        return GroupView.of(group);
    }

    @Transactional
    public GroupView update(String code, GroupInput input) {
        String province = scopeOf(input.province());
        PeerGroup group = PeerGroup.<PeerGroup>findByIdOptional(new PeerGroup.Key(province, code))
                .orElseThrow(() -> ProblemException.notFound("Peer group " + code + " of " + province));
        String before = group.nameVi + " | " + group.nameEn + " | " + group.levels;
        apply(group, input);
        String after = group.nameVi + " | " + group.nameEn + " | " + group.levels;
        unitsOutside(group).ifPresent(unit -> {
            throw ProblemException.conflict("Unit " + unit.code + " of level " + unit.level + " is in group " + code
                    + "; it must keep holding that level");
        });
        audit.change(AuditTrail.GROUP, province + "/" + code, "GROUP_UPDATED", "group", before, after, null);
        return GroupView.of(group);
    }

    @Transactional
    public void delete(String code, String provinceParam) {
        String province = scopeOf(provinceParam);
        PeerGroup group = PeerGroup.<PeerGroup>findByIdOptional(new PeerGroup.Key(province, code))
                .orElseThrow(() -> ProblemException.notFound("Peer group " + code + " of " + province));
        String where = PeerGroup.DEFAULTS.equals(province) ? "group = ?1" : "group = ?1 and provinceCode = ?2";
        long used = PeerGroup.DEFAULTS.equals(province) ? OrgUnit.count(where, code) : OrgUnit.count(where, code, province);
        if (used > 0) {
            throw ProblemException.conflict("Peer group " + code + " still holds " + used + " units");
        }
        group.delete();
        audit.change(AuditTrail.GROUP, province + "/" + code, "GROUP_DELETED", "levels", group.levels, null, null);
    }

    private Optional<OrgUnit> unitsOutside(PeerGroup group) {
        String where = PeerGroup.DEFAULTS.equals(group.provinceCode) ? "group = ?1 and level not in ?2"
                : "group = ?1 and level not in ?2 and provinceCode = ?3";
        Object[] params = PeerGroup.DEFAULTS.equals(group.provinceCode) ? new Object[] { group.code, group.levelSet() }
                : new Object[] { group.code, group.levelSet(), group.provinceCode };
        return OrgUnit.<OrgUnit>find(where, params).firstResultOptional();
    }

    private String scopeOf(String province) {
        String scope = province == null || province.isBlank() ? PeerGroup.DEFAULTS : province;
        if (PeerGroup.DEFAULTS.equals(scope) ? caller.province() != null : !caller.seesProvince(scope)) {
            throw ProblemException.forbidden("You may not change the peer groups of " + scope);
        }
        return scope;
    }

    private static void apply(PeerGroup group, GroupInput input) {
        group.nameVi = input.nameVi().strip();
        group.nameEn = input.nameEn().strip();
        group.levelSet(input.levels());
        group.updatedAt = Instant.now();
    }
}
