package org.enforcementledger.personnel.officer;

import static org.enforcementledger.personnel.support.Auth.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.enforcementledger.localstack.LocalStackTestResource;
import org.enforcementledger.personnel.support.EventCapture;
import org.enforcementledger.personnel.support.PersonnelApi;
import org.enforcementledger.personnel.support.StoredRows;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, scope = TestResourceScope.GLOBAL)
class OfficerTest {

    private static final String P = "enforcementledger.personnel.";

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

    /**
     * Issue #10 item 8: a departure cancels (注销) the certificate in force on the leaving day, once. The expired
     * certificate (still VALID: expiry is not a status) stays as it was, so no spurious 注销 is published for it.
     */
    @Test
    void aDepartureCancelsTheCertificateInForceOnTheLeavingDayAndNotAnExpiredOne() {
        PersonnelApi.Renewed renewed = PersonnelApi.renewedOfficer(PersonnelApi.department("ENFORCEMENT_BRIGADE"));
        UUID officer = renewed.officer();
        try (EventCapture capture = new EventCapture()) {
            depart(officer, "2024-09-30", "TRANSFER").statusCode(200)
                    .body("status", equalTo("DEPARTED")).body("leftOn", equalTo("2024-09-30"));

            given().get("/api/v1/certificates/{number}", renewed.expired()).then()
                    .body("status", equalTo("VALID"))
                    .body("history.action", contains("ISSUED"));
            given().get("/api/v1/certificates/{number}", renewed.current()).then()
                    .body("status", equalTo("CANCELLED"))
                    .body("history.action", contains("ISSUED", "CANCELLED"))
                    .body("history[1].effectiveOn", equalTo("2024-09-30"))
                    .body("history[1].reason", equalTo("departure: TRANSFER"));

            List<EventCapture.Captured> events = EventCapture.forSubject(capture.awaitUntil(Duration.ofSeconds(15),
                    all -> EventCapture.forSubject(all, officer.toString()).stream()
                            .anyMatch(e -> e.type().equals(P + "officer.departed.v1"))), officer.toString());
            List<EventCapture.Captured> departure = events.subList(events.size() - 2, events.size());
            assertThat(departure).extracting(EventCapture.Captured::type)
                    .containsExactly(P + "certificate.cancelled.v1", P + "officer.departed.v1");
            assertThat(events).filteredOn(e -> e.type().equals(P + "certificate.cancelled.v1")).hasSize(1);
            assertThat(departure.get(0).data().path("certificateNumber").asText()).isEqualTo(renewed.current());
            assertThat(departure.get(0).data().path("effectiveOn").asText()).isEqualTo("2024-09-30");
            assertThat(departure.get(0).data().path("changeId").asLong())
                    .isEqualTo(StoredRows.certificateChangeIds(renewed.current()).get(1));
            assertThat(departure.get(1).data().path("cancelledCertificateNumber").asText())
                    .isEqualTo(renewed.current());
        }

        Map<String, Long> rows = StoredRows.count();
        depart(officer, "2024-10-01", "OTHER").statusCode(409).contentType("application/problem+json")
                .body("detail", equalTo("Officer " + officer + " left on 2024-09-30 already."));
        assertThat(StoredRows.count()).isEqualTo(rows);
        given().get("/api/v1/certificates/{number}", renewed.expired()).then().body("status", equalTo("VALID"));
    }

    /** A departure dated before the current certificate was issued would leave it in force: refused, nothing changes. */
    @Test
    void aDepartureBeforeTheCurrentCertificateWasIssuedIsABadRequest() {
        PersonnelApi.Renewed renewed = PersonnelApi.renewedOfficer(PersonnelApi.department("ENFORCEMENT_BRIGADE"));
        Map<String, Long> rows = StoredRows.count();

        depart(renewed.officer(), "2022-06-30", "RETIREMENT").statusCode(400)
                .body("errors[0].field", equalTo("leftOn"))
                .body("errors[0].message", equalTo("must not be before 2023-01-02, the last recorded step of "
                        + "certificate " + renewed.current()));
        assertThat(StoredRows.count()).isEqualTo(rows);
        given().get("/api/v1/officers/{id}", renewed.officer()).then().body("status", equalTo("ACTIVE"));
    }

