package vn.dti.ranking.service;

import java.math.RoundingMode;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.Session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.dti.platform.period.Period;
import vn.dti.platform.persistence.JdbcBatches;
import vn.dti.ranking.config.RankingConfig;
import vn.dti.ranking.events.ScoresComputed;
import vn.dti.ranking.repository.RankingKey;

/**
 * Keeps the latest score of each unit and marks the draft rankings it changes. A batch of score
 * events costs one read of the stored keys and batched upserts, whatever its size; an older
 * computation never replaces a newer one (the upsert itself checks, so two instances cannot either).
 */
@ApplicationScoped
public class ScoreIntake {

    private static final String UPSERT = """
            insert into unit_score (id, unit_code, unit_name, unit_group, province_code, period, framework_code, stage,
                points, applicable_max, dti_index, groups, computed_at, event_id)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (unit_code, period, framework_code, stage) do update set unit_name = excluded.unit_name,
                unit_group = excluded.unit_group, province_code = excluded.province_code, points = excluded.points,
                applicable_max = excluded.applicable_max, dti_index = excluded.dti_index, groups = excluded.groups,
                computed_at = excluded.computed_at, event_id = excluded.event_id
            where unit_score.computed_at <= excluded.computed_at""";

    private static final String STORED = """
            select s.unit_code, s.period, s.framework_code, s.stage, s.province_code, s.unit_group, s.computed_at
            from unit_score s
            join unnest(?, ?, ?, ?) as k(unit_code, period, framework_code, stage)
              on s.unit_code = k.unit_code and s.period = k.period and s.framework_code = k.framework_code
             and s.stage = k.stage""";

    @Inject
    RankingConfig config;

    @Inject
    RefreshQueue refreshQueue;

    @Inject
    ObjectMapper json;

    @Inject
    EntityManager entityManager;

    /** One score event, as the consumer read it. */
    public record Delivered(UUID eventId, ScoresComputed scores) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void accept(UUID eventId, ScoresComputed scores) {
        acceptAll(List.of(new Delivered(eventId, scores)));
    }

    /** Stores the newest score of each unit among these events and marks the rankings they change. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void acceptAll(Collection<Delivered> delivered) {
        Map<ScoreKey, Incoming> newest = newestPerKey(delivered);
        if (newest.isEmpty()) {
            return;
        }
        Map<ScoreKey, Stored> before = stored(newest.keySet());
        Set<RankingKey> changed = new LinkedHashSet<>();
        List<Incoming> toWrite = newest.values().stream().filter(score -> {
            Stored old = before.get(score.key());
            if (old != null && old.computedAt().isAfter(score.computedAt())) {
                return false; // a late, older computation: the stored score is newer
            }
            changed.add(score.rankingKey());
            if (old != null && !old.rankingKey(score.key()).equals(score.rankingKey())) {
                changed.add(old.rankingKey(score.key())); // the unit moved to another peer group: its old group changes too
            }
            return true;
        }).toList();
        JdbcBatches.write(entityManager, UPSERT, toWrite, this::bind);
        changed.stream().filter(key -> config.stages().contains(key.stage())).forEach(refreshQueue::request);
    }

    private record ScoreKey(String unitCode, String period, String framework, String stage) {
    }

    private record Incoming(ScoreKey key, UUID eventId, ScoresComputed scores, Instant computedAt) {

        RankingKey rankingKey() {
            return new RankingKey(scores.province(), scores.unitGroup(), key.period(), key.framework(), key.stage());
        }
    }

    private record Stored(String province, String group, Instant computedAt) {

        RankingKey rankingKey(ScoreKey key) {
            return new RankingKey(province, group, key.period(), key.framework(), key.stage());
        }
    }

    private static Map<ScoreKey, Incoming> newestPerKey(Collection<Delivered> delivered) {
        Map<ScoreKey, Incoming> newest = new LinkedHashMap<>();
        Instant now = Instant.now();
        for (Delivered d : delivered) {
            ScoresComputed s = d.scores();
            ScoreKey key = new ScoreKey(s.unitCode(), Period.parse(s.period()).code(), s.framework(), s.stage());
            Incoming incoming = new Incoming(key, d.eventId(), s, s.computedAt() != null ? s.computedAt() : now);
            newest.merge(key, incoming, (a, b) -> a.computedAt().isAfter(b.computedAt()) ? a : b);
        }
        return newest;
    }

    private Map<ScoreKey, Stored> stored(Set<ScoreKey> keys) {
        Map<ScoreKey, Stored> stored = new HashMap<>();
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement query = connection.prepareStatement(STORED)) {
                query.setArray(1, texts(connection, keys.stream().map(ScoreKey::unitCode).toList()));
                query.setArray(2, texts(connection, keys.stream().map(ScoreKey::period).toList()));
                query.setArray(3, texts(connection, keys.stream().map(ScoreKey::framework).toList()));
                query.setArray(4, texts(connection, keys.stream().map(ScoreKey::stage).toList()));
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        stored.put(new ScoreKey(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4)),
                                new Stored(rows.getString(5), rows.getString(6), rows.getTimestamp(7).toInstant()));
                    }
                }
            }
        });
        return stored;
    }

    private static Array texts(Connection connection, List<String> values) throws SQLException {
        return connection.createArrayOf("text", values.toArray());
    }

    private void bind(PreparedStatement statement, Incoming incoming) throws SQLException {
        ScoresComputed s = incoming.scores();
        statement.setObject(1, UUID.randomUUID());
        statement.setString(2, s.unitCode());
        statement.setString(3, s.unitName() != null ? s.unitName() : s.unitCode());
        statement.setString(4, s.unitGroup());
        statement.setString(5, s.province());
        statement.setString(6, incoming.key().period());
        statement.setString(7, s.framework());
        statement.setString(8, s.stage());
        statement.setBigDecimal(9, s.points().setScale(4, RoundingMode.HALF_UP));
        statement.setBigDecimal(10, s.applicableMax());
        statement.setBigDecimal(11, s.index().setScale(8, RoundingMode.HALF_UP));
        statement.setString(12, toJson(s));
        statement.setTimestamp(13, Timestamp.from(incoming.computedAt()));
        statement.setObject(14, incoming.eventId());
    }

    private String toJson(ScoresComputed scores) {
        try {
            return json.writeValueAsString(scores.groups() == null ? List.of() : scores.groups());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("groups of " + scores.unitCode() + " cannot be stored", e);
        }
    }
}
