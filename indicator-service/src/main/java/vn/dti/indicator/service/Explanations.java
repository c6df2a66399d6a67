package vn.dti.indicator.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.dti.indicator.repository.FrameworkVersion;
import vn.dti.indicator.repository.Score;
import vn.dti.indicator.repository.Stage;
import vn.dti.indicator.scoring.CompiledFramework;
import vn.dti.indicator.scoring.ScoreCard;
import vn.dti.indicator.scoring.ScoringEngine;
import vn.dti.indicator.scoring.UnitProfile;
import vn.dti.platform.problem.ProblemException;

/**
 * A stored score's explanation tree, rebuilt from its {@link ScoreInputs} under its framework
 * version. Scores stored before the compact form keep their whole tree, which is read as it is.
 */
@ApplicationScoped
public class Explanations {

    @Inject
    ObjectMapper json;

    @Inject
    FrameworkRegistry registry;

    public ScoreCard of(Score score) {
        if (score.explanation.contains("\"indices\":")) {
            return Json.read(json, score.explanation, ScoreCard.class);
        }
        ScoreInputs inputs = Json.read(json, score.explanation, ScoreInputs.class);
        if (score.stage == Stage.FINAL) {
            Score reviewed = Score.find(score.unitCode, score.period, Stage.REVIEWED)
                    .orElseThrow(() -> new IllegalStateException("FINAL score of " + score.unitCode + " without REVIEWED"));
            inputs = inputs.onTopOf(Json.read(json, reviewed.explanation, ScoreInputs.class));
        }
        return rebuild(score, inputs);
    }

    public ScoreCard rebuild(Score score, ScoreInputs inputs) {
        CompiledFramework framework = registry.compiled(FrameworkVersion.find(score.frameworkCode, score.frameworkVersion)
                .orElseThrow(() -> ProblemException.notFound("Framework " + score.frameworkCode + " v" + score.frameworkVersion)));
        ScoreCard card = ScoringEngine.score(framework, new UnitProfile(score.unitCode, score.unitLevel, score.unitGroup),
                inputs.inputValues(), inputs.groupBests());
        return score.stage == Stage.FINAL
                ? ScoringEngine.withCouncilAdjustments(framework, card, inputs.councilAdjustments())
                : card;
    }
}
