package org.enforcementledger.report.consumer;

import static org.enforcementledger.report.support.Auth.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.enforcementledger.localstack.LocalStackTestResource;
import org.enforcementledger.report.support.EventFeed;
import org.enforcementledger.report.support.TestEvents;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The consumer's exactly-once effect, against the real broker and database. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, scope = TestResourceScope.GLOBAL)
class ExactlyOnceConsumerTest {

    @Inject
    EventConsumer consumer;

    @Test
    void theSameEventDeliveredTwiceCountsOnce() {
        String town = TestEvents.uniqueOrgUnit();
        UUID officer = UUID.randomUUID();
        ObjectNode issued = TestEvents.certificateIssued(town, officer, "C-" + officer, "2024-03-01", "2030-02-28");
        long duplicatesBefore = status("duplicatesSkipped");

        try (EventFeed feed = new EventFeed()) {
            feed.send(EventFeed.PERSONNEL, TestEvents.officerRegistered(town, officer, "BRIGADE",
                    "ENFORCEMENT_BRIGADE", "2020-01-01"));
            feed.send(EventFeed.PERSONNEL, issued);
            feed.send(EventFeed.PERSONNEL, issued);
        }
        EventFeed.awaitCaughtUp();

        assertThat(certificatesIssued(town, 2024)).isEqualTo(1);
        assertThat(status("duplicatesSkipped") - duplicatesBefore).isEqualTo(1);
    }

    @Test
    void restartedMidStreamItResumesWithoutRecountingEvenIfKafkaNeverGotTheOffsetCommit() throws Exception {
        String town = TestEvents.uniqueOrgUnit();
        try (EventFeed feed = new EventFeed()) {
            for (int i = 0; i < 5; i++) {
                feed.send(EventFeed.PERSONNEL, certificate(town, "2023-06-0" + (i + 1)));
            }
            EventFeed.awaitCaughtUp();
            assertThat(certificatesIssued(town, 2023)).isEqualTo(5);

            consumer.stop();
            try {
                // As if it had crashed after its database commit but before Kafka recorded the offsets.
                rewindKafkaCommittedOffsetsToZero();
                for (int i = 0; i < 3; i++) {
                    feed.send(EventFeed.PERSONNEL, certificate(town, "2023-07-0" + (i + 1)));
                }
                assertThat(certificatesIssued(town, 2023)).isEqualTo(5);
            } finally {
                consumer.start();
            }
        }
        EventFeed.awaitCaughtUp();

        assertThat(certificatesIssued(town, 2023)).isEqualTo(8);
    }

    private static ObjectNode certificate(String town, String issuedOn) {
        UUID officer = UUID.randomUUID();
        return TestEvents.certificateIssued(town, officer, "C-" + officer, issuedOn, "2029-12-31");
    }

    private static void rewindKafkaCommittedOffsetsToZero() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                LocalStackTestResource.infrastructure().bootstrapServers()))) {
            Map<TopicPartition, OffsetAndMetadata> zero = new HashMap<>();
            admin.listConsumerGroupOffsets("report-service").partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS)
                    .keySet().forEach(tp -> zero.put(tp, new OffsetAndMetadata(0)));
            assertThat(zero).isNotEmpty();
            admin.alterConsumerGroupOffsets("report-service", zero).all().get(10, TimeUnit.SECONDS);
        }
    }

    static long certificatesIssued(String town, int year) {
        return given().queryParam("orgUnit", town).get("/api/v1/reports/{year}/summary", year)
                .then().statusCode(200).extract().jsonPath().getLong("personnel.certificatesIssued");
    }

    static long status(String field) {
        return given().get("/api/v1/reports/status").then().statusCode(200).extract().jsonPath().getLong(field);
    }
}
