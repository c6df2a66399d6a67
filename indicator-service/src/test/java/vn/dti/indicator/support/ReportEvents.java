package vn.dti.indicator.support;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Publishes report events as report-service does, with a plain Kafka producer; reads score events. */
public final class ReportEvents {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ReportEvents() {
    }

    public record Value(String element, Object value, boolean adjusted, String adjustmentReason) {
        public Value(String element, Object value, boolean adjusted) {
            this(element, value, adjusted, null);
        }

        public static Value of(String element, Object value) {
            return new Value(element, value, false);
        }

        /** A value a reviewer corrected, with the reason given. */
        public static Value adjusted(String element, Object value, String reason) {
            return new Value(element, value, true, reason);
        }
    }

    public static Map<String, Object> envelope(UUID eventId, String type, String unitCode, Object payload) {
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("eventId", eventId.toString());
        envelope.put("type", type);
        envelope.put("schemaVersion", 1);
        envelope.put("occurredAt", Instant.now().toString());
        envelope.put("source", "report-service");
        envelope.put("key", unitCode);
        envelope.put("payload", payload);
        return envelope;
    }

    public static Map<String, Object> report(UUID reportId, int version, String unitCode, String level, String group,
            String period, List<Value> values) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("reportId", reportId.toString());
        report.put("version", version);
        report.put("unitCode", unitCode);
        report.put("unitName", "Đơn vị " + unitCode);
        report.put("unitLevel", level);
        report.put("unitGroup", group);
        report.put("province", unitCode.substring(0, unitCode.indexOf('.')));
        report.put("period", period);
        report.put("at", Instant.now().toString());
        report.put("by", "reviewer");
        List<Map<String, Object>> items = new ArrayList<>();
        for (Value value : values) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("element", value.element());
            item.put("value", value.value());
            item.put("adjusted", value.adjusted());
            if (value.adjustmentReason() != null) {
                item.put("adjustmentReason", value.adjustmentReason());
            }
            items.add(item);
        }
        report.put("values", items);
        return report;
    }

    /** Sends many events with one producer (a burst), keyed each by its own key. */
    public static void publishAll(String topic, List<Map.Entry<String, Map<String, Object>>> keyedEnvelopes) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig())) {
            List<java.util.concurrent.Future<?>> sends = new ArrayList<>();
            for (Map.Entry<String, Map<String, Object>> event : keyedEnvelopes) {
                sends.add(producer.send(new ProducerRecord<>(topic, event.getKey(), JSON.writeValueAsString(event.getValue()))));
            }
            for (java.util.concurrent.Future<?> send : sends) {
                send.get(30, TimeUnit.SECONDS);
            }
        } catch (JsonProcessingException | ExecutionException | TimeoutException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static void publish(String topic, String key, Map<String, Object> envelope) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig())) {
            producer.send(new ProducerRecord<>(topic, key, JSON.writeValueAsString(envelope))).get(10, TimeUnit.SECONDS);
        } catch (JsonProcessingException | ExecutionException | TimeoutException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Every ScoresComputed envelope on dti.score.events for the unit, read from the beginning; the
     * Kafka record key (province:group) is added as {@code recordKey}.
     */
    public static List<JsonNode> scoresComputed(String unitCode, java.time.Duration wait) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        List<JsonNode> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(List.of("dti.score.events"));
            long deadline = System.currentTimeMillis() + wait.toMillis();
            while (System.currentTimeMillis() < deadline && found.isEmpty()) {
                for (ConsumerRecord<String, String> record : consumer.poll(java.time.Duration.ofMillis(500))) {
                    JsonNode envelope = JSON.readTree(record.value());
                    if (unitCode.equals(envelope.path("payload").path("unitCode").asText())) {
                        ((com.fasterxml.jackson.databind.node.ObjectNode) envelope).put("recordKey", record.key());
                        found.add(envelope);
                    }
                }
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return found;
    }

    private static Properties producerConfig() {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap());
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return config;
    }

    private static String bootstrap() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }
}
