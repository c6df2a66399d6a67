package vn.dti.indicator.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.dti.indicator.events.ScoreEvents;
import vn.dti.indicator.repository.CouncilAdjustmentRow;
import vn.dti.indicator.repository.InputSet;
import vn.dti.indicator.repository.PeerValues;
import vn.dti.indicator.repository.PeerValues.PeerScope;
import vn.dti.indicator.repository.ScoreQueue;
import vn.dti.indicator.repository.ScoreStore;
import vn.dti.indicator.repository.Stage;
import vn.dti.indicator.repository.UnitInfo;
import vn.dti.indicator.scoring.ComponentScore;
import vn.dti.indicator.scoring.ScoreCard;
import vn.dti.indicator.scoring.ScoringEngine;
import vn.dti.indicator.scoring.UnitProfile;
import vn.dti.indicator.service.FrameworkRegistry.ActiveVersion;
import vn.dti.indicator.service.InputStore.UnitInputs;

/**
 * Recomputes stored scores: SELF or REVIEWED (REVIEWED also gives FINAL) of a batch of units of
 * one peer group, and the rest of the group only when a BEST_IN_GROUP highest value moved. The
 * group's bests are computed once per batch; changed scores are upserted and their
 * {@code ScoresComputed} recorded in the outbox as JDBC batches, in the caller's transaction.
 */
@ApplicationScoped
public class ScoringService {

    private static final Logger LOG = Logger.getLogger(ScoringService.class);

    @Inject
    FrameworkRegistry registry;

    @Inject
    InputStore inputs;

    @Inject
    PeerValues peers;

    @Inject
    ScoreStore store;

    @Inject
    ScoreEvents events;

    @Inject
    ScoreQueue queue;

    @Inject
    ObjectMapper json;

    /** @return how many units were rescored */
    @Transactional(Transactional.TxType.MANDATORY)
    public int recompute(String unitCode, String period, Stage stage) {
        UnitInfo unit = UnitInfo.findById(unitCode);
        return unit == null ? 0 : recomputeUnits(unit.province, unit.group, period, stage, List.of(unitCode));
    }

    /**
     * Rescores these units of one peer group in a stage at once: their peer values are stored, the
     * group's bests computed once, and only if a best moved are the group's other units rescored too.
     *
     * @return how many units were rescored
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int recomputeUnits(String province, String group, String period, Stage stage, Collection<String> unitCodes) {
        Optional<ActiveVersion> framework = registry.resolve(province, group, period);
        if (framework.isEmpty()) {
            LOG.warnf("No framework version is active for %s in %s; %s not scored", province, period, unitCodes);
            return 0;
        }
        PeerScope scope = new PeerScope(province, group, period, stage, framework.get().frameworkCode(),
                framework.get().version());
        lockGroup(scope);
        Group batch = withUnits(inputs.inputsOfUnits(unitCodes, period, stage));
        if (batch.inputs().isEmpty()) {
            return 0;
        }
        peers.replaceValuesOf(scope, candidates(framework.get(), batch));
        Map<String, BigDecimal> bests = peers.highest(scope);
        if (bests.equals(peers.scoredAgainst(scope))) {
            return rescore(scope, framework.get(), bests, batch, batch.inputs().keySet());
        }
        peers.rememberScoredAgainst(scope, bests);
        return rescore(scope, framework.get(), bests, loadGroup(scope).with(batch), batch.inputs().keySet());
    }

    /**
     * Takes the units queued in a peer group and rescores them as one batch (units that moved to
     * another group meanwhile are scored in their group).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int scoreQueued(ScoreQueue.PendingGroup pending) {
        lockGroup(pending.province(), pending.groupOrNull(), pending.period(), pending.stage());
        List<String> claimed = queue.claim(pending);
        if (claimed.isEmpty()) {
            return 0;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> units = InputSet.getEntityManager().createNativeQuery("select unit_code, province_code,"
                + " unit_group from unit_info where unit_code = any(?1)")
                .setParameter(1, claimed.toArray(String[]::new)).getResultList();
        Map<PeerScopeKey, List<String>> byGroup = units.stream()
                .collect(Collectors.groupingBy(u -> new PeerScopeKey((String) u[1], (String) u[2]),
                        Collectors.mapping(u -> (String) u[0], Collectors.toList())));
        int rescored = 0;
        for (Map.Entry<PeerScopeKey, List<String>> group : byGroup.entrySet()) {
            rescored += recomputeUnits(group.getKey().province(), group.getKey().group(), pending.period(),
                    pending.stage(), group.getValue());
        }
        return rescored;
    }

    /** Rescores every unit with values for the period, stage by stage (admin recompute). */
    @Transactional(Transactional.TxType.MANDATORY)
    public int recomputePeriod(String period, String province, String group) {
        int rescored = 0;
        for (Stage stage : List.of(Stage.SELF, Stage.REVIEWED)) {
            Map<PeerScopeKey, String> oneUnitPerGroup = new HashMap<>();
            for (InputSet set : InputSet.forPeriod(period, stage)) {
                UnitInfo unit = UnitInfo.findById(set.unitCode);
                if (unit != null && (province == null || province.equals(unit.province))
                        && (group == null || group.equals(unit.group))) {
                    oneUnitPerGroup.putIfAbsent(new PeerScopeKey(unit.province, unit.group), unit.unitCode);
                }
            }
            for (String unitCode : oneUnitPerGroup.values()) {
                rescored += recomputeGroupOf(unitCode, period, stage);
            }
        }
        return rescored;
    }

