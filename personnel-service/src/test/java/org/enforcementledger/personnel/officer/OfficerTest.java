package org.enforcementledger.personnel.officer;

import static org.enforcementledger.personnel.support.Auth.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.enforcementledger.localstack.LocalStackTestResource;
import org.enforcementledger.personnel.support.PersonnelApi;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, scope = TestResourceScope.GLOBAL)
class OfficerTest {

    @Test
    void registeringAnswers201WithIdAndLocation() {
        String department = PersonnelApi.department("BUSINESS_OFFICE");
        io.restassured.response.ExtractableResponse<io.restassured.response.Response> created = given()
                .contentType(ContentType.JSON)
                .body(Map.of("name", "李娜", "departmentCode", department, "position", "科员", "enforcementPost", true,
                        "legalProfessionQualified", true, "joinedOn", "2022-07-01"))
                .post("/api/v1/officers").then().statusCode(201)
                .body("status", equalTo("ACTIVE")).body("version", equalTo(0))
                .extract();
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith("/api/v1/officers/" + id);
        given().get("/api/v1/officers/{id}", id).then().statusCode(200)
                .body("departmentCode", equalTo(department))
                .body("departmentKind", equalTo("BUSINESS_OFFICE"))
                .body("legalProfessionQualified", equalTo(true));
    }

    @Test
    void listIsFilteredByDepartmentAndStatusAndPaged() {
        String department = PersonnelApi.department("ENFORCEMENT_BRIGADE");
        List<UUID> officers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            officers.add(PersonnelApi.officer(department, true));
        }
        depart(officers.get(0), "2024-09-30", "RETIREMENT").statusCode(200);

        given().queryParam("departmentCode", department).queryParam("size", 2)
                .get("/api/v1/officers").then().statusCode(200)
                .body("total", equalTo(3)).body("items.size()", equalTo(2)).body("page", equalTo(0));
        given().queryParam("departmentCode", department).queryParam("size", 2).queryParam("page", 1)
                .get("/api/v1/officers").then().body("items.size()", equalTo(1));
        given().queryParam("departmentCode", department).queryParam("status", "DEPARTED")
                .get("/api/v1/officers").then().body("total", equalTo(1))
                .body("items[0].id", equalTo(officers.get(0).toString()));
        given().queryParam("size", 500).get("/api/v1/officers").then().statusCode(400);
    }

    @Test
    void anUpdateWithTheCurrentVersionWinsAndAStaleOneIsAConflict() {
        UUID officer = PersonnelApi.officer(PersonnelApi.department("BUSINESS_OFFICE"), true);
        String brigade = PersonnelApi.department("ENFORCEMENT_BRIGADE");
        patch(officer, Map.of("version", 0, "departmentCode", brigade, "position", "队员")).statusCode(200)
                .body("version", equalTo(1)).body("departmentKind", equalTo("ENFORCEMENT_BRIGADE"))
                .body("position", equalTo("队员")).body("name", equalTo("张伟"));
        patch(officer, Map.of("version", 0, "name", "张三")).statusCode(409)
                .contentType("application/problem+json");
        given().get("/api/v1/officers/{id}", officer).then().body("name", equalTo("张伟"));
    }

    @Test
    void twoConcurrentUpdatesOfOneOfficerCannotBothWin() throws Exception {
        UUID officer = PersonnelApi.officer(PersonnelApi.department("BUSINESS_OFFICE"), true);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> updates = List.of(
                    () -> patch(officer, Map.of("version", 0, "name", "甲")).extract().statusCode(),
                    () -> patch(officer, Map.of("version", 0, "name", "乙")).extract().statusCode());
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : pool.invokeAll(updates)) {
                statuses.add(result.get());
            }
            assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        } finally {
            pool.shutdownNow();
        }
        given().get("/api/v1/officers/{id}", officer).then().body("version", equalTo(1));
    }

    @Test
    void aDepartureCancelsTheCertificateInForceWithTheSameDate() {
        UUID officer = PersonnelApi.qualifiedOfficer(PersonnelApi.department("ENFORCEMENT_BRIGADE"));
        String number = PersonnelApi.issue(officer, "2023-01-02", "2028-12-31");

        depart(officer, "2024-09-30", "TRANSFER").statusCode(200)
                .body("status", equalTo("DEPARTED")).body("leftOn", equalTo("2024-09-30"));
        given().get("/api/v1/certificates/{number}", number).then()
                .body("status", equalTo("CANCELLED"))
                .body("history.action", contains("ISSUED", "CANCELLED"))
                .body("history[1].effectiveOn", equalTo("2024-09-30"));
        depart(officer, "2024-10-01", "OTHER").statusCode(409);
        patch(officer, Map.of("version", 1, "name", "x")).statusCode(422).body("rule", equalTo("§4.2"));
    }

    @Test
    void aDepartureDatedBeforeTheCertificatesLastStepIsABadRequestAndChangesNothing() {
        UUID officer = PersonnelApi.qualifiedOfficer(PersonnelApi.department("ENFORCEMENT_BRIGADE"));
        String number = PersonnelApi.issue(officer, "2023-01-02", "2028-12-31");
        PersonnelApi.change(number, "suspension", "2024-03-01").statusCode(200);

        depart(officer, "2024-02-29", "TRANSFER").statusCode(400)
                .body("errors[0].field", equalTo("leftOn"))
                .body("errors[0].message", equalTo("must not be before 2024-03-01, the last recorded step of "
                        + "certificate " + number));
        given().get("/api/v1/officers/{id}", officer).then().body("status", equalTo("ACTIVE"));
        given().get("/api/v1/certificates/{number}", number).then().body("status", equalTo("SUSPENDED"))
                .body("history.action", contains("ISSUED", "SUSPENDED"));
    }

    @Test
    void aDepartureBeforeJoiningOrWithAnUnknownReasonIsABadRequest() {
        UUID officer = PersonnelApi.officer(PersonnelApi.department("BUSINESS_OFFICE"), true);
        depart(officer, "2018-01-01", "TRANSFER").statusCode(400).body("errors[0].field", equalTo("leftOn"));
        depart(officer, "2024-01-01", "HOLIDAY").statusCode(400).body("errors[0].field", equalTo("reason"));
    }

    @Test
    void aMalformedDateOrBodyIsABadRequest() {
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "李娜", "departmentCode", "X", "position", "科员", "enforcementPost", true,
                        "legalProfessionQualified", true, "joinedOn", "2022-13-45"))
                .post("/api/v1/officers").then().statusCode(400).body("errors[0].field", equalTo("joinedOn"));
        given().contentType(ContentType.JSON).body("{\"name\": ").post("/api/v1/officers").then().statusCode(400)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of("version", 0, "nickname", "x"))
                .patch("/api/v1/officers/{id}", UUID.randomUUID()).then().statusCode(400)
                .body("errors[0].field", equalTo("nickname"));
    }

    private static io.restassured.response.ValidatableResponse patch(UUID officer, Map<String, Object> changes) {
        return given().contentType(ContentType.JSON).body(changes).patch("/api/v1/officers/{id}", officer).then();
    }

    private static io.restassured.response.ValidatableResponse depart(UUID officer, String leftOn, String reason) {
        return given().contentType(ContentType.JSON).body(Map.of("leftOn", leftOn, "reason", reason))
                .post("/api/v1/officers/{id}/departure", officer).then();
    }
}
