package org.enforcementledger.personnel.certificate;

import static org.enforcementledger.personnel.support.Auth.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;
import java.util.UUID;

import org.enforcementledger.localstack.LocalStackTestResource;
import org.enforcementledger.personnel.support.PersonnelApi;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** R4.2: 申领 → 有效 → (年审通过 | 暂扣 → 恢复) → 注销 | 吊销, each transition allowed and refused. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, scope = TestResourceScope.GLOBAL)
class CertificateLifecycleTest {

    private static String validCertificate() {
        UUID officer = PersonnelApi.qualifiedOfficer(PersonnelApi.department("ENFORCEMENT_BRIGADE"));
        return PersonnelApi.issue(officer, "2024-01-02", "2029-12-31");
    }

    @Test
    void suspendReinstateThenRevokeKeepsTheFullHistory() {
        String number = validCertificate();
        PersonnelApi.change(number, "suspension", "2024-03-01").statusCode(200).body("status", equalTo("SUSPENDED"));
        PersonnelApi.change(number, "reinstatement", "2024-04-01").statusCode(200).body("status", equalTo("VALID"));
        PersonnelApi.change(number, "revocation", "2024-05-01").statusCode(200).body("status", equalTo("REVOKED"));

        given().get("/api/v1/certificates/{number}", number).then().statusCode(200)
                .body("status", equalTo("REVOKED"))
                .body("inForceToday", equalTo(false))
                .body("history.action", contains("ISSUED", "SUSPENDED", "REINSTATED", "REVOKED"))
                .body("history.effectiveOn", contains("2024-01-02", "2024-03-01", "2024-04-01", "2024-05-01"))
                .body("history.statusAfter", contains("VALID", "SUSPENDED", "VALID", "REVOKED"));
    }

    @Test
    void aValidCertificateCanBeCancelled() {
        String number = validCertificate();
        PersonnelApi.change(number, "cancellation", "2024-06-30").statusCode(200).body("status", equalTo("CANCELLED"));
    }

    @Test
    void aSuspendedCertificateCanBeCancelledOrRevoked() {
        String cancelled = validCertificate();
        PersonnelApi.change(cancelled, "suspension", "2024-03-01").statusCode(200);
        PersonnelApi.change(cancelled, "cancellation", "2024-03-02").statusCode(200).body("status", equalTo("CANCELLED"));

        String revoked = validCertificate();
        PersonnelApi.change(revoked, "suspension", "2024-03-01").statusCode(200);
        PersonnelApi.change(revoked, "revocation", "2024-03-01").statusCode(200).body("status", equalTo("REVOKED"));
    }

    @Test
    void aPassedAnnualReviewKeepsTheCertificateValidAndAFailedOneSuspendsIt() {
        String number = validCertificate();
        annualReview(number, "2024-12-10", true).statusCode(200).body("status", equalTo("VALID"));
        annualReview(number, "2025-12-10", false).statusCode(200).body("status", equalTo("SUSPENDED"))
                .body("history.action", contains("ISSUED", "ANNUAL_REVIEW_PASSED", "ANNUAL_REVIEW_FAILED"));
    }

    @Test
    void reinstatingARevokedCertificateIsRefusedUnderR42() {
        String number = validCertificate();
        PersonnelApi.change(number, "revocation", "2024-05-01").statusCode(200);
        PersonnelApi.change(number, "reinstatement", "2024-06-01").statusCode(422)
                .contentType("application/problem+json")
                .body("rule", equalTo("R4.2"))
                .body("detail", containsString("REVOKED"));
    }

    @Test
    void reinstatingAValidCertificateIsRefused() {
        PersonnelApi.change(validCertificate(), "reinstatement", "2024-06-01").statusCode(422)
                .body("rule", equalTo("R4.2"));
    }

    @Test
    void suspendingASuspendedCertificateIsRefused() {
        String number = validCertificate();
        PersonnelApi.change(number, "suspension", "2024-03-01").statusCode(200);
        PersonnelApi.change(number, "suspension", "2024-03-02").statusCode(422).body("rule", equalTo("R4.2"));
    }

    @Test
    void nothingHappensToACancelledCertificateAnyMore() {
        String number = validCertificate();
        PersonnelApi.change(number, "cancellation", "2024-03-01").statusCode(200);
        for (String action : new String[] { "suspension", "reinstatement", "cancellation", "revocation" }) {
            PersonnelApi.change(number, action, "2024-04-01").statusCode(422).body("rule", equalTo("R4.2"));
        }
        annualReview(number, "2024-12-01", true).statusCode(422).body("rule", equalTo("R4.2"));
        given().get("/api/v1/certificates/{number}", number).then()
                .body("history.action", contains("ISSUED", "CANCELLED"));
    }

    @Test
    void aStepDatedBeforeTheLastOneIsABadRequestNamingTheField() {
        String number = validCertificate();
        PersonnelApi.change(number, "suspension", "2024-03-01").statusCode(200);
        PersonnelApi.change(number, "reinstatement", "2024-02-28").statusCode(400)
                .body("errors[0].field", equalTo("effectiveOn"));
        PersonnelApi.change(validCertificate(), "suspension", "2023-12-31").statusCode(400)
                .body("errors[0].field", equalTo("effectiveOn"));
    }

    @Test
    void aStepInTheFutureIsABadRequest() {
        PersonnelApi.change(validCertificate(), "suspension", "2999-01-01").statusCode(400)
                .body("errors[0].field", equalTo("effectiveOn"));
    }

    @Test
    void aChangeWithoutReasonIsABadRequestAndAnUnknownCertificateIsNotFound() {
        given().contentType(ContentType.JSON).body(Map.of("effectiveOn", "2024-03-01"))
                .post("/api/v1/certificates/{number}/suspension", validCertificate())
                .then().statusCode(400).body("errors[0].field", equalTo("reason"));
        PersonnelApi.change("NO-SUCH-CERT", "suspension", "2024-03-01").statusCode(404);
    }

    private static io.restassured.response.ValidatableResponse annualReview(String number, String on, boolean passed) {
        return given().contentType(ContentType.JSON).body(Map.of("reviewedOn", on, "passed", passed))
                .post("/api/v1/certificates/{number}/annual-reviews", number).then();
    }
}