    /** Rescores the unit's whole peer group in a stage, whatever the bests did. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int recomputeGroupOf(String unitCode, String period, Stage stage) {
        UnitInfo unit = UnitInfo.findById(unitCode);
        Optional<ActiveVersion> framework = unit == null ? Optional.empty()
                : registry.resolve(unit.province, unit.group, period);
        if (framework.isEmpty()) {
            return 0;
        }
        PeerScope scope = scopeOf(unit, period, stage, framework.get());
        lockGroup(scope);
        Group group = loadGroup(scope);
        peers.replaceGroupValues(scope, candidates(framework.get(), group));
        Map<String, BigDecimal> bests = peers.highest(scope);
        peers.rememberScoredAgainst(scope, bests);
        return rescore(scope, framework.get(), bests, group, Set.of(unitCode));
    }

    /** Rescores a peer group in a period, both stages, on the framework version now active for it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int recomputeGroup(String province, String group, String period) {
        int rescored = 0;
        for (Stage stage : List.of(Stage.SELF, Stage.REVIEWED)) {
            @SuppressWarnings("unchecked")
            Optional<String> member = InputSet.getEntityManager().createNativeQuery("select i.unit_code from input_set i"
                    + " join unit_info u on u.unit_code = i.unit_code where u.province_code = ?1 and u.unit_group = ?2"
                    + " and i.period = ?3 and i.stage = ?4 limit 1")
                    .setParameter(1, province).setParameter(2, group).setParameter(3, period)
                    .setParameter(4, stage.name()).getResultStream().findFirst();
            if (member.isPresent()) {
                rescored += recomputeGroupOf(member.get(), period, stage);
            }
        }
        return rescored;
    }

    /** Rescores the FINAL stage (with REVIEWED), after the council changed its adjustments. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recomputeFinal(String unitCode, String period) {
        recompute(unitCode, period, Stage.REVIEWED);
    }

    /** The FINAL score card the council's adjustments give on top of a REVIEWED card. */
    public ScoreCard finalCard(String frameworkCode, int version, ScoreCard reviewed, List<CouncilAdjustmentRow> rows) {
        return ScoringEngine.withCouncilAdjustments(registry.compiled(
                vn.dti.indicator.repository.FrameworkVersion.find(frameworkCode, version).orElseThrow()), reviewed,
                councilAdjustments(rows));
    }

    private record PeerScopeKey(String province, String group) {
    }

    /**
     * One transaction at a time rescores a peer group in a stage, whichever instance or consumer
     * runs it: the group's bests are then always computed from every committed value.
     */
    private void lockGroup(PeerScope scope) {
        lockGroup(scope.province(), scope.group(), scope.period(), scope.stage());
    }

    private void lockGroup(String province, String group, String period, Stage stage) {
        InputSet.getEntityManager()
                .createNativeQuery("select count(*) from (select pg_advisory_xact_lock(hashtext(?1))) as locked")
                .setParameter(1, "peer-group:" + province + ":" + group + ":" + period + ":" + stage)
                .getSingleResult();
    }

    /** Members of a peer group (or a batch of them) with their inputs. */
    private record Group(Map<String, UnitInputs> inputs, Map<String, UnitInfo> units) {

        Group with(Group other) {
            Map<String, UnitInputs> allInputs = new HashMap<>(inputs);
            allInputs.putAll(other.inputs());
            Map<String, UnitInfo> allUnits = new HashMap<>(units);
            allUnits.putAll(other.units());
            return new Group(allInputs, allUnits);
        }
    }

    private Group loadGroup(PeerScope scope) {
        return withUnits(inputs.inputsOfGroup(scope.province(), scope.group(), scope.period(), scope.stage()));
    }

    private static Group withUnits(Map<String, UnitInputs> inputs) {
        Map<String, UnitInfo> units = new HashMap<>();
        inputs.forEach((code, unit) -> units.put(code, unit.unit()));
        return new Group(inputs, units);
    }

    private static Map<String, Map<String, BigDecimal>> candidates(ActiveVersion framework, Group group) {
        Map<String, Map<String, BigDecimal>> candidates = new HashMap<>();
        group.inputs().forEach((member, unit) -> candidates.put(member, ScoringEngine.bestInGroupValues(
                framework.framework(), profileOf(group.units().get(member)), unit.values())));
        return candidates;
    }

