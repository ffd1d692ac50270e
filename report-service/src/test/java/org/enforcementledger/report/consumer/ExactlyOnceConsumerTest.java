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
import io.restassured.path.json.JsonPath;

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

    /**
     * A fact published again under a new event id (an upstream re-publish, a replay tool, a restore) is the same fact:
     * stored and counted once by its own id — the certificate's number, the training's id, the exam's id — whether
     * the copy arrives with the original or batches later. By hand: one certificate issued 2024-03-01 and valid on
     * 31 December 2024, held by one officer; 12.5 training hours; one annual legal exam, passed.
     */
    @Test
    void theSameFactUnderTwoEventIdsIsAppliedOnce() {
        String town = TestEvents.uniqueOrgUnit();
        UUID officer = UUID.randomUUID();
        ObjectNode issued = TestEvents.certificateIssued(town, officer, "C-" + officer, "2024-03-01", "2030-02-28");
        ObjectNode training = TestEvents.training(town, officer, "PUBLIC_LAW", "12.5", "2024-04-01");
        ObjectNode exam = TestEvents.exam(town, officer, "ANNUAL_LEGAL", "2024-05-01", true);

        try (EventFeed feed = new EventFeed()) {
            feed.send(EventFeed.PERSONNEL, TestEvents.officerRegistered(town, officer, "BRIGADE",
                    "ENFORCEMENT_BRIGADE", "2020-01-01"));
            feed.send(EventFeed.PERSONNEL, issued).send(EventFeed.PERSONNEL, TestEvents.republished(issued));
            feed.send(EventFeed.PERSONNEL, training).send(EventFeed.PERSONNEL, exam);
            EventFeed.awaitCaughtUp();
            feed.send(EventFeed.PERSONNEL, TestEvents.republished(issued))
                    .send(EventFeed.PERSONNEL, TestEvents.republished(training))
                    .send(EventFeed.PERSONNEL, TestEvents.republished(exam));
        }
        EventFeed.awaitCaughtUp();

        JsonPath personnel = given().queryParam("orgUnit", town).get("/api/v1/reports/2024/summary").then()
                .statusCode(200).extract().jsonPath().setRootPath("personnel");
        assertThat(personnel.getLong("certificatesIssued")).isEqualTo(1);
        assertThat(personnel.getLong("certifiedAtYearEnd")).isEqualTo(1);
        assertThat(personnel.getString("trainingHoursTotal")).isEqualTo("12.5");
        assertThat(personnel.getLong("examsTaken")).isEqualTo(1);
        assertThat(personnel.getLong("examsPassed")).isEqualTo(1);
        JsonPath officers = given().queryParam("orgUnit", town).get("/api/v1/reports/2024/officers").then()
                .statusCode(200).extract().jsonPath();
        assertThat(officers.getList("officers")).hasSize(1);
        assertThat(officers.getString("officers[0].trainingHoursTotal")).isEqualTo("12.5");
        assertThat(officers.getString("officers[0].certificateStatusAtYearEnd")).isEqualTo("VALID");
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
