package vn.dti.ranking.service;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import vn.dti.ranking.events.UnitChanged;
import vn.dti.ranking.repository.OrgUnit;

/** Units as report-service announced them: current names and the successor links of merges. */
@ApplicationScoped
public class UnitDirectory {

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(UnitChanged change) {
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

    /** Successor → the units merged or renamed into it. */
    public Map<String, List<String>> predecessorsBySuccessor() {
        return OrgUnit.<OrgUnit>list("successorCode is not null").stream()
                .collect(Collectors.groupingBy(unit -> unit.successorCode,
                        Collectors.mapping(unit -> unit.code, Collectors.toList())));
    }

    public Map<String, String> namesOf(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        return OrgUnit.<OrgUnit>list("code in ?1", codes).stream()
                .collect(Collectors.toMap(unit -> unit.code, unit -> unit.name));
    }
}