    /** Issue #10 item 8: a change takes effect on its effectiveOn (today when absent), carried on officer.updated.v1. */
    @Test
    void aChangeTakesEffectOnItsEffectiveOnAndTheEventCarriesIt() {
        UUID officer = PersonnelApi.renewedOfficer(PersonnelApi.department("ENFORCEMENT_BRIGADE")).officer();
        try (EventCapture capture = new EventCapture()) {
            patch(officer, Map.of("version", 0, "enforcementPost", false, "effectiveOn", "2024-06-01"))
                    .statusCode(200).body("enforcementPost", equalTo(false)).body("version", equalTo(1));
            patch(officer, Map.of("version", 1, "position", "副队长")).statusCode(200);

            List<EventCapture.Captured> updates = updates(capture.awaitUntil(Duration.ofSeconds(15),
                    all -> updates(all, officer).size() == 2), officer);
            assertThat(updates.get(0).data().path("effectiveOn").asText()).isEqualTo("2024-06-01");
            assertThat(updates.get(0).data().path("enforcementPost").asBoolean()).isFalse();
            assertThat(updates.get(1).data().path("effectiveOn").asText())
                    .isEqualTo(LocalDate.now(ZoneId.of("Asia/Shanghai")).toString());
            assertThat(updates.get(1).data().path("position").asText()).isEqualTo("副队长");
        }
    }

    @Test
    void anEffectiveOnInTheFutureBeforeJoiningOrBeforeTheLastChangeIsABadRequestAndChangesNothing() {
        UUID officer = PersonnelApi.renewedOfficer(PersonnelApi.department("ENFORCEMENT_BRIGADE")).officer();
        patch(officer, Map.of("version", 0, "enforcementPost", false, "effectiveOn", "2024-06-01")).statusCode(200);
        Map<String, Long> rows = StoredRows.count();

        patch(officer, Map.of("version", 1, "enforcementPost", true,
                "effectiveOn", LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1).toString())).statusCode(400)
                .body("errors[0].field", equalTo("effectiveOn"))
                .body("errors[0].message", equalTo("must not be in the future"));
        patch(officer, Map.of("version", 1, "enforcementPost", true, "effectiveOn", "2019-02-28")).statusCode(400)
                .body("errors[0].field", equalTo("effectiveOn"))
                .body("errors[0].message", equalTo("must not be before 2019-03-01, the day the officer joined"));
        patch(officer, Map.of("version", 1, "enforcementPost", true, "effectiveOn", "2024-05-31")).statusCode(400)
                .body("errors[0].field", equalTo("effectiveOn"))
                .body("errors[0].message", equalTo("must not be before 2024-06-01, the officer's last recorded change"));
        patch(officer, Map.of("version", 1, "effectiveOn", "2024-13-01")).statusCode(400)
                .body("errors[0].field", equalTo("effectiveOn"));

        assertThat(StoredRows.count()).isEqualTo(rows);
        given().get("/api/v1/officers/{id}", officer).then().body("version", equalTo(1))
                .body("enforcementPost", equalTo(false));
        patch(officer, Map.of("version", 1, "enforcementPost", true, "effectiveOn", "2024-06-01")).statusCode(200);
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

    private static List<EventCapture.Captured> updates(List<EventCapture.Captured> events, UUID officer) {
        return EventCapture.forSubject(events, officer.toString()).stream()
                .filter(e -> e.type().equals(P + "officer.updated.v1")).toList();
    }

    private static io.restassured.response.ValidatableResponse patch(UUID officer, Map<String, Object> changes) {
        return given().contentType(ContentType.JSON).body(changes).patch("/api/v1/officers/{id}", officer).then();
    }

    private static io.restassured.response.ValidatableResponse depart(UUID officer, String leftOn, String reason) {
        return given().contentType(ContentType.JSON).body(Map.of("leftOn", leftOn, "reason", reason))
                .post("/api/v1/officers/{id}/departure", officer).then();
    }
}
