package vn.dti.report.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.panache.common.Sort;
import vn.dti.report.events.Outbox;
import vn.dti.report.events.UnitChanged;
import vn.dti.report.repository.OrgUnit;
import vn.dti.report.repository.OrgUnitRepository;
import vn.dti.report.repository.Report;
import vn.dti.report.repository.UnitChange;
import vn.dti.report.repository.UnitLevel;
import vn.dti.report.repository.UnitLineage;
import vn.dti.report.repository.UnitName;
import vn.dti.platform.problem.ProblemException;
import vn.dti.report.security.CallerScope;
import vn.dti.platform.security.UnitCodes;

/**
 * Restructuring as dated events: merges (also of whole provinces), moves across provinces, splits
 * and dated renames. Each act is stored with the state it replaced, linked by dated successor
 * links, audited and announced ({@code UnitChanged}); an administrator may undo a wrong one.
 */
@ApplicationScoped
public class Restructuring {

    private static final TypeReference<List<UnitSnapshot>> SNAPSHOTS = new TypeReference<>() {
    };
    private static final TypeReference<List<String>> CODES = new TypeReference<>() {
    };

    @Inject
    OrgUnitRepository units;

    @Inject
    AuditTrail audit;

    @Inject
    Outbox outbox;

    @Inject
    CallerScope caller;

    @Inject
    PeerGroups groups;

    @Inject
    ObjectMapper json;

    /** A unit as it was before a change, and the names it had. */
    public record UnitSnapshot(String code, String provinceCode, String name, String nameEn, UnitLevel level,
            String group, String parentCode, LocalDate validFrom, LocalDate validTo, String successorCode,
            List<NameSnapshot> names) {

        static UnitSnapshot of(OrgUnit unit) {
            List<NameSnapshot> names = UnitName.<UnitName>list("unitCode", Sort.by("validFrom"), unit.code).stream()
                    .map(n -> new NameSnapshot(n.validFrom, n.name, n.nameEn)).toList();
            return new UnitSnapshot(unit.code, unit.provinceCode, unit.name, unit.nameEn, unit.level, unit.group,
                    unit.parentCode, unit.validFrom, unit.validTo, unit.successorCode, names);
        }
    }

    public record NameSnapshot(LocalDate validFrom, String name, String nameEn) {
    }

    public record ChangeView(UUID id, UnitChange.Kind kind, String unitCode, String province, LocalDate effectiveDate,
            String actor, String reason, Instant createdAt, List<String> affectedUnits, List<String> createdUnits,
            Instant undoneAt, String undoneBy, String undoReason) {
    }

    /** Merge of one unit into another, or of a whole province into another when both are provinces. */
    @Transactional
    public UnitView merge(String code, UnitMerge merge) {
        OrgUnit unit = editable(code);
        if (merge.into().equals(code)) {
            throw ProblemException.invalid("into", "a unit cannot be merged into itself");
        }
        OrgUnit successor = units.findByIdOptional(merge.into())
                .orElseThrow(() -> ProblemException.invalid("into", "unit " + merge.into() + " does not exist"));
        requireOpenOn(unit, merge.date());
        requireCompatible(unit.level, successor, "into");
        if (!successor.isValidOn(merge.date())) {
            throw ProblemException.invalid("date", "unit " + successor.code + " does not exist on " + merge.date());
        }
        if (unit.level == UnitLevel.PROVINCE) {
            return provinceMerge(unit, successor, merge);
        }
        Change change = begin(UnitChange.Kind.MERGE, unit, merge.date(), merge.reason());
        change.snapshot(unit);
        close(change, unit, successor.code, null, "MERGED");
        return change.finish(unit);
    }

