package org.enforcementledger.personnel.certificate;

import static org.enforcementledger.personnel.support.Auth.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.enforcementledger.localstack.LocalStackTestResource;
import org.enforcementledger.personnel.support.EventCapture;
import org.enforcementledger.personnel.support.EventSchemas;
import org.enforcementledger.personnel.support.PersonnelApi;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, scope = TestResourceScope.GLOBAL)
class CertificateIssuanceTest {

    @Test
    void issuingACertificatePublishesSchemaValidEventsKeyedByOfficerInOrder() {
        try (EventCapture capture = new EventCapture()) {
            String department = PersonnelApi.department("ENFORCEMENT_BRIGADE");
            UUID officer = PersonnelApi.qualifiedOfficer(department);
            String number = PersonnelApi.unique("CERT");

            given().contentType(ContentType.JSON)
                    .body(PersonnelApi.certificate(number, "2024-05-20", "2030-05-19"))
                    .post("/api/v1/officers/{id}/certificates", officer)
                    .then().statusCode(201)
                    .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/certificates/" + number))
                    .body("number", equalTo(number))
                    .body("status", equalTo("VALID"))
                    .body("officerId", equalTo(officer.toString()));

            List<EventCapture.Captured> events = EventCapture.forSubject(
                    capture.awaitUntil(Duration.ofSeconds(10),
                            all -> EventCapture.forSubject(all, officer.toString()).size() == 3),
                    officer.toString());

            assertThat(events).extracting(EventCapture.Captured::type).containsExactly(
                    "enforcementledger.personnel.officer.registered.v1",
                    "enforcementledger.personnel.exam.recorded.v1",
                    "enforcementledger.personnel.certificate.issued.v1");
            assertThat(events).allSatisfy(e -> {
                assertThat(EventSchemas.validate(e.event())).as("schema errors of %s", e.type()).isEmpty();
                assertThat(e.event().path("subject").asText()).isEqualTo(officer.toString());
                assertThat(e.event().path("orgunit").asText()).isEqualTo("500112-dawan");
            });
            assertThat(events).extracting(EventCapture.Captured::partition).containsOnly(events.get(0).partition());
            EventCapture.Captured issued = events.get(2);
            assertThat(issued.data().path("certificateNumber").asText()).isEqualTo(number);
            assertThat(issued.data().path("departmentCode").asText()).isEqualTo(department);
            assertThat(issued.data().path("departmentKind").asText()).isEqualTo("ENFORCEMENT_BRIGADE");
            assertThat(issued.data().path("issuedOn").asText()).isEqualTo("2024-05-20");
            assertThat(issued.data().path("expiresOn").asText()).isEqualTo("2030-05-19");
        }
    }

    @Test
    void certificateCanBeVerifiedByNumber() {
        UUID officer = PersonnelApi.qualifiedOfficer(PersonnelApi.department("BUSINESS_OFFICE"));
        String number = PersonnelApi.unique("CERT");
        given().contentType(ContentType.JSON).body(PersonnelApi.certificate(number, "2024-01-02", "2099-01-01"))
                .post("/api/v1/officers/{id}/certificates", officer).then().statusCode(201);

        given().get("/api/v1/certificates/{number}", number)
                .then().statusCode(200)
                .body("status", equalTo("VALID"))
                .body("inForceToday", equalTo(true))
                .body("domains", hasItem("应急管理"));
    }
}
