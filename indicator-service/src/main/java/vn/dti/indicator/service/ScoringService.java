package vn.dti.indicator.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
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
import vn.dti.indicator.repository.Score;
import vn.dti.indicator.repository.Stage;
import vn.dti.indicator.repository.UnitInfo;
import vn.dti.indicator.scoring.ComponentScore;
import vn.dti.indicator.scoring.InputValue;
import vn.dti.indicator.scoring.ScoreCard;
import vn.dti.indicator.scoring.ScoringEngine;
import vn.dti.indicator.scoring.UnitProfile;
import vn.dti.indicator.service.FrameworkRegistry.ActiveVersion;

/**
 * Recomputes stored scores: a unit's SELF or REVIEWED score (REVIEWED also gives FINAL), and its
 * whole peer group when the highest value of a BEST_IN_GROUP component moved. Each changed score
 * is published as {@code ScoresComputed} through the outbox, in the caller's transaction.
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
    ScoreEvents events;

    @Inject
    ObjectMapper json;

    /** @return how many units were rescored */
    @Transactional(Transactional.TxType.MANDATORY)
    public int recompute(String unitCode, String period, Stage stage) {
        UnitInfo unit = UnitInfo.findById(unitCode);
        Optional<InputSet> set = inputs.set(unitCode, period, stage);
        if (unit == null || set.isEmpty()) {
            return 0;
        }
        Optional<ActiveVersion> framework = registry.resolve(unit.province, unit.group, period);
        if (framework.isEmpty()) {
            LOG.warnf("No framework version is active for %s in %s; %s not scored", unit.province, period, unitCode);
            return 0;
        }
        PeerScope scope = scopeOf(unit, period, stage, framework.get());
        lockGroup(scope);
        Map<String, InputValue> values = inputs.values(set.get());
        peers.replaceUnitValues(scope, unitCode, ScoringEngine.bestInGroupValues(framework.get().framework(),
                profileOf(unit), values));
        Map<String, BigDecimal> bests = peers.highest(scope);
        if (!bests.equals(peers.scoredAgainst(scope))) {
            peers.rememberScoredAgainst(scope, bests);
            return rescoreGroup(scope, framework.get(), bests, unitCode, loadGroup(scope));
        }
        Map<Stage, Score> stored = storedScores(unitCode, period);
        rescore(new Scoring(unit, set.get(), values, framework.get(), bests, stored,
                CouncilAdjustmentRow.of(unitCode, period)), true);
        return 1;
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
        Map<String, Map<String, BigDecimal>> candidates = new HashMap<>();
        group.values().forEach((member, values) -> candidates.put(member, ScoringEngine
                .bestInGroupValues(framework.get().framework(), profileOf(group.units().get(member)), values)));
        peers.replaceGroupValues(scope, candidates);
        Map<String, BigDecimal> bests = peers.highest(scope);
        peers.rememberScoredAgainst(scope, bests);
        return rescoreGroup(scope, framework.get(), bests, unitCode, group);
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

    /** Rescores the FINAL stage only, after the council changed its adjustments. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recomputeFinal(String unitCode, String period) {
        recompute(unitCode, period, Stage.REVIEWED);
    }

    private record PeerScopeKey(String province, String group) {
    }

    /**
     * One transaction at a time rescores a peer group in a stage, whichever instance or consumer
     * runs it: the group's bests are then always computed from every committed value.
     */
    private void lockGroup(PeerScope scope) {
        InputSet.getEntityManager()
                .createNativeQuery("select count(*) from (select pg_advisory_xact_lock(hashtext(?1))) as locked")
                .setParameter(1, "peer-group:" + scope.province() + ":" + scope.group() + ":" + scope.period() + ":"
                        + scope.stage())
                .getSingleResult();
    }

    /** A peer group's members with their values, loaded in one query each. */
    private record Group(Map<String, Map<String, InputValue>> values, Map<String, UnitInfo> units) {
    }

    private Group loadGroup(PeerScope scope) {
        Map<String, Map<String, InputValue>> values = inputs.valuesOfGroup(scope.province(), scope.group(),
                scope.period(), scope.stage());
        Map<String, UnitInfo> units = UnitInfo.<UnitInfo>list("unitCode in ?1", values.keySet()).stream()
                .collect(Collectors.toMap(u -> u.unitCode, Function.identity()));
        return new Group(values, units);
    }

    private int rescoreGroup(PeerScope scope, ActiveVersion framework, Map<String, BigDecimal> bests, String trigger,
            Group group) {
        var members = group.values().keySet();
        Map<String, InputSet> sets = InputSet.<InputSet>list("unitCode in ?1 and period = ?2 and stage = ?3",
                members, scope.period(), scope.stage()).stream()
                .collect(Collectors.toMap(s -> s.unitCode, Function.identity()));
        Map<String, Map<Stage, Score>> stored = Score.<Score>list("unitCode in ?1 and period = ?2", members,
                scope.period()).stream().collect(Collectors.groupingBy(s -> s.unitCode,
                        Collectors.toMap(s -> s.stage, Function.identity())));
        Map<String, List<CouncilAdjustmentRow>> adjustments = CouncilAdjustmentRow.<CouncilAdjustmentRow>list(
                "unitCode in ?1 and period = ?2", members, scope.period()).stream()
                .collect(Collectors.groupingBy(a -> a.unitCode));
        group.values().forEach((member, values) -> rescore(new Scoring(group.units().get(member), sets.get(member),
                values, framework, bests, stored.getOrDefault(member, Map.of()),
                adjustments.getOrDefault(member, List.of())), member.equals(trigger)));
        return members.size();
    }

    /** Everything one unit's rescore needs, loaded beforehand so a group rescore runs no query per unit. */
    private record Scoring(UnitInfo unit, InputSet set, Map<String, InputValue> values, ActiveVersion framework,
            Map<String, BigDecimal> bests, Map<Stage, Score> stored, List<CouncilAdjustmentRow> adjustments) {
    }

    private void rescore(Scoring s, boolean publishEvenIfUnchanged) {
        ScoreCard card = ScoringEngine.score(s.framework().framework(), profileOf(s.unit()), s.values(), s.bests());
        save(s, s.set().stage, card, publishEvenIfUnchanged);
        if (s.set().stage == Stage.REVIEWED) {
            ScoreCard fin = ScoringEngine.withCouncilAdjustments(s.framework().framework(), card,
                    councilAdjustments(s.adjustments()));
            save(s, Stage.FINAL, fin, publishEvenIfUnchanged);
        }
    }

    private void save(Scoring s, Stage stage, ScoreCard card, boolean publishEvenIfUnchanged) {
        Score score = s.stored().get(stage);
        boolean isNew = score == null;
        if (isNew) {
            score = new Score();
            score.unitCode = s.unit().unitCode;
            score.period = s.set().period;
            score.stage = stage;
        }
        String explanation = Json.write(json, card);
        boolean changed = isNew || !explanation.equals(score.explanation)
                || score.frameworkVersion != s.framework().version() || !s.framework().frameworkCode().equals(score.frameworkCode);
        if (!changed && !publishEvenIfUnchanged) {
            return;
        }
        List<GroupView> groups = card.indices().stream().map(GroupView::of).toList();
        List<SourceView> sources = List.of(new SourceView(s.set().reportId, s.set().reportVersion));
        fill(score, s, card, explanation, groups, sources);
        if (isNew) {
            score.persist();
        }
        events.computed(score, groups, sources);
    }

    private void fill(Score score, Scoring s, ScoreCard card, String explanation, List<GroupView> groups,
            List<SourceView> sources) {
        score.unitName = s.unit().name;
        score.unitGroup = s.unit().group;
        score.unitLevel = s.unit().level;
        score.province = s.unit().province;
        score.frameworkCode = s.framework().frameworkCode();
        score.frameworkVersion = s.framework().version();
        score.points = card.points();
        score.totalMax = card.totalMax();
        score.applicableMax = card.applicableMax();
        score.index = card.index();
        score.groups = Json.write(json, groups);
        score.explanation = explanation;
        score.sources = Json.write(json, sources);
        score.computedAt = Instant.now();
    }

    private Map<Stage, Score> storedScores(String unitCode, String period) {
        return Score.<Score>list("unitCode = ?1 and period = ?2", unitCode, period).stream()
                .collect(Collectors.toMap(s -> s.stage, Function.identity()));
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
