package org.enforcementledger.report.consumer;

import static org.enforcementledger.report.support.Auth.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.enforcementledger.localstack.LocalStackTestResource;
import org.enforcementledger.report.support.EventFeed;
import org.enforcementledger.report.support.TestEvents;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Poison events go to the dead-letter topic with their reason; the good events after them are still applied. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, scope = TestResourceScope.GLOBAL)
class DeadLetterTest {

    private static final String DEAD_LETTER_TOPIC = "report-service.dead-letter";

    @Test
    void malformedUnknownAndSchemaBreakingEventsAreDeadLetteredAndConsumptionGoesOn() {
        String town = TestEvents.uniqueOrgUnit();
        String key = "poison-" + UUID.randomUUID();
        UUID officer = UUID.randomUUID();
        ObjectNode unknownType = TestEvents.certificateIssued(town, officer, "C-x-" + officer, "2024-01-01",
                "2030-01-01");
        unknownType.put("type", "enforcementledger.personnel.certificate.teleported.v1");
        ObjectNode breaksSchema = TestEvents.certificateIssued(town, officer, "C-y-" + officer, "2024-01-01",
                "2030-01-01");
        ((ObjectNode) breaksSchema.get("data")).remove("issuedOn");
        long deadBefore = ExactlyOnceConsumerTest.status("deadLettered");

        try (EventFeed feed = new EventFeed()) {
            feed.sendRaw(EventFeed.PERSONNEL, key, "{not json".getBytes(StandardCharsets.UTF_8));
            feed.sendRaw(EventFeed.PERSONNEL, key, TestEvents.JSON.valueToTree(unknownType).toString()
                    .getBytes(StandardCharsets.UTF_8));
            feed.sendRaw(EventFeed.PERSONNEL, key, breaksSchema.toString().getBytes(StandardCharsets.UTF_8));
            feed.send(EventFeed.PERSONNEL, TestEvents.certificateIssued(town, officer, "C-" + officer, "2024-05-01",
                    "2030-04-30"));
        }
        EventFeed.awaitCaughtUp();

        assertThat(ExactlyOnceConsumerTest.certificatesIssued(town, 2024)).isEqualTo(1);
        assertThat(ExactlyOnceConsumerTest.status("deadLettered") - deadBefore).isEqualTo(3);

        List<ConsumerRecord<byte[], byte[]>> dead = deadLetters(key, 3);
        assertThat(dead).extracting(r -> header(r, "dlt-reason")).satisfiesExactly(
                reason -> assertThat(reason).startsWith("unparseable:"),
                reason -> assertThat(reason)
                        .isEqualTo("unknown type: enforcementledger.personnel.certificate.teleported.v1"),
                reason -> assertThat(reason).startsWith("schema:").contains("issuedOn"));
        assertThat(dead).allSatisfy(r -> {
            assertThat(header(r, "dlt-original-topic")).isEqualTo(EventFeed.PERSONNEL);
            assertThat(header(r, "dlt-original-offset")).matches("\\d+");
        });
        assertThat(new String(dead.get(0).value(), StandardCharsets.UTF_8)).isEqualTo("{not json");

        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).containsPattern("ledger_events_dead_lettered_total\\S* [3-9]");
    }

    private static List<ConsumerRecord<byte[], byte[]>> deadLetters(String key, int expected) {
        List<ConsumerRecord<byte[], byte[]>> found = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> reader = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, LocalStackTestResource.infrastructure().bootstrapServers()),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            TopicPartition partition = new TopicPartition(DEAD_LETTER_TOPIC, 0);
            reader.assign(List.of(partition));
            reader.seekToBeginning(List.of(partition));
            await().atMost(Duration.ofSeconds(10)).until(() -> {
                for (ConsumerRecord<byte[], byte[]> record : reader.poll(Duration.ofMillis(200))) {
                    if (key.equals(new String(record.key(), StandardCharsets.UTF_8))) {
                        found.add(record);
                    }
                }
                return found.size() >= expected;
            });
        }
        return found;
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
