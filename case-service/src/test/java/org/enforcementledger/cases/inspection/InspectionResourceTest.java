package org.enforcementledger.cases.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.enforcementledger.cases.support.Auth.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.enforcementledger.cases.outbox.OutboxEvent;
import org.enforcementledger.cases.support.CaseApi;
import org.enforcementledger.cases.support.PersonnelFeed;
import org.enforcementledger.localstack.LocalStackTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Recording an inspection (spec §8): each rule refusing, each boundary accepting; a refusal records nothing. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, scope = TestResourceScope.GLOBAL)
class InspectionResourceTest {

    /**
     * Issue #10: two of the town's departments (a "1+1" team of brigade and business office) are one enforcement
     * body, so their inspection is not joint; until then this test asserted {@code joint == true}, the defect.
     */
    @Test
    void anInspectionByTwoOfTheTownsDepartmentsIsNotJointR87() {
        record(CaseApi.matter("STATUTORY", "INSPECTION", "2020-01-01", null), PersonnelFeed.team(),
                List.of("BRIGADE", "SAFETY", "BRIGADE"), "2024-04-18").statusCode(201)
                .body("joint", equalTo(false)).body("jointInspectionId", equalTo(null))
                .body("departmentCodes", contains("BRIGADE", "SAFETY"))
                .body("matterSource", equalTo("STATUTORY"))
                .body("actingInNameOf", equalTo(null));
        record(CaseApi.matter("STATUTORY", "INSPECTION", "2020-01-01", null), PersonnelFeed.team(),
                List.of("BRIGADE"), "2024-04-18").statusCode(201).body("joint", equalTo(false));
    }

    @Test
    void anInspectionRestsOnAnInspectionOrPenaltyMatterR83() {
        List<UUID> team = PersonnelFeed.team();
        record(CaseApi.penaltyMatter(), team, List.of("BRIGADE"), "2024-04-18").statusCode(201);
        long outboxBefore = outboxRows();
        String coercion = CaseApi.matter("STATUTORY", "COERCION", "2020-01-01", null);
        record(coercion, team, List.of("BRIGADE"), "2024-04-18").statusCode(422)
                .contentType("application/problem+json").body("rule", equalTo("R8.3"))
                .body("detail", equalTo("R8.3: matter " + coercion + " is a COERCION matter; inspections rest on "
                        + "inspection or penalty matters."));
        assertThat(outboxRows()).isEqualTo(outboxBefore);
    }

    @Test
    void theMatterMustBeInForceOnTheInspectionDayR22() {
        String matter = CaseApi.matter("STATUTORY", "INSPECTION", "2024-01-01", "2024-06-30");
        List<UUID> team = PersonnelFeed.team();
        record(matter, team, List.of("BRIGADE"), "2024-06-30").statusCode(201);
        record(matter, team, List.of("BRIGADE"), "2024-07-01").statusCode(422).body("rule", equalTo("R2.2"));
    }

    @Test
    void anEntrustedInspectionIsDoneInTheBureausNameOnceTheLetterIsPublishedR31() {
        String matter = CaseApi.matter("ENTRUSTED", "INSPECTION", "2020-01-01", null);
        CaseApi.entrustment(CaseApi.unique("L"), List.of(matter), "2024-01-01", "2026-12-31", "2024-01-05")
                .statusCode(201);
        List<UUID> team = PersonnelFeed.team();
        record(matter, team, List.of("BRIGADE"), "2024-01-05").statusCode(201)
                .body("actingInNameOf", equalTo("重庆市渝北区应急管理局"));
        record(matter, team, List.of("BRIGADE"), "2024-01-04").statusCode(422).body("rule", equalTo("R3.1"));
    }

    @Test
    void anInspectionNeedsTwoOfficersR46EachEligibleR41() {
        String matter = CaseApi.matter("STATUTORY", "INSPECTION", "2020-01-01", null);
        UUID brigade = PersonnelFeed.certifiedOfficer("ENFORCEMENT_BRIGADE");
        record(matter, List.of(brigade), List.of("BRIGADE"), "2024-04-18").statusCode(422)
                .body("rule", equalTo("R4.6"));
        UUID uncertified = UUID.randomUUID();
        PersonnelFeed.officer(uncertified, "BRIGADE", "ENFORCEMENT_BRIGADE", false);
        record(matter, List.of(brigade, uncertified), List.of("BRIGADE"), "2024-04-18").statusCode(422)
                .body("rule", equalTo("R4.1"));
        record(matter, List.of(brigade, PersonnelFeed.certifiedOfficer("ENFORCEMENT_BRIGADE")), List.of("BRIGADE"),
                "2024-04-18").statusCode(201);
    }

    @Test
    void anInspectionWithoutFindingsIsRecordedAsAnIncompleteRecordR88() {
        String matter = CaseApi.matter("STATUTORY", "INSPECTION", "2020-01-01", null);
        Map<String, Object> body = body(matter, PersonnelFeed.team(), List.of("BRIGADE"), "2024-04-18");
        body.remove("findings");
        String id = given().contentType(ContentType.JSON).body(body).post("/api/v1/inspections").then()
                .statusCode(201).body("findings", equalTo(null)).body("recordComplete", equalTo(false))
                .extract().path("id");
        given().get("/api/v1/inspections/{id}", id).then().statusCode(200).body("recordComplete", equalTo(false));
        record(matter, PersonnelFeed.team(), List.of("BRIGADE"), "2024-04-18").statusCode(201)
                .body("recordComplete", equalTo(true));

        long outboxBefore = outboxRows();
        body.put("findings", "  ");
        given().contentType(ContentType.JSON).body(body).post("/api/v1/inspections").then().statusCode(400)
                .body("errors[0].field", equalTo("findings")).body("errors[0].message", equalTo("must not be blank"));
        assertThat(outboxRows()).isEqualTo(outboxBefore);
    }

    private static ValidatableResponse record(String matter, List<UUID> officers, List<String> departments,
            String conductedOn) {
        return given().contentType(ContentType.JSON).body(body(matter, officers, departments, conductedOn))
                .post("/api/v1/inspections").then();
    }

    private static Map<String, Object> body(String matter, List<UUID> officers, List<String> departments,
            String conductedOn) {
        return new HashMap<>(Map.of("conductedOn", conductedOn, "matterCode", matter, "villageCode", CaseApi.village(),
                "kind", "ROUTINE", "departmentCodes", departments, "officerIds", officers, "target",
                Map.of("kind", "ORGANIZATION", "name", "重庆某某建材有限公司"), "enterpriseRelated", true, "findings",
                "消防通道堵塞，已责令当场整改"));
    }

    private static long outboxRows() {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count());
    }
}
