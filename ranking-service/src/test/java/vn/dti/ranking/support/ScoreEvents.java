package vn.dti.ranking.support;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.ConfigProvider;

import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/** Publishes events to the test broker exactly as the other services put them on the wire. */
public final class ScoreEvents {

    private static final AtomicLong CLOCK = new AtomicLong(Instant.parse("2024-05-01T00:00:00Z").toEpochMilli());
    private static KafkaCompanion companion;

    private ScoreEvents() {
    }

    public static synchronized KafkaCompanion companion() {
        if (companion == null) {
            companion = new KafkaCompanion(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
        }
        return companion;
    }

    /** A ScoresComputed for a unit with index {@code index} spread evenly over two main indices. */
    public static String scoresComputed(UUID eventId, String unitCode, String group, String period, double index) {
        String province = unitCode.substring(0, unitCode.indexOf('.'));
        double foundation = 500 * index;
        double activity = 500 * index;
        String payload = """
                {"unitCode":"%s","unitName":"Đơn vị %s","unitGroup":"%s","province":"%s","period":"%s",
                 "framework":"dti-mau-2024","stage":"FINAL","points":%s,"applicableMax":1000,"index":%s,
                 "groups":[{"code":"NEN_TANG","points":%s,"max":500,"index":%s},
                           {"code":"HOAT_DONG","points":%s,"max":500,"index":%s}],
                 "computedAt":"%s","sources":[{"reportId":"%s","version":1}]}"""
                .formatted(unitCode, unitCode, group, province, period, index * 1000, index, foundation, index,
                        activity, index, Instant.ofEpochMilli(CLOCK.addAndGet(1000)), UUID.randomUUID());
        return envelope(eventId, "ScoresComputed", "indicator-service", unitCode, payload);
    }

    public static String unitMerged(String unitCode, String successorCode, String group) {
        String province = unitCode.substring(0, unitCode.indexOf('.'));
        String payload = """
                {"change":"MERGED","unitCode":"%s","name":"Đơn vị %s","nameEn":null,"level":"DISTRICT",
                 "group":"%s","parentCode":"%s","province":"%s","validFrom":"2020-01-01","validTo":"2025-06-30",
                 "successorCode":"%s"}""".formatted(unitCode, unitCode, group, province, province, successorCode);
        return envelope(UUID.randomUUID(), "UnitChanged", "report-service", unitCode, payload);
    }

    public static String unitRenamed(String unitCode, String name, String group) {
        String province = unitCode.substring(0, unitCode.indexOf('.'));
        String payload = """
                {"change":"UPDATED","unitCode":"%s","name":"%s","nameEn":null,"level":"DISTRICT",
                 "group":"%s","parentCode":"%s","province":"%s","validFrom":"2020-01-01","validTo":null,
                 "successorCode":null}""".formatted(unitCode, name, group, province, province);
        return envelope(UUID.randomUUID(), "UnitChanged", "report-service", unitCode, payload);
    }

    public static void send(String topic, String key, String envelope) {
        companion().produceStrings().fromRecords(new ProducerRecord<>(topic, key, envelope)).awaitCompletion();
    }

    public static void sendScore(UUID eventId, String unitCode, String group, String period, double index) {
        send("dti.score.events", unitCode, scoresComputed(eventId, unitCode, group, period, index));
    }

    private static String envelope(UUID eventId, String type, String source, String key, String payload) {
        return """
                {"eventId":"%s","type":"%s","schemaVersion":1,"occurredAt":"%s","source":"%s","key":"%s","payload":%s}"""
                .formatted(eventId, type, Instant.now(), source, key, payload);
    }
}
