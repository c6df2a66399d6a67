package vn.dti.indicator.service;

import vn.dti.platform.period.Period;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.dti.indicator.config.IndicatorConfig;
import vn.dti.indicator.repository.InputSet;
import vn.dti.indicator.repository.PeerValues;
import vn.dti.indicator.repository.Stage;
import vn.dti.indicator.repository.UnitInfo;
import vn.dti.platform.problem.Problem;
import vn.dti.platform.problem.ProblemException;
import vn.dti.platform.rest.StoredNumbers;
import vn.dti.indicator.scoring.ComponentScore;
import vn.dti.indicator.scoring.Decimals;
import vn.dti.indicator.scoring.InputValue;
import vn.dti.indicator.scoring.ScoreCard;
import vn.dti.indicator.scoring.ScoringEngine;
import vn.dti.indicator.security.CallerScope;
import vn.dti.indicator.service.FrameworkRegistry.ActiveVersion;

/** What-if scoring: nothing is stored; the answer lists where the unit can gain the most points. */
@ApplicationScoped
public class SimulationService {

    @Inject
    FrameworkRegistry registry;

    @Inject
    InputStore inputs;

    @Inject
    PeerValues peers;

    @Inject
    IndicatorConfig config;

    public SimulationRequest.Result simulate(SimulationRequest request, CallerScope caller) {
        if (!caller.seesUnit(request.unitCode())) {
            throw ProblemException.notFound("Unit " + request.unitCode());
        }
        UnitInfo unit = UnitInfo.<UnitInfo>findByIdOptional(request.unitCode())
                .orElseThrow(() -> ProblemException.notFound("Unit " + request.unitCode()));
        if (!Period.isValid(request.period())) {
            throw ProblemException.invalid("period", "must be a period such as 2023, 2023H1, 2023-9M, 2023Q3, 2023-07 or 2021/2025");
        }
        ActiveVersion framework = registry.resolve(unit.province, unit.group, request.period())
                .orElseThrow(() -> ProblemException.invalid("period", "no framework version is active for this period"));
        Stage basis = InputSet.find(unit.unitCode, request.period(), Stage.REVIEWED).isPresent() ? Stage.REVIEWED : Stage.SELF;
        Map<String, InputValue> values = new HashMap<>(inputs.values(unit.unitCode, request.period(), basis));
        applyOverrides(values, request.overrides());
        Map<String, BigDecimal> bests = peers.highest(ScoringService.scopeOf(unit, request.period(), basis, framework));
        ScoreCard card = ScoringEngine.score(framework.framework(), ScoringService.profileOf(unit), values, bests);
        ScoreView view = new ScoreView(unit.unitCode, unit.name, unit.group, unit.province, request.period(),
                framework.frameworkCode(), framework.version(), null, null, null, null, null, null, null, List.of(), null);
        ScoreDetail detail = ScoreQueryService.detail(view, card, List.of(), null);
        return new SimulationRequest.Result(detail, basis.name(), advice(card));
    }

    /** The precision report-service stores values with (numeric(24,4)): a what-if cannot go beyond it. */
    static final int VALUE_PRECISION = 24;
    static final int VALUE_SCALE = 4;

    private void applyOverrides(Map<String, InputValue> values, List<SimulationRequest.Override> overrides) {
        if (overrides == null) {
            return;
        }
        if (overrides.size() > config.simulation().maxOverrides()) {
            throw ProblemException.invalid("overrides", "at most " + config.simulation().maxOverrides() + " overrides");
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < overrides.size(); i++) {
            SimulationRequest.Override override = overrides.get(i);
            BigDecimal number = SimulationRequest.numberOf(override.value());
            if (!registry.elementCodes().contains(override.element())) {
                errors.add(new Problem.FieldError("overrides[" + i + "].element", "unknown data element"));
            } else if (number == null) {
                errors.add(new Problem.FieldError("overrides[" + i + "].value", "must be a number or a boolean"));
            } else if (!StoredNumbers.fits(number, VALUE_PRECISION, VALUE_SCALE)) {
                errors.add(new Problem.FieldError("overrides[" + i + "].value",
                        StoredNumbers.problemOf(number, VALUE_PRECISION, VALUE_SCALE)));
            } else {
                values.put(override.element(), new InputValue(override.element(), number, null, null, false));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private List<SimulationRequest.Advice> advice(ScoreCard card) {
        return card.components().stream()
                .filter(ComponentScore::applies)
                .filter(c -> c.pointsToGain().signum() > 0)
                .sorted(Comparator.comparing(ComponentScore::pointsToGain).reversed().thenComparing(ComponentScore::code))
                .limit(config.simulation().adviceSize())
                .map(c -> new SimulationRequest.Advice(c.code(), c.nameVi(), c.nameEn(), c.method().name(),
                        Decimals.points(c.points()), c.maxPoints(), Decimals.points(c.pointsToGain()),
                        c.inputs().stream().map(InputValue::element).toList(),
                        c.flags().stream().map(Enum::name).toList()))
                .toList();
    }
}
