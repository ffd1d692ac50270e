package org.enforcementledger.personnel;

import static org.enforcementledger.personnel.support.Auth.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.enforcementledger.localstack.LocalStackTestResource;
import org.enforcementledger.personnel.support.EventCapture;
import org.enforcementledger.personnel.support.EventSchemas;
import org.enforcementledger.personnel.support.PersonnelApi;
import org.enforcementledger.personnel.support.StoredRows;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Every event type personnel-service emits reaches personnel.events through the outbox and matches docs/events/. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, scope = TestResourceScope.GLOBAL)
class PersonnelEventsContractTest {

    private static final String P = "enforcementledger.personnel.";

    @Test
    void everyEmittedEventValidatesAgainstItsSchemaAndArrivesInOrderPerOfficer() {
        try (EventCapture capture = new EventCapture()) {
            String brigade = PersonnelApi.department("ENFORCEMENT_BRIGADE");
            UUID first = PersonnelApi.qualifiedOfficer(brigade);
            given().contentType(ContentType.JSON).body(Map.of("version", 0, "position", "副队长"))
                    .patch("/api/v1/officers/{id}", first).then().statusCode(200);
            PersonnelApi.training(first, "PUBLIC_LAW", 6.5, "2024-03-01").statusCode(201);
            PersonnelApi.exam(first, "ANNUAL_LEGAL", "2024-11-15", true).statusCode(201);
            String number = PersonnelApi.issue(first, "2024-01-02", "2029-12-31");
            given().contentType(ContentType.JSON).body(Map.of("reviewedOn", "2024-12-10", "passed", true))
                    .post("/api/v1/certificates/{number}/annual-reviews", number).then().statusCode(200);
            PersonnelApi.change(number, "suspension", "2025-01-10").statusCode(200);
            PersonnelApi.change(number, "reinstatement", "2025-02-10").statusCode(200);
            given().contentType(ContentType.JSON).body(Map.of("leftOn", "2025-06-30", "reason", "RETIREMENT"))
                    .post("/api/v1/officers/{id}/departure", first).then().statusCode(200);

            UUID second = PersonnelApi.qualifiedOfficer(brigade);
            String revoked = PersonnelApi.issue(second, "2024-01-02", "2029-12-31");
            PersonnelApi.change(revoked, "revocation", "2024-08-01").statusCode(200);

            UUID third = PersonnelApi.officer(brigade, true);
            given().contentType(ContentType.JSON)
                    .body(Map.of("version", 0, "enforcementPost", false, "effectiveOn", "2024-06-01"))
                    .patch("/api/v1/officers/{id}", third).then().statusCode(200);
            given().contentType(ContentType.JSON).body(Map.of("kind", "ANNUAL_LEGAL", "heldOn", "2024-11-15"))
                    .post("/api/v1/officers/{id}/exam-absences", third).then().statusCode(201);
            given().contentType(ContentType.JSON)
                    .body(Map.of("kind", "ANNUAL_LEGAL", "heldOn", "2023-11-20", "reason", "病假"))
                    .post("/api/v1/officers/{id}/exam-absences", third).then().statusCode(201);

            List<EventCapture.Captured> all = capture.awaitUntil(Duration.ofSeconds(15),
                    events -> EventCapture.forSubject(events, first.toString()).size() == 11
                            && EventCapture.forSubject(events, second.toString()).size() == 4
                            && EventCapture.forSubject(events, third.toString()).size() == 4);

            List<EventCapture.Captured> firstEvents = EventCapture.forSubject(all, first.toString());
            assertThat(firstEvents).extracting(EventCapture.Captured::type).containsExactly(
                    P + "officer.registered.v1", P + "exam.recorded.v1", P + "officer.updated.v1",
                    P + "training.recorded.v1", P + "exam.recorded.v1", P + "certificate.issued.v1",
                    P + "certificate.annual-review-recorded.v1", P + "certificate.suspended.v1",
                    P + "certificate.reinstated.v1", P + "certificate.cancelled.v1", P + "officer.departed.v1");
            assertThat(EventCapture.forSubject(all, second.toString())).extracting(EventCapture.Captured::type)
                    .containsExactly(P + "officer.registered.v1", P + "exam.recorded.v1",
                            P + "certificate.issued.v1", P + "certificate.revoked.v1");
            assertThat(EventCapture.forSubject(all, third.toString())).extracting(EventCapture.Captured::type)
                    .containsExactly(P + "officer.registered.v1", P + "officer.updated.v1",
                            P + "exam.absence-recorded.v1", P + "exam.absence-recorded.v1");
            for (EventCapture.Captured event : all) {
                if (event.key().equals(first.toString()) || event.key().equals(second.toString())
                        || event.key().equals(third.toString())) {
                    assertThat(EventSchemas.validate(event.event())).as("schema errors of %s", event.type()).isEmpty();
                }
            }
            EventCapture.Captured departed = firstEvents.get(10);
            assertThat(departed.data().path("cancelledCertificateNumber").asText()).isEqualTo(number);
            assertThat(departed.data().path("leftOn").asText()).isEqualTo("2025-06-30");
            EventCapture.Captured training = firstEvents.get(3);
            assertThat(training.data().path("hours").decimalValue()).isEqualByComparingTo("6.5");
            assertThat(training.data().path("departmentKind").asText()).isEqualTo("ENFORCEMENT_BRIGADE");

            List<Long> history = StoredRows.certificateChangeIds(number);
            assertThat(firstEvents.subList(6, 10)).extracting(e -> e.data().path("changeId").asLong())
                    .containsExactlyElementsOf(history.subList(1, 5));
            assertThat(firstEvents.get(2).data().path("effectiveOn").asText())
                    .isEqualTo(LocalDate.now(ZoneId.of("Asia/Shanghai")).toString());
            assertThat(EventCapture.forSubject(all, third.toString()).get(1).data().path("effectiveOn").asText())
                    .isEqualTo("2024-06-01");
        }
    }
}