    /** The unit (and its open sub-units) continues under another parent, in another province with new codes. */
    @Transactional
    public UnitView move(String code, UnitMove move) {
        OrgUnit unit = editable(code);
        requireOpenOn(unit, move.date());
        OrgUnit parent = units.findByIdOptional(move.parentCode())
                .orElseThrow(() -> ProblemException.invalid("parentCode", "unit " + move.parentCode() + " does not exist"));
        if (parent.code.equals(code) || !parent.isValidOn(move.date())) {
            throw ProblemException.invalid("parentCode", "must be another unit that exists on " + move.date());
        }
        if (parent.level == UnitLevel.COMMUNE || unit.level == UnitLevel.PROVINCE) {
            throw ProblemException.invalid("parentCode", "a " + unit.level + " cannot be placed under a " + parent.level);
        }
        requireEditable(parent.provinceCode);
        Change change = begin(UnitChange.Kind.MOVE, unit, move.date(), move.reason());
        if (parent.provinceCode.equals(unit.provinceCode)) {
            change.snapshot(unit);
            audit.change(AuditTrail.UNIT, code, "MOVED", "parentCode", unit.parentCode, parent.code, move.reason());
            unit.parentCode = parent.code;
            unit.updatedAt = Instant.now();
            change.touched(unit, "MOVED");
            return change.finish(unit);
        }
        String newCode = move.code() != null ? move.code() : parent.provinceCode + code.substring(code.indexOf('.'));
        if (!UnitCodes.provinceOf(newCode).equals(parent.provinceCode)) {
            throw ProblemException.invalid("code", "must be a code of province " + parent.provinceCode);
        }
        carry(change, unit, newCode, parent.code, parent.provinceCode, "MOVED");
        return change.finish(unit);
    }

    /** One unit ends and continues as several existing ones; shares say how its history is divided. */
    @Transactional
    public UnitView split(String code, UnitSplit split) {
        OrgUnit unit = editable(code);
        requireOpenOn(unit, split.date());
        Set<String> seen = new HashSet<>();
        BigDecimal total = BigDecimal.ZERO;
        List<OrgUnit> successors = new ArrayList<>();
        for (int i = 0; i < split.into().size(); i++) {
            UnitSplit.Part part = split.into().get(i);
            String field = "into[" + i + "]";
            if (part.code().equals(code) || !seen.add(part.code())) {
                throw ProblemException.invalid(field + ".code", "successors must be distinct and other than " + code);
            }
            OrgUnit successor = units.findByIdOptional(part.code())
                    .orElseThrow(() -> ProblemException.invalid(field + ".code", "unit " + part.code() + " does not exist"));
            if (!successor.isValidOn(split.date())) {
                throw ProblemException.invalid(field + ".code", "unit " + part.code() + " does not exist on " + split.date());
            }
            requireCompatible(unit.level, successor, field + ".code");
            total = total.add(part.share());
            successors.add(successor);
        }
        if (total.subtract(BigDecimal.ONE).abs().compareTo(new BigDecimal("0.0001")) > 0) {
            throw ProblemException.invalid("into", "shares must add up to 1, not " + total.stripTrailingZeros().toPlainString());
        }
        Change change = begin(UnitChange.Kind.SPLIT, unit, split.date(), split.reason());
        change.snapshot(unit);
        for (int i = 0; i < successors.size(); i++) {
            link(change, unit.code, successors.get(i).code, split.into().get(i).share());
            audit.change(AuditTrail.UNIT, code, "SPLIT", "successor", null,
                    successors.get(i).code + " (" + split.into().get(i).share().stripTrailingZeros().toPlainString() + ")",
                    split.reason());
        }
        audit.change(AuditTrail.UNIT, code, "SPLIT", "validTo", unit.validTo, split.date().minusDays(1), split.reason());
        unit.validTo = split.date().minusDays(1);
        unit.successorCode = null;
        unit.updatedAt = Instant.now();
        change.touched(unit, "SPLIT");
        return change.finish(unit);
    }

    /** A rename that takes effect on a date; the earlier name stays for earlier dates. */
    @Transactional
    public UnitView rename(String code, String name, String nameEn, LocalDate date, String reason) {
        OrgUnit unit = editable(code);
        if (date.isBefore(unit.validFrom) || (unit.validTo != null && date.isAfter(unit.validTo))) {
            throw ProblemException.invalid("effectiveFrom", "must fall within the unit's validity " + unit.validFrom
                    + " – " + (unit.validTo == null ? "" : unit.validTo));
        }
        Change change = begin(UnitChange.Kind.RENAME, unit, date, reason);
        change.snapshot(unit);
        UnitName current = nameOn(code, date);
        String newName = name != null ? name.strip() : current.name;
        String newNameEn = nameEn != null ? nameEn : current.nameEn;
        UnitName.<UnitName>findByIdOptional(new UnitName.Key(code, date)).ifPresentOrElse(row -> {
            row.name = newName;
            row.nameEn = newNameEn;
        }, () -> UnitName.of(code, date, newName, newNameEn).persist());
        audit.change(AuditTrail.UNIT, code, "RENAMED", "name", current.name, newName + " (" + date + ")", reason);
        UnitName today = nameOn(code, LocalDate.now());
        unit.name = today.name;
        unit.nameEn = today.nameEn;
        unit.updatedAt = Instant.now();
        change.touched(unit, "RENAMED");
        return change.finish(unit);
    }

