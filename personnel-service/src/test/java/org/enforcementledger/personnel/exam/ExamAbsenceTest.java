package org.enforcementledger.personnel.exam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.enforcementledger.personnel.support.Auth.OTHER_TOWN;
import static org.enforcementledger.personnel.support.Auth.TOWN;
import static org.enforcementledger.personnel.support.Auth.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.enforcementledger.localstack.LocalStackTestResource;
import org.enforcementledger.personnel.support.Auth;
import org.enforcementledger.personnel.support.EventCapture;
import org.enforcementledger.personnel.support.PersonnelApi;
import org.enforcementledger.personnel.support.StoredRows;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Issue #10 item 6 (R4.4): absence from the annual legal exam is recorded, published and in the audit trail. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, scope = TestResourceScope.GLOBAL)
class ExamAbsenceTest {

    private static final String P = "enforcementledger.personnel.";

    @Test
    void anAbsenceIsRecordedListedPublishedAndAudited() {
        String department = PersonnelApi.department("BUSINESS_OFFICE");
        UUID officer = PersonnelApi.officer(department, true);
        try (EventCapture capture = new EventCapture()) {
            long id = ((Number) Auth.as("wang.clerk", TOWN, "personnel-clerk").contentType(ContentType.JSON)
                    .body(Map.of("kind", "ANNUAL_LEGAL", "heldOn", "2024-11-15", "reason", "因执法任务缺考"))
                    .post("/api/v1/officers/{id}/exam-absences", officer).then().statusCode(201)
                    .header("Location", endsWith("/api/v1/officers/" + officer
                            + "/exam-absences"))
                    .body("officerId", equalTo(officer.toString())).body("kind", equalTo("ANNUAL_LEGAL"))
                    .body("heldOn", equalTo("2024-11-15")).body("reason", equalTo("因执法任务缺考"))
                    .extract().path("id")).longValue();
            absence(officer, Map.of("kind", "ANNUAL_LEGAL", "heldOn", "2023-11-20")).statusCode(201)
                    .body("reason", nullValue());

            given().get("/api/v1/officers/{id}/exam-absences", officer).then().statusCode(200)
                    .body("heldOn", contains("2023-11-20", "2024-11-15"))
                    .body("reason", contains(null, "因执法任务缺考"));

            List<EventCapture.Captured> absences = absences(capture.awaitUntil(Duration.ofSeconds(15),
                    all -> absences(all, officer).size() == 2), officer);
            EventCapture.Captured first = absences.get(0);
            assertThat(first.data().path("absenceId").asLong()).isEqualTo(id);
            assertThat(first.data().path("officerId").asText()).isEqualTo(officer.toString());
            assertThat(first.data().path("departmentCode").asText()).isEqualTo(department);
            assertThat(first.data().path("departmentKind").asText()).isEqualTo("BUSINESS_OFFICE");
            assertThat(first.data().path("kind").asText()).isEqualTo("ANNUAL_LEGAL");
            assertThat(first.data().path("heldOn").asText()).isEqualTo("2024-11-15");
            assertThat(first.data().path("reason").asText()).isEqualTo("因执法任务缺考");
            assertThat(first.event().path("actor").asText()).isEqualTo("wang.clerk");
            assertThat(absences.get(1).data().path("heldOn").asText()).isEqualTo("2023-11-20");
            assertThat(absences.get(1).data().path("reason").isNull()).isTrue();
        }

        Auth.as("zhao.supervisor", "500112", "district-supervisor").get("/api/v1/audit?entity={id}", officer).then()
                .statusCode(200)
                .body("change", contains(P + "officer.registered.v1", P + "exam.absence-recorded.v1",
                        P + "exam.absence-recorded.v1"))
                .body("actor[1]", equalTo("wang.clerk"))
                .body("[1].data.heldOn", equalTo("2024-11-15"));
    }

    @Test
    void anAbsenceAndASittingOnTheSameDayAreAConflictAndNothingIsWritten() {
        UUID sat = PersonnelApi.officer(PersonnelApi.department("BUSINESS_OFFICE"), true);
        PersonnelApi.exam(sat, "ANNUAL_LEGAL", "2024-11-15", true).statusCode(201);
        UUID absent = PersonnelApi.officer(PersonnelApi.department("BUSINESS_OFFICE"), true);
        absence(absent, Map.of("kind", "ANNUAL_LEGAL", "heldOn", "2024-11-15")).statusCode(201);
        Map<String, Long> rows = StoredRows.count();

        absence(sat, Map.of("kind", "ANNUAL_LEGAL", "heldOn", "2024-11-15")).statusCode(409)
                .contentType("application/problem+json")
                .body("detail", equalTo("Officer " + sat + " sat the annual legal exam on 2024-11-15."));
        PersonnelApi.exam(absent, "ANNUAL_LEGAL", "2024-11-15", true).statusCode(409)
                .body("detail", equalTo("Officer " + absent + " is recorded absent from the annual legal exam of "
                        + "2024-11-15."));
        absence(absent, Map.of("kind", "ANNUAL_LEGAL", "heldOn", "2024-11-15", "reason", "再次登记")).statusCode(409)
                .body("detail", equalTo("Officer " + absent + " is recorded absent from the annual legal exam of "
                        + "2024-11-15."));
        assertThat(StoredRows.count()).isEqualTo(rows);

        PersonnelApi.exam(absent, "ANNUAL_LEGAL", "2024-11-16", true).statusCode(201);
        PersonnelApi.exam(absent, "QUALIFICATION", "2024-11-15", true).statusCode(201);
    }

