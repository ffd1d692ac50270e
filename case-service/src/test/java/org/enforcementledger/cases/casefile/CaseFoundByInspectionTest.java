package org.enforcementledger.cases.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.enforcementledger.cases.support.Auth.OTHER_TOWN;
import static org.enforcementledger.cases.support.Auth.given;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.enforcementledger.cases.outbox.OutboxEvent;
import org.enforcementledger.cases.support.Auth;
import org.enforcementledger.cases.support.CaseApi;
import org.enforcementledger.cases.support.EventCapture;
import org.enforcementledger.cases.support.EventSchemas;
import org.enforcementledger.cases.support.PersonnelFeed;
import org.enforcementledger.localstack.LocalStackTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/**
 * A case names the inspection that found the violation (R8.8 counts that inspection under the case): one of the
 * town's, conducted by the filing day; anything else is refused and nothing is written.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, scope = TestResourceScope.GLOBAL)
class CaseFoundByInspectionTest {

    @Test
    void aCaseNamesTheInspectionThatFoundTheViolationR88() {
        try (EventCapture capture = new EventCapture()) {
            String village = CaseApi.village();
            List<UUID> team = PersonnelFeed.team();
            String inspection = inspect(given(), CaseApi.matter("STATUTORY", "INSPECTION", "2020-01-01", null),
                    village, team, "2024-04-18");
            String matter = CaseApi.penaltyMatter();
            Map<String, Object> body = CaseApi.newCase(matter, village, team, "2024-04-18");
            body.put("inspectionId", inspection);
            String caseId = CaseApi.file(body).statusCode(201).body("inspectionId", equalTo(inspection))
                    .extract().path("id");
            given().get("/api/v1/cases/{id}", caseId).then().body("inspectionId", equalTo(inspection));
            String without = CaseApi.file(CaseApi.newCase(matter, village, team, "2024-04-18")).statusCode(201)
                    .body("inspectionId", equalTo(null)).extract().path("id");

            List<EventCapture.Captured> all = capture.awaitUntil(Duration.ofSeconds(15),
                    events -> !EventCapture.forSubject(events, caseId).isEmpty()
                            && !EventCapture.forSubject(events, without).isEmpty());
            EventCapture.Captured filed = EventCapture.forSubject(all, caseId).get(0);
            assertThat(filed.type()).isEqualTo("enforcementledger.case.case.filed.v1");
            assertThat(filed.data().path("inspectionId").asText()).isEqualTo(inspection);
            EventCapture.Captured plain = EventCapture.forSubject(all, without).get(0);
            assertThat(plain.data().has("inspectionId")).isFalse();
            assertThat(EventSchemas.validate(filed.event())).isEmpty();
            assertThat(EventSchemas.validate(plain.event())).isEmpty();
        }
    }

    @Test
    void anotherTownsAnUnknownOrALaterInspectionIsRefusedAndNothingIsWritten() {
        RequestSpecification longxiAdmin = Auth.as("li.admin", OTHER_TOWN, "admin");
        String longxiVillage = CaseApi.unique("LX");
        longxiAdmin.contentType(ContentType.JSON).body(Map.of("code", longxiVillage, "name", "龙溪村"))
                .post("/api/v1/villages").then().statusCode(201);
        String longxiMatter = CaseApi.unique("LX-M");
        Auth.as("li.admin", OTHER_TOWN, "admin").contentType(ContentType.JSON).body(Map.of("code", longxiMatter,
                "name", "事项", "actType", "INSPECTION", "source", "STATUTORY", "legalBasis", "《安全生产法》第六十五条",
                "effectiveFrom", "2020-01-01", "publishedOn", "2020-01-01", "publishedAt", CaseApi.PUBLISHED_AT))
                .post("/api/v1/matters").then().statusCode(201);
        String longxis = inspect(Auth.as("li.officer", OTHER_TOWN, "case-officer"), longxiMatter, longxiVillage,
                PersonnelFeed.team(OTHER_TOWN), "2024-04-18");

        String village = CaseApi.village();
        List<UUID> team = PersonnelFeed.team();
        String matter = CaseApi.penaltyMatter();
        String ours = inspect(given(), CaseApi.matter("STATUTORY", "INSPECTION", "2020-01-01", null), village, team,
                "2024-04-18");
        UUID unknown = UUID.randomUUID();

        long[] before = rows();
        file(matter, village, team, "2024-04-20", longxis).statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:enforcement-ledger:problem:unknown-reference"))
                .body("errors[0].field", equalTo("inspectionId"))
                .body("errors[0].message", equalTo("No inspection " + longxis + " in this town."));
        file(matter, village, team, "2024-04-20", unknown.toString()).statusCode(422)
                .body("errors[0].field", equalTo("inspectionId"))
                .body("errors[0].message", equalTo("No inspection " + unknown + " in this town."));
        file(matter, village, team, "2024-04-17", ours).statusCode(400)
                .body("errors[0].field", equalTo("inspectionId"))
                .body("errors[0].message", equalTo("was conducted on 2024-04-18, after filedOn"));
        assertThat(rows()).containsExactly(before);

        file(matter, village, team, "2024-04-18", ours).statusCode(201).body("inspectionId", equalTo(ours));
    }

    private static ValidatableResponse file(String matter, String village, List<UUID> team,
            String filedOn, String inspectionId) {
        Map<String, Object> body = CaseApi.newCase(matter, village, team, filedOn);
        body.put("inspectionId", inspectionId);
        return CaseApi.file(body);
    }

    private static String inspect(RequestSpecification as, String matter, String village, List<UUID> officers,
            String day) {
        return as.contentType(ContentType.JSON).body(new HashMap<>(Map.of("conductedOn", day, "matterCode", matter,
                "villageCode", village, "kind", "ROUTINE", "departmentCodes", List.of("BRIGADE"), "officerIds",
                officers, "target", Map.of("kind", "ORGANIZATION", "name", "重庆某某建材有限公司"), "enterpriseRelated",
                true, "findings", "未按规定开展安全生产教育培训"))).post("/api/v1/inspections").then().statusCode(201)
                .extract().path("id");
    }

    /** Outbox events and cases: what a refused filing must leave as it was. */
    private static long[] rows() {
        return QuarkusTransaction.requiringNew().call(() -> new long[] { OutboxEvent.count(), CaseFile.count() });
    }
}
