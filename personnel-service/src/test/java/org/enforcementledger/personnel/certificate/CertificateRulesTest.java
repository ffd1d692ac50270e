package org.enforcementledger.personnel.certificate;

import static org.enforcementledger.personnel.support.Auth.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;
import java.util.UUID;

import org.enforcementledger.localstack.LocalStackTestResource;
import org.enforcementledger.personnel.outbox.OutboxEvent;
import org.enforcementledger.personnel.support.PersonnelApi;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Refusals of certificate issuance: each a problem response, and nothing stored or published. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, scope = TestResourceScope.GLOBAL)
class CertificateRulesTest {

    @Test
    void secondCertificateInForceIsRefusedUnderR42() {
        UUID officer = PersonnelApi.qualifiedOfficer(PersonnelApi.department("BUSINESS_OFFICE"));
        given().contentType(ContentType.JSON)
                .body(PersonnelApi.certificate(PersonnelApi.unique("CERT"), "2024-01-01", "2027-12-31"))
                .post("/api/v1/officers/{id}/certificates", officer).then().statusCode(201);
        long eventsBefore = outboxRows();

        given().contentType(ContentType.JSON)
                .body(PersonnelApi.certificate(PersonnelApi.unique("CERT"), "2027-12-31", "2030-12-31"))
                .post("/api/v1/officers/{id}/certificates", officer)
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("rule", equalTo("R4.2"))
                .body("status", equalTo(422));
        assertThat(outboxRows()).isEqualTo(eventsBefore);
    }

    @Test
    void certificateForAnOfficerOutsideAnEnforcementPostIsRefused() {
        UUID clerk = PersonnelApi.officer(PersonnelApi.department("BUSINESS_OFFICE"), false);
        given().contentType(ContentType.JSON)
                .body(PersonnelApi.certificate(PersonnelApi.unique("CERT"), "2024-01-01", "2027-12-31"))
                .post("/api/v1/officers/{id}/certificates", clerk)
                .then().statusCode(422)
                .body("rule", equalTo("§4.1"));
    }

    @Test
    void duplicateCertificateNumberIsAConflict() {
        String department = PersonnelApi.department("BUSINESS_OFFICE");
        String number = PersonnelApi.unique("CERT");
        given().contentType(ContentType.JSON).body(PersonnelApi.certificate(number, "2024-01-01", "2027-12-31"))
                .post("/api/v1/officers/{id}/certificates", PersonnelApi.qualifiedOfficer(department))
                .then().statusCode(201);

        given().contentType(ContentType.JSON).body(PersonnelApi.certificate(number, "2024-01-01", "2027-12-31"))
                .post("/api/v1/officers/{id}/certificates", PersonnelApi.qualifiedOfficer(department))
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString(number));
    }

    @Test
    void expiryBeforeIssueIsABadRequestNamingTheField() {
        UUID officer = PersonnelApi.qualifiedOfficer(PersonnelApi.department("BUSINESS_OFFICE"));
        given().contentType(ContentType.JSON)
                .body(PersonnelApi.certificate(PersonnelApi.unique("CERT"), "2024-01-01", "2023-12-31"))
                .post("/api/v1/officers/{id}/certificates", officer)
                .then().statusCode(400)
                .body("errors[0].field", equalTo("expiresOn"));
    }

    @Test
    void missingFieldsAreListed() {
        given().contentType(ContentType.JSON).body(Map.of("name", "李娜"))
                .post("/api/v1/officers")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("departmentCode", "enforcementPost",
                        "joinedOn", "legalProfessionQualified", "position"));
    }

    @Test
    void unknownEnumValueNamesTheFieldAndTheAllowedValues() {
        given().contentType(ContentType.JSON).body(Map.of("code", "X1", "name", "X", "kind", "POLICE"))
                .post("/api/v1/departments")
                .then().log().ifValidationFails().statusCode(400)
                .body("errors[0].field", equalTo("kind"))
                .body("errors[0].message", containsString("BUSINESS_OFFICE"));
    }

    @Test
    void unknownDepartmentIsRefusedNamingTheField() {
        long eventsBefore = outboxRows();
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "李娜", "departmentCode", "NOPE", "position", "科员", "enforcementPost", true,
                        "legalProfessionQualified", false, "joinedOn", "2022-01-01"))
                .post("/api/v1/officers")
                .then().statusCode(422)
                .body("errors[0].field", equalTo("departmentCode"));
        assertThat(outboxRows()).isEqualTo(eventsBefore);
    }

    @Test
    void unknownOfficerIsNotFound() {
        given().contentType(ContentType.JSON)
                .body(PersonnelApi.certificate(PersonnelApi.unique("CERT"), "2024-01-01", "2027-12-31"))
                .post("/api/v1/officers/{id}/certificates", UUID.randomUUID())
                .then().statusCode(404)
                .contentType("application/problem+json");
    }

    private static long outboxRows() {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count());
    }
}
