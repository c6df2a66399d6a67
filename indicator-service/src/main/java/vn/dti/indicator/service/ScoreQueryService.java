package vn.dti.indicator.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import vn.dti.indicator.repository.InputSet;
import vn.dti.indicator.repository.Score;
import vn.dti.indicator.repository.Stage;
import vn.dti.platform.rest.PageRequest;
import vn.dti.platform.rest.PageResponse;
import vn.dti.platform.period.Period;
import vn.dti.platform.problem.ProblemException;
import vn.dti.indicator.scoring.Decimals;
import vn.dti.indicator.scoring.ScoreCard;
import vn.dti.indicator.security.CallerScope;

/** Reads stored scores within what the caller may see; another unit's score is simply not found. */
@ApplicationScoped
public class ScoreQueryService {

    private static final TypeReference<List<SourceView>> SOURCES = new TypeReference<>() {
    };

    @Inject
    ObjectMapper json;

    @Inject
    Explanations explanations;

    public record Filter(String period, String group, String province, String framework, Stage stage) {
    }

    public PageResponse<ScoreView> list(Filter filter, CallerScope caller, PageRequest page) {
        if (filter.period() != null) {
            Period.ofParameter(filter.period());
        }
        List<String> conditions = new ArrayList<>(List.of("stage = :stage"));
        Map<String, Object> parameters = new HashMap<>(Map.of("stage", filter.stage()));
        addIfGiven(conditions, parameters, "period", filter.period());
        addIfGiven(conditions, parameters, "unitGroup", filter.group());
        addIfGiven(conditions, parameters, "province", filter.province());
        addIfGiven(conditions, parameters, "frameworkCode", filter.framework());
        restrictToCaller(conditions, parameters, caller);
        PanacheQuery<Score> query = Score.find(String.join(" and ", conditions)
                + " order by period desc, province, unitGroup, index desc nulls last, unitCode", parameters);
        return PageResponse.of(query, page, ScoreView::of);
    }

    public ScoreDetail get(String unitCode, String period, Stage stage, CallerScope caller) {
        if (!caller.seesUnit(unitCode)) {
            throw ProblemException.notFound("Score of " + unitCode + " for " + period);
        }
        Score score = Score.find(unitCode, period, stage)
                .orElseThrow(() -> ProblemException.notFound(stage + " score of " + unitCode + " for " + period));
        ScoreCard card = explanations.of(score);
        boolean amendmentPending = InputSet.find(unitCode, period, Stage.REVIEWED).map(s -> s.amendmentPending)
                .orElse(false);
        return detail(ScoreView.of(score), card, Json.read(json, score.sources, SOURCES), amendmentPending);
    }

    /** The FINAL score a REVIEWED score and the council's adjustments give, before it is stored. */
    public ScoreDetail finalOf(Score reviewed, ScoreCard fin) {
        ScoreView view = ScoreView.of(reviewed);
        ScoreView finalView = new ScoreView(view.unitCode(), view.unitName(), view.unitGroup(), view.province(),
                view.period(), view.framework(), view.frameworkVersion(), Stage.FINAL, view.points(),
                view.applicableMax(), view.totalMax(), view.index(), view.pointsExact(), view.indexExact(),
                view.groups(), java.time.Instant.now());
        boolean amendmentPending = InputSet.find(reviewed.unitCode, reviewed.period, Stage.REVIEWED)
                .map(s -> s.amendmentPending).orElse(false);
        return detail(finalView, fin, Json.read(json, reviewed.sources, SOURCES), amendmentPending);
    }

    static ScoreDetail detail(ScoreView view, ScoreCard card, List<SourceView> sources, Boolean amendmentPending) {
        return new ScoreDetail(view.unitCode(), view.unitName(), view.unitGroup(), view.province(), view.period(),
                view.framework(), view.frameworkVersion(), view.stage(), Decimals.points(card.points()),
                card.applicableMax(), card.totalMax(), Decimals.index(card.index()), card.points(), card.index(),
                card.indices().stream().map(GroupView::of).toList(), card.pillars(), sources, amendmentPending,
                view.computedAt(), card.indices());
    }

    private static void addIfGiven(List<String> conditions, Map<String, Object> parameters, String field, String value) {
        if (value != null && !value.isBlank()) {
            conditions.add(field + " = :" + field);
            parameters.put(field, value);
        }
    }

    private static void restrictToCaller(List<String> conditions, Map<String, Object> parameters, CallerScope caller) {
        if (caller.seesEverything()) {
            return;
        }
        if (caller.province() != null && caller.seesProvince(caller.province())) {
            conditions.add("province = :callerProvince");
            parameters.put("callerProvince", caller.province());
        } else {
            conditions.add("unitCode = :callerUnit");
            parameters.put("callerUnit", String.valueOf(caller.unit()));
        }
    }
}
