package org.enforcementledger.personnel.certificate;

import static org.enforcementledger.personnel.support.Auth.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;
import java.util.UUID;

import org.enforcementledger.localstack.LocalStackTestResource;
import org.enforcementledger.personnel.support.PersonnelApi;
import org.junit.jupiter.api.Test;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** R4.1: an officer may act on a day only with a certificate in force that day — around each boundary. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, scope = TestResourceScope.GLOBAL)
class EligibilityTest {

    @Test
    void validFromTheIssueDayThroughTheExpiryDayInclusive() {
        UUID officer = PersonnelApi.qualifiedOfficer(PersonnelApi.department("ENFORCEMENT_BRIGADE"));
        String number = PersonnelApi.issue(officer, "2024-03-15", "2024-12-31");

        eligibility(officer, "2024-03-14").body("eligible", equalTo(false))
                .body("certificateNumber", nullValue())
                .body("reasons", contains("certificate " + number + " is issued only on 2024-03-15"));
        eligibility(officer, "2024-03-15").body("eligible", equalTo(true))
                .body("certificateNumber", equalTo(number)).body("reasons", empty());
        eligibility(officer, "2024-12-31").body("eligible", equalTo(true));
        eligibility(officer, "2025-01-01").body("eligible", equalTo(false))
                .body("reasons", contains("certificate " + number + " expired on 2024-12-31"));
    }

    @Test
    void notEligibleFromTheSuspensionDayUntilTheReinstatementDay() {
        UUID officer = PersonnelApi.qualifiedOfficer(PersonnelApi.department("ENFORCEMENT_BRIGADE"));
        String number = PersonnelApi.issue(officer, "2024-01-02", "2029-12-31");
        PersonnelApi.change(number, "suspension", "2024-06-10").statusCode(200);
        PersonnelApi.change(number, "reinstatement", "2024-07-01").statusCode(200);

        eligibility(officer, "2024-06-09").body("eligible", equalTo(true));
        eligibility(officer, "2024-06-10").body("eligible", equalTo(false))
                .body("reasons", contains("certificate " + number + " is SUSPENDED since 2024-06-10"));
        eligibility(officer, "2024-06-30").body("eligible", equalTo(false));
        eligibility(officer, "2024-07-01").body("eligible", equalTo(true));
    }

    @Test
    void notEligibleFromTheDayOfRevocation() {
        UUID officer = PersonnelApi.qualifiedOfficer(PersonnelApi.department("BUSINESS_OFFICE"));
        String number = PersonnelApi.issue(officer, "2024-01-02", "2029-12-31");
        PersonnelApi.change(number, "revocation", "2024-09-01").statusCode(200);

        eligibility(officer, "2024-08-31").body("eligible", equalTo(true));
        eligibility(officer, "2024-09-01").body("eligible", equalTo(false))
                .body("reasons", contains("certificate " + number + " is REVOKED since 2024-09-01"));
    }

    /** Issue #10 item 8 (R4.1): from the day an officer leaves, no act, whatever certificates they hold. */
    @Test
    void aDepartedOfficerIsNotEligibleFromTheDayTheyLeft() {
        PersonnelApi.Renewed renewed = PersonnelApi.renewedOfficer(PersonnelApi.department("ENFORCEMENT_BRIGADE"));
        given().contentType(ContentType.JSON).body(Map.of("leftOn", "2024-09-30", "reason", "TRANSFER"))
                .post("/api/v1/officers/{id}/departure", renewed.officer()).then().statusCode(200);

        eligibility(renewed.officer(), "2024-09-29").body("eligible", equalTo(true))
                .body("certificateNumber", equalTo(renewed.current())).body("reasons", empty());
        eligibility(renewed.officer(), "2024-09-30").body("eligible", equalTo(false))
                .body("certificateNumber", nullValue())
                .body("reasons", contains("the officer left the enforcement staff on 2024-09-30"));
        eligibility(renewed.officer(), "2025-03-01").body("eligible", equalTo(false))
                .body("reasons", contains("the officer left the enforcement staff on 2024-09-30"));
    }

