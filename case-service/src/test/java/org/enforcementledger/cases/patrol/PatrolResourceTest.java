package org.enforcementledger.cases.patrol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.enforcementledger.cases.support.Auth.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.enforcementledger.cases.inspection.Inspection;
import org.enforcementledger.cases.outbox.OutboxEvent;
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

/** Patrols (巡查) without a specific object: recorded and published as patrols, never as inspections (R8.8). */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, scope = TestResourceScope.GLOBAL)
class PatrolResourceTest {

    private static final String AREA = "大湾场镇主街及农贸市场周边";

    @Test
    void aPatrolWithoutAnObjectIsRecordedAsAPatrolNotAnInspectionR88() {
        try (EventCapture capture = new EventCapture()) {
            List<UUID> team = PersonnelFeed.team();
            String village = CaseApi.village();
            long inspections = QuarkusTransaction.requiringNew().call(() -> Inspection.count());

            String id = patrol(body(village, team, null, "发现占道经营 3 处，已劝导整改")).statusCode(201)
                    .body("villageCode", equalTo(village)).body("matterCode", nullValue()).body("area", equalTo(AREA))
                    .body("departmentCodes", contains("BRIGADE", "SAFETY")).body("warnings", org.hamcrest.Matchers.empty())
                    .extract().path("id");
            given().get("/api/v1/patrols/{id}", id).then().statusCode(200)
                    .body("findings", equalTo("发现占道经营 3 处，已劝导整改"));
            assertThat(QuarkusTransaction.requiringNew().call(() -> Inspection.count())).isEqualTo(inspections);

            List<EventCapture.Captured> events = EventCapture.forSubject(capture.awaitUntil(Duration.ofSeconds(15),
                    all -> !EventCapture.forSubject(all, id).isEmpty()), id);
            assertThat(events).extracting(EventCapture.Captured::type)
                    .containsExactly("enforcementledger.case.patrol.recorded.v1");
            var data = events.get(0).data();
            assertThat(data.path("patrolId").asText()).isEqualTo(id);
            assertThat(data.path("conductedOn").asText()).isEqualTo("2024-04-18");
            assertThat(data.path("villageCode").asText()).isEqualTo(village);
            assertThat(data.has("matterCode")).isFalse();
            assertThat(data.path("officerIds")).hasSize(2);
            assertThat(data.path("recordComplete").asBoolean()).isTrue();
            assertThat(data.has("area")).isFalse();
            assertThat(EventSchemas.validate(events.get(0).event())).isEmpty();

            Map<String, Object> filing = CaseApi.newCase(CaseApi.penaltyMatter(), village, team, "2024-04-18");
            filing.put("inspectionId", id);
            CaseApi.file(filing).statusCode(422).body("errors[0].field", equalTo("inspectionId"))
                    .body("errors[0].message", equalTo("No inspection " + id + " in this town."));
        }
    }

    @Test
    void aPatrolIsUnderAPublishedMatterWhenItNamesOneAndByTwoEligibleOfficers() {
        List<UUID> team = PersonnelFeed.team();
        String village = CaseApi.village();
        String unpublished = CaseApi.unique("M");
        given().contentType(ContentType.JSON).body(Map.of("code", unpublished, "name", "事项", "actType", "INSPECTION",
                "source", "STATUTORY", "legalBasis", "《城市市容和环境卫生管理条例》第十四条", "effectiveFrom", "2020-01-01"))
                .post("/api/v1/matters").then().statusCode(201);

        long[] before = rows();
        patrol(body(village, team, unpublished, null)).statusCode(422).body("rule", equalTo("R8.3"));
        patrol(body(village, List.of(team.get(0)), null, null)).statusCode(422).body("rule", equalTo("R4.6"))
                .body("detail", equalTo("R4.6: a patrol must be carried out by at least two officers holding "
                        + "enforcement certificates; 1 distinct officer(s) given."));
        assertThat(rows()).containsExactly(before);

        String matter = CaseApi.matter("STATUTORY", "INSPECTION", "2020-01-01", null);
        patrol(body(village, team, matter, null)).statusCode(201).body("matterCode", equalTo(matter))
                .body("findings", nullValue());
    }

    private static Map<String, Object> body(String village, List<UUID> officers, String matter, String findings) {
        Map<String, Object> body = new HashMap<>(Map.of("conductedOn", "2024-04-18", "villageCode", village, "area",
                AREA, "officerIds", officers));
        if (matter != null) {
            body.put("matterCode", matter);
        }
        if (findings != null) {
            body.put("findings", findings);
        }
        return body;
    }

    private static ValidatableResponse patrol(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/patrols").then();
    }

    /** Outbox events and patrols: what a refusal must leave as it was. */
    private static long[] rows() {
        return QuarkusTransaction.requiringNew().call(() -> new long[] { OutboxEvent.count(), Patrol.count() });
    }
}
