package org.enforcementledger.report.consumer;

import static org.enforcementledger.report.support.Auth.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.enforcementledger.localstack.LocalStackTestResource;
import org.enforcementledger.report.support.EventFeed;
import org.enforcementledger.report.support.TestEvents;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Poison events, and events that fail to apply on their content, go to the dead-letter topic with their reason, once;
 * the good events after them are still applied.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, scope = TestResourceScope.GLOBAL)
class DeadLetterTest {

    private static final String DEAD_LETTER_TOPIC = "report-service.dead-letter";

    @Inject
    EventConsumer consumer;

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

        List<ConsumerRecord<byte[], byte[]>> dead = deadLetters(key);
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

    /**
     * Records that pass their schema but that the database cannot hold — a NUL character in a certificate number (its
     * row is written at the end of the batch) and in an officer's name (written at once) — fail their batch on every
     * try. Each is found, dead-lettered with the reason, and the records after it are applied. By hand: certificates
     * C-1 and C-2 issued in 2024, one officer in post.
     */
    @Test
    void aRecordItsHandlerCannotApplyIsDeadLetteredAndTheRecordsAfterItAreApplied() throws Exception {
        String town = TestEvents.uniqueOrgUnit();
        UUID officer = UUID.randomUUID();
        String key = officer.toString();
        ObjectNode nulInNumber = TestEvents.certificateIssued(town, officer, "C-\0-" + officer, "2024-03-01",
                "2030-02-28");
        ObjectNode nulInName = TestEvents.officerRegistered(town, UUID.randomUUID(), "OFFICE", "BUSINESS_OFFICE",
                "2021-01-01");
        ((ObjectNode) nulInName.get("data")).put("name", "王\0芳");
        byte[] nulInNumberBytes = TestEvents.JSON.writeValueAsBytes(nulInNumber);
        byte[] nulInNameBytes = TestEvents.JSON.writeValueAsBytes(nulInName);
        long deadBefore = ExactlyOnceConsumerTest.status("deadLettered");

        try (EventFeed feed = new EventFeed()) {
            // One key, so one partition: the records stay in this order.
            feed.send(EventFeed.PERSONNEL, TestEvents.officerRegistered(town, officer, "BRIGADE",
                    "ENFORCEMENT_BRIGADE", "2020-01-01"));
            feed.send(EventFeed.PERSONNEL, TestEvents.certificateIssued(town, officer, "C-1-" + officer, "2024-02-01",
                    "2030-01-31"));
            feed.sendRaw(EventFeed.PERSONNEL, key, nulInNumberBytes);
            feed.sendRaw(EventFeed.PERSONNEL, key, nulInNameBytes);
            feed.send(EventFeed.PERSONNEL, TestEvents.certificateIssued(town, officer, "C-2-" + officer, "2024-06-01",
                    "2030-05-31"));
        }
        EventFeed.awaitCaughtUp();

        assertThat(ExactlyOnceConsumerTest.certificatesIssued(town, 2024)).isEqualTo(2);
        assertThat(given().queryParam("orgUnit", town).get("/api/v1/reports/2024/summary").then().statusCode(200)
                .extract().jsonPath().getLong("personnel.officers")).isEqualTo(1);
        assertThat(ExactlyOnceConsumerTest.status("deadLettered") - deadBefore).isEqualTo(2);

        List<ConsumerRecord<byte[], byte[]>> dead = deadLetters(key);
        assertThat(dead).extracting(ConsumerRecord::value).containsExactly(nulInNumberBytes, nulInNameBytes);
        assertThat(dead).allSatisfy(r -> {
            assertThat(header(r, "dlt-reason")).startsWith("cannot apply: ").contains("(SQLSTATE 22");
            assertThat(header(r, "dlt-original-topic")).isEqualTo(EventFeed.PERSONNEL);
            assertThat(header(r, "dlt-consumer-group")).isEqualTo("report-service");
        });
        assertThat(Long.parseLong(header(dead.get(1), "dlt-original-offset")))
                .isEqualTo(Long.parseLong(header(dead.get(0), "dlt-original-offset")) + 1);
    }

    /**
     * A poison record copied to the dead-letter topic just before the service crashed — its batch never committed —
     * comes round again after the restart, and is not copied a second time: the copy is found on the topic.
     */
    @Test
    void aRecordCopiedBeforeACrashIsNotCopiedAgainAfterTheRestart() throws Exception {
        String key = "crash-" + UUID.randomUUID();
        byte[] poison = "{crash".getBytes(StandardCharsets.UTF_8);
        long deadBefore = ExactlyOnceConsumerTest.status("deadLettered");
        consumer.stop();
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, LocalStackTestResource.infrastructure().bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new ByteArraySerializer(), new ByteArraySerializer())) {
            byte[] keyBytes = key.getBytes(StandardCharsets.UTF_8);
            RecordMetadata original = producer.send(new ProducerRecord<>(EventFeed.PERSONNEL, keyBytes, poison))
                    .get(10, TimeUnit.SECONDS);
            ProducerRecord<byte[], byte[]> copy = new ProducerRecord<>(DEAD_LETTER_TOPIC, keyBytes, poison);
            copy.headers().add("dlt-reason", utf8("unparseable: copied before the crash"))
                    .add("dlt-original-topic", utf8(original.topic()))
                    .add("dlt-original-partition", utf8(Integer.toString(original.partition())))
                    .add("dlt-original-offset", utf8(Long.toString(original.offset())))
                    .add("dlt-consumer-group", utf8("report-service"));
            producer.send(copy).get(10, TimeUnit.SECONDS);
        } finally {
            consumer.start();
        }
        EventFeed.awaitCaughtUp();

        assertThat(ExactlyOnceConsumerTest.status("deadLettered") - deadBefore).isEqualTo(1);
        assertThat(deadLetters(key)).extracting(r -> header(r, "dlt-reason"))
                .containsExactly("unparseable: copied before the crash");
    }

    /**
     * Every dead letter with this key, reading the topic to its end: a copy is acknowledged before the transaction
     * that passes its record commits, so once the consumer caught up, its copies are there.
     */
    private static List<ConsumerRecord<byte[], byte[]>> deadLetters(String key) {
        List<ConsumerRecord<byte[], byte[]>> found = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> reader = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, LocalStackTestResource.infrastructure().bootstrapServers()),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            TopicPartition partition = new TopicPartition(DEAD_LETTER_TOPIC, 0);
            reader.assign(List.of(partition));
            reader.seekToBeginning(List.of(partition));
            long end = reader.endOffsets(List.of(partition)).get(partition);
            while (reader.position(partition) < end) {
                for (ConsumerRecord<byte[], byte[]> record : reader.poll(Duration.ofMillis(200))) {
                    if (key.equals(new String(record.key(), StandardCharsets.UTF_8))) {
                        found.add(record);
                    }
                }
            }
        }
        return found;
    }

    private static byte[] utf8(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
