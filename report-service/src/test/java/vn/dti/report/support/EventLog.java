package vn.dti.report.support;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.ConfigProvider;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads a topic from its beginning, as a consumer service would, to see which events went out. */
public final class EventLog {

    private static final ObjectMapper JSON = new ObjectMapper();

    private EventLog() {
    }

    /**
     * Waits until {@code expected} matching events are on the topic, then keeps reading for
     * {@code settle} more so that a duplicate would show up too.
     */
    public static List<JsonNode> await(String topic, Predicate<JsonNode> match, int expected, Duration limit,
            Duration settle) {
        List<JsonNode> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties())) {
            consumer.subscribe(List.of(topic));
            Instant deadline = Instant.now().plus(limit);
            Instant settled = null;
            while (Instant.now().isBefore(settled != null ? settled : deadline)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    JsonNode event = parse(record.value());
                    if (match.test(event)) {
                        found.add(event);
                    }
                }
                if (settled == null && found.size() >= expected) {
                    settled = Instant.now().plus(settle);
                }
            }
        }
        return found;
    }

    private static Properties properties() {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID());
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return properties;
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Not JSON: " + json, e);
        }
    }
}
