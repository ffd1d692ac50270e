package org.enforcementledger.personnel.outbox;

import static org.enforcementledger.personnel.support.Auth.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.enforcementledger.localstack.EmbeddedKafkaBroker;
import org.enforcementledger.localstack.LocalStackTestResource;
import org.enforcementledger.personnel.support.EventCapture;
import org.enforcementledger.personnel.support.PersonnelApi;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The transactional outbox against the real broker and database. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, scope = TestResourceScope.GLOBAL)
class OutboxGuaranteesTest {

    @Inject
    EventPublisher publisher;

    @Test
    void eventOfARolledBackTransactionNeverReachesTheTopic() {
        try (EventCapture capture = new EventCapture()) {
            String rolledBack = "rolled-back-" + UUID.randomUUID();
            String committed = "committed-" + UUID.randomUUID();

            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    publisher.publish("officer.registered.v1", rolledBack, "500112-dawan", Map.of("marker", 1));
                    throw new IllegalStateException("the change fails after its event was recorded");
                });
            } catch (IllegalStateException expected) {
                // The transaction rolled back, taking its outbox row with it.
            }
            QuarkusTransaction.requiringNew().run(() -> publisher.publish("officer.registered.v1", committed,
                    "500112-dawan", Map.of("marker", 2)));

            // The committed event was recorded after the rolled-back one: once it is on the topic, the other would be too.
            List<EventCapture.Captured> events = capture.awaitUntil(Duration.ofSeconds(10),
                    all -> !EventCapture.forSubject(all, committed).isEmpty());
            assertThat(EventCapture.forSubject(events, rolledBack)).isEmpty();
            assertThat(EventCapture.forSubject(capture.drain(Duration.ofSeconds(2)), rolledBack)).isEmpty();
            assertThat(QuarkusTransaction.requiringNew()
                    .call(() -> OutboxEvent.count("messageKey", rolledBack))).isZero();
        }
    }

    @Test
    void eventsRecordedWhileTheBrokerIsDownAreDeliveredAfterItsRestartNoneLostInOrderPerAggregate() {
        assumeTrue(LocalStackTestResource.embeddedKafka().isPresent(), "needs the embedded broker to stop it");
        EmbeddedKafkaBroker broker = LocalStackTestResource.embeddedKafka().orElseThrow();
        String department = PersonnelApi.department("ENFORCEMENT_BRIGADE");
        List<UUID> officers = new ArrayList<>();
        try (EventCapture capture = new EventCapture()) {
            capture.drain(Duration.ofMillis(500));
            broker.stop();
            try {
                for (int i = 0; i < 3; i++) {
                    UUID officer = PersonnelApi.qualifiedOfficer(department);
                    for (int year = 0; year < 2; year++) {
                        // Issue, then a second one after the first expired: four events per officer with the exam.
                        given().contentType(ContentType.JSON)
                                .body(PersonnelApi.certificate(PersonnelApi.unique("CERT"),
                                        (2020 + 3 * year) + "-01-01", (2022 + 3 * year) + "-12-31"))
                                .post("/api/v1/officers/{id}/certificates", officer).then().statusCode(201);
                    }
                    officers.add(officer);
                }
                assertThat(QuarkusTransaction.requiringNew().call(
                        () -> OutboxEvent.count("publishedAt is null and messageKey in ?1",
                                officers.stream().map(UUID::toString).toList())))
                        .as("events wait in the outbox while the broker is down").isEqualTo(12);
            } finally {
                broker.start();
            }

            List<EventCapture.Captured> events = capture.awaitUntil(Duration.ofSeconds(60), all -> officers.stream()
                    .allMatch(o -> EventCapture.forSubject(all, o.toString()).stream()
                            .map(EventCapture.Captured::id).distinct().count() == 4));
            for (UUID officer : officers) {
                List<String> types = EventCapture.forSubject(events, officer.toString()).stream()
                        .map(EventCapture.Captured::type).distinct().toList();
                assertThat(types).containsExactly("enforcementledger.personnel.officer.registered.v1",
                        "enforcementledger.personnel.exam.recorded.v1",
                        "enforcementledger.personnel.certificate.issued.v1");
                List<String> issuedOn = EventCapture.forSubject(events, officer.toString()).stream()
                        .filter(e -> e.type().endsWith("certificate.issued.v1"))
                        .map(e -> e.data().path("issuedOn").asText()).distinct().toList();
                assertThat(issuedOn).containsExactly("2020-01-01", "2023-01-01");
            }
        }
    }
}
