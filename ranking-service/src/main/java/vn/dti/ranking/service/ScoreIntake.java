package vn.dti.ranking.service;

import java.math.RoundingMode;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.dti.ranking.config.RankingConfig;
import vn.dti.platform.period.Period;
import vn.dti.ranking.events.ScoresComputed;
import vn.dti.ranking.repository.RankingKey;
import vn.dti.ranking.repository.StoredScore;

/** Keeps the latest score of each unit and marks the draft rankings it changes. */
@ApplicationScoped
public class ScoreIntake {

    @Inject
    RankingConfig config;

    @Inject
    RefreshQueue refreshQueue;

    @Inject
    ObjectMapper json;

    @Transactional(Transactional.TxType.MANDATORY)
    public void accept(UUID eventId, ScoresComputed scores) {
        String period = Period.parse(scores.period()).code();
        StoredScore stored = StoredScore.<StoredScore>find("unitCode = ?1 and period = ?2 and framework = ?3 and stage = ?4",
                scores.unitCode(), period, scores.framework(), scores.stage()).firstResult();
        Instant computedAt = scores.computedAt() != null ? scores.computedAt() : Instant.now();
        if (stored != null && stored.computedAt.isAfter(computedAt)) {
            return; // a late, older computation: the stored score is newer
        }
        RankingKey before = stored == null ? null : keyOf(stored);
        if (stored == null) {
            stored = new StoredScore();
            stored.id = UUID.randomUUID();
        }
        fill(stored, eventId, scores, period, computedAt);
        stored.persist();
        markChanged(keyOf(stored));
        if (before != null && !before.equals(keyOf(stored))) {
            markChanged(before); // the unit moved to another peer group: its old group changes too
        }
    }

    private void fill(StoredScore stored, UUID eventId, ScoresComputed scores, String period, Instant computedAt) {
        stored.unitCode = scores.unitCode();
        stored.unitName = scores.unitName() != null ? scores.unitName() : scores.unitCode();
        stored.group = scores.unitGroup();
        stored.province = scores.province();
        stored.period = period;
        stored.framework = scores.framework();
        stored.stage = scores.stage();
        stored.points = scores.points().setScale(4, RoundingMode.HALF_UP);
        stored.applicableMax = scores.applicableMax();
        stored.index = scores.index().setScale(8, RoundingMode.HALF_UP);
        stored.groups = toJson(scores);
        stored.computedAt = computedAt;
        stored.eventId = eventId;
    }

    private void markChanged(RankingKey key) {
        if (config.stages().contains(key.stage())) {
            refreshQueue.request(key);
        }
    }

    static RankingKey keyOf(StoredScore score) {
        return new RankingKey(score.province, score.group, score.period, score.framework, score.stage);
    }

    private String toJson(ScoresComputed scores) {
        try {
            return json.writeValueAsString(scores.groups() == null ? java.util.List.of() : scores.groups());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("groups of " + scores.unitCode() + " cannot be stored", e);
        }
    }
}
