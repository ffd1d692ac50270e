package org.enforcementledger.cases.support;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.enforcementledger.localstack.LocalStackTestResource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads {@link #TOPIC} from the real broker, from the beginning, for assertions on what was published. */
public final class EventCapture implements AutoCloseable {

    public static final String TOPIC = "case.events";
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    /** One record as it sits on the topic. */
    public record Captured(String key, JsonNode event, int partition, long offset) {
        public String type() {
            return event.path("type").asText();
        }

        public String id() {
            return event.path("id").asText();
        }

        public JsonNode data() {
            return event.path("data");
        }
    }

    private final KafkaConsumer<String, String> consumer;
    private final List<Captured> captured = new ArrayList<>();

    public EventCapture() {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, LocalStackTestResource.infrastructure().bootstrapServers(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new StringDeserializer());
        await().atMost(Duration.ofSeconds(30)).until(() -> !consumer.partitionsFor(TOPIC).isEmpty());
        List<TopicPartition> partitions = consumer.partitionsFor(TOPIC).stream()
                .map(p -> new TopicPartition(TOPIC, p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    /** Waits until the events seen so far satisfy the condition, then returns all of them. */
    public List<Captured> awaitUntil(Duration timeout, Predicate<List<Captured>> condition) {
        await().atMost(timeout).pollInterval(Duration.ofMillis(50)).until(() -> {
            poll();
            return condition.test(captured);
        });
        return List.copyOf(captured);
    }

    /** Polls for a while and returns everything seen, for asserting that something did not arrive. */
    public List<Captured> drain(Duration duration) {
        long end = System.nanoTime() + duration.toNanos();
        while (System.nanoTime() < end) {
            poll();
        }
        return List.copyOf(captured);
    }

    public static List<Captured> forSubject(List<Captured> events, String subject) {
        return events.stream().filter(e -> subject.equals(e.key())).collect(Collectors.toList());
    }

    private void poll() {
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
            try {
                captured.add(new Captured(record.key(), JSON.readTree(record.value()), record.partition(),
                        record.offset()));
            } catch (JsonProcessingException e) {
                throw new AssertionError("Not JSON on " + TOPIC + ": " + record.value(), e);
            }
        }
    }

    @Override
    public void close() {
        consumer.close(Duration.ZERO);
    }
}
