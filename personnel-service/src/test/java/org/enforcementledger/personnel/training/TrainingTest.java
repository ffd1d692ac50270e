package org.enforcementledger.personnel.training;

import static org.enforcementledger.personnel.support.Auth.given;
import static org.hamcrest.Matchers.contains;
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

/** R4.3: training hours per category per calendar year against the 60-hour requirement. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, scope = TestResourceScope.GLOBAL)
class TrainingTest {

    @Test
    void hoursCountInTheCalendarYearOfCompletionPerCategory() {
        UUID officer = PersonnelApi.officer(PersonnelApi.department("BUSINESS_OFFICE"), true);
        PersonnelApi.training(officer, "PUBLIC_LAW", 8, "2023-12-31").statusCode(201);
        PersonnelApi.training(officer, "PUBLIC_LAW", 12.5, "2024-01-01").statusCode(201);
        PersonnelApi.training(officer, "BUSINESS", 24, "2024-06-30").statusCode(201);
        PersonnelApi.training(officer, "ENFORCEMENT_SKILLS", 16, "2024-12-31").statusCode(201);

        summary(officer, 2023).body("hoursByCategory.PUBLIC_LAW", equalTo(8.0f))
                .body("hoursByCategory.BUSINESS", equalTo(0.0f))
                .body("hoursByCategory.ENFORCEMENT_SKILLS", equalTo(0.0f))
                .body("totalHours", equalTo(8.0f)).body("met", equalTo(false));
        summary(officer, 2024).body("hoursByCategory.PUBLIC_LAW", equalTo(12.5f))
                .body("hoursByCategory.BUSINESS", equalTo(24.0f))
                .body("hoursByCategory.ENFORCEMENT_SKILLS", equalTo(16.0f))
                .body("totalHours", equalTo(52.5f)).body("requiredHours", equalTo(60)).body("met", equalTo(false));

        PersonnelApi.training(officer, "ENFORCEMENT_SKILLS", 7.5, "2024-12-31").statusCode(201);
        summary(officer, 2024).body("totalHours", equalTo(60.0f)).body("met", equalTo(true));
        given().queryParam("year", 2024).get("/api/v1/officers/{id}/trainings", officer).then().statusCode(200)
                .body("completedOn", contains("2024-01-01", "2024-06-30", "2024-12-31", "2024-12-31"));
    }

    @Test
    void hoursMustBeMoreThanZeroAndAtMost24() {
        UUID officer = PersonnelApi.officer(PersonnelApi.department("BUSINESS_OFFICE"), true);
        PersonnelApi.training(officer, "BUSINESS", 0, "2024-03-01").statusCode(400)
                .body("errors[0].field", equalTo("hours"));
        PersonnelApi.training(officer, "BUSINESS", -2, "2024-03-01").statusCode(400)
                .body("errors[0].field", equalTo("hours"));
        PersonnelApi.training(officer, "BUSINESS", 24.5, "2024-03-01").statusCode(400)
                .body("errors[0].field", equalTo("hours"));
        PersonnelApi.training(officer, "BUSINESS", 24, "2024-03-01").statusCode(201);
    }

    @Test
    void completionInTheFutureIsRefused() {
        UUID officer = PersonnelApi.officer(PersonnelApi.department("BUSINESS_OFFICE"), true);
        PersonnelApi.training(officer, "BUSINESS", 4, "2999-03-01").statusCode(400)
                .body("errors[0].field", equalTo("completedOn"));
    }

    @Test
    void anUnknownCategoryOrAMissingFieldIsNamed() {
        UUID officer = PersonnelApi.officer(PersonnelApi.department("BUSINESS_OFFICE"), true);
        PersonnelApi.training(officer, "SPORTS", 4, "2024-03-01").statusCode(400)
                .body("errors[0].field", equalTo("category"));
        given().contentType(ContentType.JSON).body(Map.of("course", "x", "category", "BUSINESS", "hours", 2,
                "completedOn", "2024-03-01"))
                .post("/api/v1/officers/{id}/trainings", officer).then().statusCode(400)
                .body("errors[0].field", equalTo("provider"));
    }

    @Test
    void trainingOfAnUnknownOfficerIsNotFound() {
        PersonnelApi.training(UUID.randomUUID(), "BUSINESS", 4, "2024-03-01").statusCode(404);
    }

    private static io.restassured.response.ValidatableResponse summary(UUID officer, int year) {
        return given().queryParam("year", year).get("/api/v1/officers/{id}/training-summary", officer).then()
                .statusCode(200);
    }
}