    /** The name of a unit on a day: its latest dated name from before or on that day. */
    public UnitName nameOn(String code, LocalDate day) {
        return UnitName.<UnitName>find("unitCode = ?1 and validFrom <= ?2", Sort.by("validFrom").descending(), code, day)
                .firstResultOptional()
                .or(() -> UnitName.<UnitName>find("unitCode", Sort.by("validFrom"), code).firstResultOptional())
                .orElseGet(() -> {
                    OrgUnit unit = units.findById(code);
                    return UnitName.of(code, unit.validFrom, unit.name, unit.nameEn);
                });
    }

    /** Names of many units on one day, for lists. */
    public Map<String, UnitName> namesOn(List<String> codes, LocalDate day) {
        Map<String, UnitName> names = new LinkedHashMap<>();
        if (codes.isEmpty()) {
            return names;
        }
        UnitName.<UnitName>list("unitCode in ?1 and validFrom <= ?2", Sort.by("validFrom"), codes, day)
                .forEach(row -> names.put(row.unitCode, row));
        return names;
    }

    public List<UnitLineage> successorsOf(String code) {
        return UnitLineage.list("predecessorCode", Sort.by("effectiveDate").and("successorCode"), code);
    }

    public List<UnitLineage> predecessorsOf(String code) {
        return UnitLineage.list("successorCode", Sort.by("effectiveDate").and("predecessorCode"), code);
    }

    public List<ChangeView> changesOf(String code) {
        return UnitChange.<UnitChange>list("unitCode = ?1 or beforeState like ?2 or createdUnits like ?2",
                Sort.by("createdAt"), code, "%\"" + code + "\"%").stream().map(this::view).toList();
    }

    /** Restores what a change replaced and removes what it created; only the latest change of its units. */
    @Transactional
    public ChangeView undo(UUID id, String reason) {
        UnitChange change = UnitChange.<UnitChange>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Unit change " + id));
        requireEditable(change.provinceCode);
        if (change.undoneAt != null) {
            throw ProblemException.conflict("Change " + id + " was already undone at " + change.undoneAt);
        }
        List<UnitSnapshot> before = read(change.beforeState, SNAPSHOTS);
        List<String> created = read(change.createdUnits, CODES);
        Set<String> involved = new HashSet<>(created);
        before.forEach(s -> involved.add(s.code()));
        for (UnitChange later : UnitChange.<UnitChange>list("createdAt > ?1 and undoneAt is null", change.createdAt)) {
            if (involved.contains(later.unitCode) || involved.stream().anyMatch(c -> later.beforeState.contains("\"" + c + "\""))) {
                throw ProblemException.conflict("Change " + later.id + " (" + later.kind + " of " + later.unitCode
                        + ") came later and touches the same units; undo it first");
            }
        }
        for (String code : created) {
            if (Report.count("unitCode", code) > 0) {
                throw ProblemException.conflict("Unit " + code + " created by this change already has reports");
            }
        }
        UnitLineage.delete("changeId", id);
        for (UnitSnapshot snapshot : before) {
            OrgUnit unit = units.findById(snapshot.code());
            restore(unit, snapshot);
            audit.change(AuditTrail.UNIT, unit.code, "UNDONE", "change", change.kind + " " + change.effectiveDate, null, reason);
            outbox.record(Outbox.UNIT_EVENTS, UnitChanged.TYPE, unit.code,
                    UnitChanged.of("RESTORED", unit).lineage(List.of(), change.id, change.effectiveDate));
        }
        units.flush();
        new ArrayDeque<>(created).descendingIterator().forEachRemaining(code -> {
            OrgUnit unit = units.findById(code);
            audit.change(AuditTrail.UNIT, code, "UNDONE", "change", change.kind + " " + change.effectiveDate, "removed", reason);
            outbox.record(Outbox.UNIT_EVENTS, UnitChanged.TYPE, code,
                    UnitChanged.of("DELETED", unit).lineage(List.of(), change.id, change.effectiveDate));
            UnitName.delete("unitCode", code);
            units.delete(unit);
            units.flush();
        });
        change.undoneAt = Instant.now();
        change.undoneBy = caller.userName();
        change.undoReason = reason;
        return view(change);
    }

