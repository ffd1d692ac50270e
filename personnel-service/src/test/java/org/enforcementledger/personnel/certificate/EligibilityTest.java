package org.enforcementledger.personnel.certificate;

import static org.enforcementledger.personnel.support.Auth.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.UUID;

import org.enforcementledger.localstack.LocalStackTestResource;
import org.enforcementledger.personnel.support.PersonnelApi;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
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