    /**
     * A departure recorded before issue #10 cancelled the expired certificate and left the current one VALID; the
     * officer is still not eligible after leaving.
     */
    @Test
    void aDepartedOfficerWhoseCurrentCertificateWasLeftValidIsNotEligible() {
        PersonnelApi.Renewed renewed = PersonnelApi.renewedOfficer(PersonnelApi.department("ENFORCEMENT_BRIGADE"));
        QuarkusTransaction.requiringNew().run(() -> Panache.getEntityManager()
                .createNativeQuery("UPDATE officer SET status = 'DEPARTED', left_on = DATE '2024-09-30' WHERE id = ?1")
                .setParameter(1, renewed.officer()).executeUpdate());
        given().get("/api/v1/certificates/{number}", renewed.current()).then().body("status", equalTo("VALID"));

        eligibility(renewed.officer(), "2024-09-29").body("eligible", equalTo(true));
        eligibility(renewed.officer(), "2024-09-30").body("eligible", equalTo(false))
                .body("reasons", contains("the officer left the enforcement staff on 2024-09-30"));
    }

    /** Issue #10 item 8 (R4.1): out of an enforcement post from a day, no act from that day until back in one. */
    @Test
    void anOfficerMovedOutOfAnEnforcementPostIsNotEligibleFromThatDayUntilMovedBack() {
        PersonnelApi.Renewed renewed = PersonnelApi.renewedOfficer(PersonnelApi.department("ENFORCEMENT_BRIGADE"));
        given().contentType(ContentType.JSON)
                .body(Map.of("version", 0, "enforcementPost", false, "effectiveOn", "2024-06-01"))
                .patch("/api/v1/officers/{id}", renewed.officer()).then().statusCode(200);

        eligibility(renewed.officer(), "2024-05-31").body("eligible", equalTo(true))
                .body("certificateNumber", equalTo(renewed.current()));
        eligibility(renewed.officer(), "2024-06-01").body("eligible", equalTo(false))
                .body("certificateNumber", nullValue())
                .body("reasons", contains("the officer is not in an enforcement post since 2024-06-01"));

        given().contentType(ContentType.JSON)
                .body(Map.of("version", 1, "enforcementPost", true, "effectiveOn", "2024-08-01"))
                .patch("/api/v1/officers/{id}", renewed.officer()).then().statusCode(200);
        eligibility(renewed.officer(), "2024-07-31").body("eligible", equalTo(false))
                .body("reasons", contains("the officer is not in an enforcement post since 2024-06-01"));
        eligibility(renewed.officer(), "2024-08-01").body("eligible", equalTo(true))
                .body("certificateNumber", equalTo(renewed.current()));
        eligibility(renewed.officer(), "2024-05-31").body("eligible", equalTo(true));
        eligibility(renewed.officer(), "2021-05-31").body("eligible", equalTo(true))
                .body("certificateNumber", equalTo(renewed.expired()));
    }

    @Test
    void anOfficerWithoutACertificateIsNotEligible() {
        UUID officer = PersonnelApi.officer(PersonnelApi.department("BUSINESS_OFFICE"), true);
        eligibility(officer, "2024-05-01").body("eligible", equalTo(false))
                .body("reasons", contains("the officer holds no enforcement certificate"));
    }

    @Test
    void anUnknownOfficerIsNotFound() {
        given().queryParam("on", "2024-05-01").get("/api/v1/officers/{id}/eligibility", UUID.randomUUID())
                .then().statusCode(404);
    }

    private static ValidatableResponse eligibility(UUID officer, String on) {
        return given().queryParam("on", on).get("/api/v1/officers/{id}/eligibility", officer).then().statusCode(200)
                .body("on", equalTo(on));
    }
}