    private UnitView provinceMerge(OrgUnit province, OrgUnit into, UnitMerge merge) {
        requireEditable(into.provinceCode);
        Change change = begin(UnitChange.Kind.PROVINCE_MERGE, province, merge.date(), merge.reason());
        List<OrgUnit> children = units.list("parentCode", Sort.by("code"), province.code);
        for (OrgUnit child : children) {
            if (child.validTo == null || !child.validTo.isBefore(merge.date())) {
                carry(change, child, into.code + child.code.substring(child.code.indexOf('.')), into.code, into.code,
                        "PROVINCE_MERGED");
            }
        }
        change.snapshot(province);
        close(change, province, into.code, null, "PROVINCE_MERGED");
        return change.finish(province);
    }

    /**
     * The unit continues as {@code newCode} under {@code parent} in {@code province} from the change's
     * date: an existing open unit of that code and a compatible level absorbs it, otherwise a new unit is
     * created. Its open sub-units follow, recursively.
     */
    private void carry(Change change, OrgUnit unit, String newCode, String parent, String province, String action) {
        OrgUnit target = units.findByIdOptional(newCode).orElse(null);
        if (target != null) {
            if (!target.isValidOn(change.date) || target.level != unit.level) {
                throw ProblemException.conflict("Unit " + newCode + " exists but cannot receive " + unit.code
                        + " on " + change.date + " (level " + target.level + ", valid " + target.validFrom + " – "
                        + (target.validTo == null ? "" : target.validTo) + ")");
            }
        } else {
            groups.requireFits(province, unit.group, unit.level, "group");
            target = new OrgUnit();
            target.code = newCode;
            target.provinceCode = province;
            target.name = unit.name;
            target.nameEn = unit.nameEn;
            target.level = unit.level;
            target.group = unit.group;
            target.parentCode = parent;
            target.validFrom = change.date;
            units.persist(target);
            units.flush();
            UnitName.of(newCode, change.date, unit.name, unit.nameEn).persist();
            change.created(target);
            audit.change(AuditTrail.UNIT, newCode, "CREATED", "predecessor", null, unit.code, change.record.reason);
        }
        for (OrgUnit child : units.list("parentCode", Sort.by("code"), unit.code)) {
            if (child.validTo == null || !child.validTo.isBefore(change.date)) {
                carry(change, child, province + child.code.substring(child.code.indexOf('.')), target.code, province, action);
            }
        }
        change.snapshot(unit);
        close(change, unit, target.code, null, action);
    }

    private void close(Change change, OrgUnit unit, String successor, BigDecimal share, String action) {
        LocalDate lastDay = change.date.minusDays(1);
        audit.change(AuditTrail.UNIT, unit.code, action, "successorCode", unit.successorCode, successor, change.record.reason);
        audit.change(AuditTrail.UNIT, unit.code, action, "validTo", unit.validTo, lastDay, change.record.reason);
        link(change, unit.code, successor, share);
        unit.successorCode = successor;
        unit.validTo = lastDay;
        unit.updatedAt = Instant.now();
        change.touched(unit, action);
    }

    private void link(Change change, String predecessor, String successor, BigDecimal share) {
        if (change.record.kind != UnitChange.Kind.SPLIT
                && UnitLineage.count("predecessorCode = ?1 and effectiveDate = ?2", predecessor, change.date) > 0) {
            throw ProblemException.conflict("Unit " + predecessor + " already has a successor on " + change.date);
        }
        UnitLineage link = new UnitLineage();
        link.predecessorCode = predecessor;
        link.successorCode = successor;
        link.effectiveDate = change.date;
        link.kind = change.record.kind;
        link.share = share;
        link.changeId = change.record.id;
        link.persist();
    }

    private Change begin(UnitChange.Kind kind, OrgUnit unit, LocalDate date, String reason) {
        UnitChange record = new UnitChange();
        record.id = UUID.randomUUID();
        record.kind = kind;
        record.unitCode = unit.code;
        record.provinceCode = unit.provinceCode;
        record.effectiveDate = date;
        record.actor = caller.userName();
        record.reason = reason;
        record.createdAt = Instant.now();
        record.beforeState = "[]";
        record.createdUnits = "[]";
        record.persist();
        return new Change(record, date);
    }

    /** A change being made: the units it snapshots, creates and touches, announced when it finishes. */
    private final class Change {
        final UnitChange record;
        final LocalDate date;
        final Map<String, UnitSnapshot> before = new LinkedHashMap<>();
        final List<String> createdCodes = new ArrayList<>();
        final Map<String, OrgUnit> touched = new LinkedHashMap<>();
        final Map<String, String> actions = new LinkedHashMap<>();