    private int rescore(PeerScope scope, ActiveVersion framework, Map<String, BigDecimal> bests, Group group,
            Set<String> triggers) {
        Set<String> members = new HashSet<>(group.inputs().keySet());
        Map<ScoreStore.Key, ScoreStore.Stored> stored = store.stored(members, scope.period());
        Map<String, List<CouncilAdjustmentRow>> adjustments = scope.stage() != Stage.REVIEWED ? Map.of()
                : store.councilAdjustments(members, scope.period()).stream()
                        .collect(Collectors.groupingBy(a -> a.unitCode));
        Instant now = Instant.now();
        // pure computation per unit (engine and JSON), spread over the cores; writes stay in this thread
        List<Changes> perUnit = group.inputs().entrySet().parallelStream().map(member -> {
            Changes unitChanges = new Changes(new ArrayList<>(2), new ArrayList<>(2));
            rescore(new Scoring(group.units().get(member.getKey()), scope.period(), scope.stage(), member.getValue(),
                    framework, bests, adjustments.getOrDefault(member.getKey(), List.of()), now), stored,
                    triggers.contains(member.getKey()), unitChanges);
            return unitChanges;
        }).toList();
        Changes changed = new Changes(new ArrayList<>(), new ArrayList<>());
        perUnit.forEach(unit -> {
            changed.rows().addAll(unit.rows());
            changed.events().addAll(unit.events());
        });
        store.upsert(changed.rows());
        events.computedAll(changed.events());
        return members.size();
    }

    /** The scores to write and the events to record, for one batch. */
    private record Changes(List<ScoreStore.Row> rows, List<ScoreEvents.ScoresComputed> events) {
    }

    /** Everything one unit's rescore needs, loaded beforehand so a group rescore runs no query per unit. */
    private record Scoring(UnitInfo unit, String period, Stage stage, UnitInputs inputs, ActiveVersion framework,
            Map<String, BigDecimal> bests, List<CouncilAdjustmentRow> adjustments, Instant at) {
    }

    private void rescore(Scoring s, Map<ScoreStore.Key, ScoreStore.Stored> stored, boolean publishEvenIfUnchanged,
            Changes changed) {
        ScoreCard card = ScoringEngine.score(s.framework().framework(), profileOf(s.unit()), s.inputs().values(), s.bests());
        ScoreInputs basis = ScoreInputs.of(s.inputs().reportId(), s.inputs().reportVersion(), s.inputs().values(),
                s.bests());
        boolean written = keepIfChanged(s, s.stage(), card, basis, stored, publishEvenIfUnchanged, changed);
        if (s.stage() == Stage.REVIEWED) {
            Map<String, ComponentScore.CouncilAdjustment> council = councilAdjustments(s.adjustments());
            ScoreCard fin = ScoringEngine.withCouncilAdjustments(s.framework().framework(), card, council);
            keepIfChanged(s, Stage.FINAL, fin, basis.councilOnly(council), stored, publishEvenIfUnchanged || written,
                    changed);
        }
    }

    /** @return whether the score is written (changed, or asked to be published anyway) */
    private boolean keepIfChanged(Scoring s, Stage stage, ScoreCard card, ScoreInputs basis,
            Map<ScoreStore.Key, ScoreStore.Stored> stored, boolean publishEvenIfUnchanged, Changes changed) {
        String explanation = Json.write(json, basis);
        ScoreStore.Stored before = stored.get(new ScoreStore.Key(s.unit().unitCode, stage));
        boolean same = before != null && explanation.equals(before.explanation())
                && before.frameworkVersion() == s.framework().version()
                && s.framework().frameworkCode().equals(before.frameworkCode())
                && before.unitLevel() == s.unit().level && Objects.equals(before.unitGroup(), s.unit().group);
        if (same && !publishEvenIfUnchanged) {
            return false;
        }
        List<GroupView> groups = card.indices().stream().map(GroupView::of).toList();
        List<SourceView> sources = List.of(new SourceView(s.inputs().reportId(), s.inputs().reportVersion()));
        ScoreStore.Row row = new ScoreStore.Row(s.unit().unitCode, s.unit().name, s.unit().group, s.unit().level,
                s.unit().province, s.period(), stage, s.framework().frameworkCode(), s.framework().version(),
                card.points(), card.totalMax(), card.applicableMax(), card.index(), Json.write(json, groups),
                explanation, Json.write(json, sources), s.at());
        changed.rows().add(row);
        changed.events().add(ScoreEvents.payload(row, groups, sources));
        return true;
    }

    static Map<String, ComponentScore.CouncilAdjustment> councilAdjustments(List<CouncilAdjustmentRow> rows) {
        return rows.stream().collect(Collectors.toMap(a -> a.componentCode,
                a -> new ComponentScore.CouncilAdjustment(null, a.points, a.reason, a.adjustedBy)));
    }

    static PeerScope scopeOf(UnitInfo unit, String period, Stage stage, ActiveVersion framework) {
        return new PeerScope(unit.province, unit.group, period, stage, framework.frameworkCode(), framework.version());
    }

    public static UnitProfile profileOf(UnitInfo unit) {
        return new UnitProfile(unit.unitCode, unit.level, unit.group);
    }
}
