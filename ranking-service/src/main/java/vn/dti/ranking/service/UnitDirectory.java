package vn.dti.ranking.service;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Set;
import java.util.TreeSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.dti.ranking.config.RankingConfig;
import vn.dti.ranking.events.UnitChanged;
import vn.dti.ranking.repository.OrgUnit;

/**
 * Units as report-service announced them: current names and the successor links of merges. A change
 * re-ranks the drafts it touches (names, movement through lineage, group membership); published
 * revisions stay as they were.
 */
@ApplicationScoped
public class UnitDirectory {

    @Inject
    RefreshQueue refreshQueue;

    @Inject
    RankingConfig config;

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(UnitChanged change) {
        store(change);
        refreshQueue.requestDraftsOf(affectedUnits(change), change.province(), change.group(), config.stages());
    }

    private static Set<String> affectedUnits(UnitChanged change) {
        Set<String> codes = new TreeSet<>();
        codes.add(change.unitCode());
        if (change.successorCode() != null) {
            codes.add(change.successorCode());
        }
        if (change.successors() != null) {
            change.successors().forEach(link -> codes.add(link.code()));
        }
        return codes;
    }

    private void store(UnitChanged change) {
        if ("DELETED".equals(change.change())) {
            OrgUnit.deleteById(change.unitCode());
            OrgUnit.getEntityManager().createNativeQuery("delete from unit_lineage where predecessor_code = ?1 or successor_code = ?1")
                    .setParameter(1, change.unitCode()).executeUpdate();
            return;
        }
        if (change.successors() != null) {
            replaceLineage(change.unitCode(), change.successors());
        }
        OrgUnit unit = OrgUnit.<OrgUnit>findByIdOptional(change.unitCode()).orElseGet(OrgUnit::new);
        boolean created = unit.code == null;
        unit.code = change.unitCode();
        unit.name = change.name() != null ? change.name() : unit.name != null ? unit.name : change.unitCode();
        unit.nameEn = change.nameEn();
        unit.level = change.level();
        unit.group = change.group();
        unit.parentCode = change.parentCode();
        unit.province = change.province();
        unit.validFrom = change.validFrom();
        unit.validTo = change.validTo();
        unit.successorCode = change.successorCode();
        unit.updatedAt = Instant.now();
        if (created) {
            unit.persist();
        }
    }

    /** Successor → the units merged, moved, split or renamed into it. */
    public Map<String, List<String>> predecessorsBySuccessor() {
        Map<String, Set<String>> links = new HashMap<>();
        OrgUnit.<OrgUnit>list("successorCode is not null")
                .forEach(unit -> links.computeIfAbsent(unit.successorCode, k -> new TreeSet<>()).add(unit.code));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = OrgUnit.getEntityManager()
                .createNativeQuery("select successor_code, predecessor_code from unit_lineage").getResultList();
        rows.forEach(row -> links.computeIfAbsent((String) row[0], k -> new TreeSet<>()).add((String) row[1]));
        return links.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> List.copyOf(e.getValue())));
    }

    private static void replaceLineage(String predecessor, List<UnitChanged.Successor> successors) {
        var em = OrgUnit.getEntityManager();
        em.createNativeQuery("delete from unit_lineage where predecessor_code = ?1").setParameter(1, predecessor)
                .executeUpdate();
        for (UnitChanged.Successor link : successors) {
            em.createNativeQuery("insert into unit_lineage (predecessor_code, successor_code, effective_date, kind, share) "
                    + "values (?1, ?2, ?3, ?4, ?5) on conflict do nothing")
                    .setParameter(1, predecessor).setParameter(2, link.code()).setParameter(3, link.date())
                    .setParameter(4, link.kind()).setParameter(5, link.share()).executeUpdate();
        }
    }

    public Map<String, String> namesOf(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        return OrgUnit.<OrgUnit>list("code in ?1", codes).stream()
                .collect(Collectors.toMap(unit -> unit.code, unit -> unit.name));
    }
}