        Change(UnitChange record, LocalDate date) {
            this.record = record;
            this.date = date;
        }

        void snapshot(OrgUnit unit) {
            before.putIfAbsent(unit.code, UnitSnapshot.of(unit));
        }

        void created(OrgUnit unit) {
            createdCodes.add(unit.code);
            touched(unit, "CREATED");
        }

        void touched(OrgUnit unit, String action) {
            touched.put(unit.code, unit);
            actions.put(unit.code, action);
        }

        UnitView finish(OrgUnit main) {
            record.beforeState = write(new ArrayList<>(before.values()));
            record.createdUnits = write(createdCodes);
            units.flush();
            touched.values().forEach(unit -> outbox.record(Outbox.UNIT_EVENTS, UnitChanged.TYPE, unit.code,
                    UnitChanged.of(actions.get(unit.code), unit).lineage(successorLinks(unit.code), record.id, date)));
            return UnitView.of(main, successorsOf(main.code));
        }
    }

    private List<UnitChanged.Successor> successorLinks(String code) {
        return successorsOf(code).stream()
                .map(l -> new UnitChanged.Successor(l.successorCode, l.effectiveDate, l.kind.name(), l.share)).toList();
    }

    private void restore(OrgUnit unit, UnitSnapshot snapshot) {
        unit.name = snapshot.name();
        unit.nameEn = snapshot.nameEn();
        unit.group = snapshot.group();
        unit.parentCode = snapshot.parentCode();
        unit.validTo = snapshot.validTo();
        unit.successorCode = snapshot.successorCode();
        unit.updatedAt = Instant.now();
        UnitName.delete("unitCode", unit.code);
        units.flush();
        snapshot.names().forEach(n -> UnitName.of(unit.code, n.validFrom(), n.name(), n.nameEn()).persist());
    }

    private OrgUnit editable(String code) {
        OrgUnit unit = units.findByIdOptional(code).orElseThrow(() -> ProblemException.notFound("Unit " + code));
        requireEditable(unit.provinceCode);
        return unit;
    }

    private void requireEditable(String province) {
        if (!caller.seesProvince(province)) {
            throw ProblemException.forbidden("Only an administrator of province " + province + " restructures its units");
        }
    }

    /** Open on the day before {@code date}; a unit closed that day without successors may still get them. */
    private static void requireOpenOn(OrgUnit unit, LocalDate date) {
        if (!date.isAfter(unit.validFrom)) {
            throw ProblemException.invalid("date", "must be after the unit's first day " + unit.validFrom);
        }
        boolean linked = unit.successorCode != null || UnitLineage.count("predecessorCode", unit.code) > 0;
        if (unit.validTo != null && (linked || unit.validTo.isBefore(date.minusDays(1)))) {
            throw ProblemException.conflict("Unit " + unit.code + " already ended on " + unit.validTo
                    + (unit.successorCode != null ? " (successor " + unit.successorCode + ")" : ""));
        }
    }

    /** Which levels may continue as which: a department never becomes a district, a district may dissolve. */
    static boolean compatible(UnitLevel from, UnitLevel to) {
        return switch (from) {
            case PROVINCE -> to == UnitLevel.PROVINCE;
            case DEPARTMENT -> to == UnitLevel.DEPARTMENT;
            case DISTRICT -> to == UnitLevel.DISTRICT || to == UnitLevel.COMMUNE || to == UnitLevel.DEPARTMENT;
            case COMMUNE -> to == UnitLevel.COMMUNE;
        };
    }

    private static void requireCompatible(UnitLevel from, OrgUnit successor, String field) {
        if (!compatible(from, successor.level)) {
            throw ProblemException.invalid(field, "a " + from + " cannot continue as " + successor.code + " of level "
                    + successor.level);
        }
    }

    private ChangeView view(UnitChange change) {
        List<String> affected = read(change.beforeState, SNAPSHOTS).stream().map(UnitSnapshot::code).toList();
        return new ChangeView(change.id, change.kind, change.unitCode, change.provinceCode, change.effectiveDate,
                change.actor, change.reason, change.createdAt, affected, read(change.createdUnits, CODES),
                change.undoneAt, change.undoneBy, change.undoReason);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unit change cannot be written as JSON", e);
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unit change cannot be read", e);
        }
    }
}
