package org.enforcementledger.personnel.exam;

import static org.enforcementledger.personnel.support.Auth.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.util.UUID;

import org.enforcementledger.localstack.LocalStackTestResource;
import org.enforcementledger.personnel.support.PersonnelApi;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, scope = TestResourceScope.GLOBAL)
class ExamTest {

    @Test
    void examsAreRecordedAndListedOldestFirst() {
        UUID officer = PersonnelApi.officer(PersonnelApi.department("BUSINESS_OFFICE"), true);
        PersonnelApi.exam(officer, "ANNUAL_LEGAL", "2024-11-15", true).statusCode(201).body("score", equalTo(85));
        PersonnelApi.exam(officer, "QUALIFICATION", "2023-05-01", false).statusCode(201);
        given().get("/api/v1/officers/{id}/exams", officer).then().statusCode(200)
                .body("kind", contains("QUALIFICATION", "ANNUAL_LEGAL"))
                .body("passed", contains(false, true));
    }

    @Test
    void aCertificateNeedsAQualificationExamPassedOnOrBeforeTheIssueDay() {
        UUID officer = PersonnelApi.officer(PersonnelApi.department("BUSINESS_OFFICE"), true);
        issue(officer, "2024-05-01").statusCode(422).body("rule", equalTo("§4.1"));
        PersonnelApi.exam(officer, "QUALIFICATION", "2024-04-01", false).statusCode(201);
        PersonnelApi.exam(officer, "ANNUAL_LEGAL", "2024-04-02", true).statusCode(201);
        issue(officer, "2024-05-01").statusCode(422).body("rule", equalTo("§4.1"));
        PersonnelApi.exam(officer, "QUALIFICATION", "2024-05-02", true).statusCode(201);
        issue(officer, "2024-05-01").statusCode(422).body("rule", equalTo("§4.1"));
        issue(officer, "2024-05-02").statusCode(201);
    }

    @Test
    void aScoreOutsideZeroToHundredOrAFutureDayIsABadRequest() {
        UUID officer = PersonnelApi.officer(PersonnelApi.department("BUSINESS_OFFICE"), true);
        given().contentType(ContentType.JSON)
                .body(java.util.Map.of("kind", "ANNUAL_LEGAL", "takenOn", "2024-11-15", "score", 101, "passed", true))
                .post("/api/v1/officers/{id}/exams", officer).then().statusCode(400)
                .body("errors[0].field", equalTo("score"));
        PersonnelApi.exam(officer, "ANNUAL_LEGAL", "2999-01-01", true).statusCode(400)
                .body("errors[0].field", equalTo("takenOn"));
    }

    private static io.restassured.response.ValidatableResponse issue(UUID officer, String issuedOn) {
        return given().contentType(ContentType.JSON)
                .body(PersonnelApi.certificate(PersonnelApi.unique("CERT"), issuedOn, "2030-01-01"))
                .post("/api/v1/officers/{id}/certificates", officer).then();
    }
}