    @Test
    void anAbsenceOfAnOfficerWhoHadLeftByThenOrOfAQualificationExamIsRefusedUnderR44() {
        UUID officer = PersonnelApi.officer(PersonnelApi.department("BUSINESS_OFFICE"), true);
        given().contentType(ContentType.JSON).body(Map.of("leftOn", "2024-09-30", "reason", "TRANSFER"))
                .post("/api/v1/officers/{id}/departure", officer).then().statusCode(200);
        Map<String, Long> rows = StoredRows.count();

        absence(officer, Map.of("kind", "ANNUAL_LEGAL", "heldOn", "2024-09-30")).statusCode(422)
                .contentType("application/problem+json").body("rule", equalTo("R4.4"))
                .body("detail", equalTo("R4.4: officer " + officer + " left the enforcement staff on 2024-09-30; the exam "
                        + "held on 2024-09-30 was not theirs to sit."));
        absence(officer, Map.of("kind", "QUALIFICATION", "heldOn", "2024-05-10")).statusCode(422)
                .body("rule", equalTo("R4.4"))
                .body("detail", equalTo("R4.4: an absence is recorded for the annual legal exam (ANNUAL_LEGAL) only."));
        assertThat(StoredRows.count()).isEqualTo(rows);

        absence(officer, Map.of("kind", "ANNUAL_LEGAL", "heldOn", "2024-09-29")).statusCode(201);
    }

    @Test
    void badInputIsABadRequestNamingTheFieldOrNotFoundAndNothingIsWritten() {
        UUID officer = PersonnelApi.officer(PersonnelApi.department("BUSINESS_OFFICE"), true);
        Map<String, Long> rows = StoredRows.count();

        absence(officer, Map.of("kind", "ANNUAL_LEGAL",
                "heldOn", LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1).toString())).statusCode(400)
                .body("errors[0].field", equalTo("heldOn")).body("errors[0].message", equalTo("must not be in the future"));
        absence(officer, Map.of("kind", "ANNUAL_LEGAL", "heldOn", "2019-02-28")).statusCode(400)
                .body("errors[0].field", equalTo("heldOn"))
                .body("errors[0].message", equalTo("must not be before joinedOn 2019-03-01"));
        absence(officer, Map.of("heldOn", "2024-11-15")).statusCode(400).body("errors[0].field", equalTo("kind"));
        absence(officer, Map.of("kind", "ANNUAL_LEGAL")).statusCode(400).body("errors[0].field", equalTo("heldOn"));
        absence(officer, Map.of("kind", "ANNUAL_LEGAL", "heldOn", "2024-11-15", "reason", "缺".repeat(201)))
                .statusCode(400).body("errors[0].field", equalTo("reason"));
        Map<String, Object> unknownField = new HashMap<>(Map.of("kind", "ANNUAL_LEGAL", "heldOn", "2024-11-15"));
        unknownField.put("score", 0);
        absence(officer, unknownField).statusCode(400).body("errors[0].field", equalTo("score"));
        absence(UUID.randomUUID(), Map.of("kind", "ANNUAL_LEGAL", "heldOn", "2024-11-15")).statusCode(404);
        Auth.as("li.clerk", OTHER_TOWN, "personnel-clerk").contentType(ContentType.JSON)
                .body(Map.of("kind", "ANNUAL_LEGAL", "heldOn", "2024-11-15"))
                .post("/api/v1/officers/{id}/exam-absences", officer).then().statusCode(404)
                .body("detail", equalTo("No officer " + officer + "."));
        Auth.as("li.clerk", OTHER_TOWN, "personnel-clerk").get("/api/v1/officers/{id}/exam-absences", officer).then()
                .statusCode(404);
        assertThat(StoredRows.count()).isEqualTo(rows);
    }

    private static List<EventCapture.Captured> absences(List<EventCapture.Captured> events, UUID officer) {
        return EventCapture.forSubject(events, officer.toString()).stream()
                .filter(e -> e.type().equals(P + "exam.absence-recorded.v1")).toList();
    }

    private static ValidatableResponse absence(UUID officer, Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body)
                .post("/api/v1/officers/{id}/exam-absences", officer).then();
    }
}
