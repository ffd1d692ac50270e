package org.enforcementledger.report.support;

import static org.enforcementledger.report.support.Auth.given;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.enforcementledger.localstack.LocalStackTestResource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Writes events to the real topics, as the producing services' outbox relays do, and waits for them to be applied. */
public final class EventFeed implements AutoCloseable {

    public static final String PERSONNEL = "personnel.events";
    public static final String CASES = "case.events";

    private final KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, LocalStackTestResource.infrastructure().bootstrapServers(),
            ProducerConfig.ACKS_CONFIG, "all"), new ByteArraySerializer(), new ByteArraySerializer());

    public EventFeed send(String topic, ObjectNode event) {
        try {
            return sendRaw(topic, event.path("subject").asText(), TestEvents.JSON.writeValueAsBytes(event));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public EventFeed sendRaw(String topic, String key, byte[] value) {
        try {
            producer.send(new ProducerRecord<>(topic, key == null ? null : key.getBytes(StandardCharsets.UTF_8),
                    value)).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot send to " + topic, e);
        }
        return this;
    }

    /** Waits until report-service has applied everything on its topics (lag 0 in {@code /reports/status}). */
    public static void awaitCaughtUp() {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> {
            Integer lag = given().get("/api/v1/reports/status").then().statusCode(200).extract().path("lag");
            return lag != null && lag == 0;
        });
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
