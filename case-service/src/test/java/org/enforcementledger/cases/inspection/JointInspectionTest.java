package org.enforcementledger.cases.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.enforcementledger.cases.support.Auth.OTHER_TOWN;
import static org.enforcementledger.cases.support.Auth.TOWN;
import static org.enforcementledger.cases.support.Auth.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

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

/**
 * Joint inspections (联合检查行动, R8.7): one operation of two or more enforcement bodies, with a lead, one shared
 * checklist and one record per inspected object; every refusal writes nothing.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, scope = TestResourceScope.GLOBAL)
class JointInspectionTest {

    private static final String C = "enforcementledger.case.";
    private static final String FIRM = "重庆某某建材有限公司";
    private static final List<String> CHECKLIST = List.of("消防通道是否畅通", "安全生产教育培训记录");

    @Test
    void aJointOperationOverSeveralObjectsIsOneOperationWithOneRecordPerObjectR87() {
        try (EventCapture capture = new EventCapture()) {
            String bureau = body("DISTRICT_BUREAU");
            String fire = body("FIRE_RESCUE");
            String matter = inspectionMatter();
            String village = CaseApi.village();
            List<UUID> team = PersonnelFeed.team();

            String id = record(operation(bureau, List.of(TOWN, fire), List.of(matter), village, team,
                    List.of(object(FIRM + "A", "消防通道堵塞"), object(FIRM + "B", "未见异常"), object(FIRM + "C", null))))
                    .statusCode(201).header("Location", containsString("/api/v1/joint-inspections/"))
                    .body("leadBodyCode", equalTo(bureau)).body("participatingBodyCodes", contains(TOWN, fire))
                    .body("matterCodes", contains(matter)).body("checklist", equalTo(CHECKLIST))
                    .body("kind", equalTo("SPECIAL")).body("departmentCodes", contains("BRIGADE", "SAFETY"))
                    .body("objects", hasSize(3))
                    .body("objects.targetName", contains(FIRM + "A", FIRM + "B", FIRM + "C"))
                    .body("objects.recordComplete", contains(true, true, false))
                    .extract().path("id");
            String added = addObject(id, object(FIRM + "D", "灭火器过期")).statusCode(201)
                    .header("Location", containsString("/api/v1/inspections/"))
                    .body("joint", equalTo(true)).body("jointInspectionId", equalTo(id))
                    .body("matterCode", equalTo(matter)).body("recordComplete", equalTo(true))
                    .extract().path("id");
            given().get("/api/v1/joint-inspections/{id}", id).then().statusCode(200).body("objects", hasSize(4))
                    .body("objects.inspectionId", org.hamcrest.Matchers.hasItem(added));
            given().get("/api/v1/inspections/{id}", added).then().statusCode(200).body("joint", equalTo(true));

            List<EventCapture.Captured> all = capture.awaitUntil(Duration.ofSeconds(15),
                    events -> !EventCapture.forSubject(events, id).isEmpty() && objectsOf(events, id).size() == 4);
            List<EventCapture.Captured> operationEvents = EventCapture.forSubject(all, id);
            assertThat(operationEvents).extracting(EventCapture.Captured::type)
                    .containsExactly(C + "joint-inspection.recorded.v1");
            var data = operationEvents.get(0).data();
            assertThat(data.path("operationId").asText()).isEqualTo(id);
            assertThat(data.path("conductedOn").asText()).isEqualTo("2024-04-18");
            assertThat(data.path("leadBodyCode").asText()).isEqualTo(bureau);
            assertThat(data.path("participatingBodyCodes")).extracting(n -> n.asText()).containsExactly(TOWN, fire);
            assertThat(data.path("matterCodes")).extracting(n -> n.asText()).containsExactly(matter);
            assertThat(data.path("checklist")).extracting(n -> n.asText()).containsExactlyElementsOf(CHECKLIST);
            assertThat(data.path("villageCode").asText()).isEqualTo(village);
            assertThat(data.path("kind").asText()).isEqualTo("SPECIAL");
            assertThat(data.path("objectCount").asInt()).isEqualTo(3);
            assertThat(data.path("enterpriseRelated").asBoolean()).isTrue();

            List<EventCapture.Captured> objects = objectsOf(all, id);
            assertThat(objects).allSatisfy(o -> {
                assertThat(o.type()).isEqualTo(C + "inspection.recorded.v1");
                assertThat(o.data().path("joint").asBoolean()).isTrue();
                assertThat(o.data().path("kind").asText()).isEqualTo("SPECIAL");
                assertThat(o.data().path("departmentCodes")).extracting(n -> n.asText())
                        .containsExactly("BRIGADE", "SAFETY");
            });
            assertThat(objects).extracting(o -> o.data().path("recordComplete").asBoolean())
                    .containsExactlyInAnyOrder(true, true, false, true);
            for (EventCapture.Captured event : operationEvents) {
                assertThat(EventSchemas.validate(event.event())).isEmpty();
            }
            for (EventCapture.Captured event : objects) {
                assertThat(EventSchemas.validate(event.event())).isEmpty();
            }
        }
    }

    @Test
    void anObjectRecordedTwiceInOneOperationIsA409AndNothingIsWritten() {
        String bureau = body("DISTRICT_BUREAU");
        String matter = inspectionMatter();
        String village = CaseApi.village();
        List<UUID> team = PersonnelFeed.team();

        long[] before = rows();
        record(operation(bureau, List.of(TOWN), List.of(matter), village, team,
                List.of(object(FIRM + "A", "消防通道堵塞"), object(FIRM + "B", null), object(" " + FIRM + "A ", "复查"))))
                .statusCode(409).contentType("application/problem+json")
                .body("detail", equalTo("objects[2].target: " + FIRM + "A (ORGANIZATION) is recorded already in this "
                        + "joint inspection, as objects[0]."));
        assertThat(rows()).containsExactly(before);

        String id = record(operation(bureau, List.of(TOWN), List.of(matter), village, team,
                List.of(object(FIRM + "A", "消防通道堵塞"), object(FIRM + "B", null)))).statusCode(201)
                .extract().path("id");
        before = rows();
        addObject(id, object(" " + FIRM + "B", "补充检查")).statusCode(409).contentType("application/problem+json")
                .body("detail", startsWith("target: " + FIRM + "B (ORGANIZATION) is recorded already in joint "
                        + "inspection " + id + ": inspection "));
        assertThat(rows()).containsExactly(before);

        addObject(id, Map.of("target", Map.of("kind", "PERSON", "name", FIRM + "B"))).statusCode(201);
        record(operation(bureau, List.of(TOWN), List.of(matter), village, team,
                List.of(object(FIRM + "A", "复查")))).statusCode(201);
    }

    @Test
    void aJointOperationHasTwoOrMoreBodiesTheTownAmongThemR87() {
        String bureau = body("DISTRICT_BUREAU");
        String fire = body("FIRE_RESCUE");
        String matter = inspectionMatter();
        String village = CaseApi.village();
        List<UUID> team = PersonnelFeed.team();

        long[] before = rows();
        record(operation(TOWN, List.of(), List.of(matter), village, team, List.of(object(FIRM, "消防通道堵塞"))))
                .statusCode(422).contentType("application/problem+json").body("rule", equalTo("R8.7"))
                .body("detail", equalTo("R8.7: a joint inspection is one operation of two or more enforcement "
                        + "bodies; only 500112-dawan is named (the town's own offices and brigade are one body, "
                        + "500112-dawan)."));
        record(operation(TOWN, List.of(TOWN), List.of(matter), village, team, List.of())).statusCode(400)
                .body("errors[0].field", equalTo("participatingBodyCodes[0]"))
                .body("errors[0].message", equalTo("is the lead body; name it once, as leadBodyCode"));
        record(operation(bureau, List.of(fire, fire), List.of(matter), village, team, List.of())).statusCode(400)
                .body("errors[0].field", equalTo("participatingBodyCodes[1]"));
        record(operation(bureau, List.of(fire), List.of(matter), village, team, List.of())).statusCode(422)
                .body("rule", equalTo("R8.7")).body("detail", equalTo("R8.7: the town records the joint inspections "
                        + "it takes part in; its own body 500112-dawan is neither the lead nor a participant."));
        assertThat(rows()).containsExactly(before);

        record(operation(TOWN, List.of(bureau), List.of(matter), village, team, List.of())).statusCode(201)
                .body("objects", hasSize(0));
    }

    @Test
    void anUnknownBodyIsRefusedNamingTheField() {
        String bureau = body("DISTRICT_BUREAU");
        String longxis = CaseApi.unique("LX-B");
        Auth.as("admin.longxi", OTHER_TOWN, "admin").contentType(ContentType.JSON)
                .body(Map.of("code", longxis, "name", "龙溪镇人民政府", "kind", "NEIGHBOURING_TOWN"))
                .post("/api/v1/enforcement-bodies").then().statusCode(201);
        String matter = inspectionMatter();
        String village = CaseApi.village();
        List<UUID> team = PersonnelFeed.team();

        long[] before = rows();
        record(operation(TOWN, List.of(bureau, "NO-SUCH-BODY"), List.of(matter), village, team, List.of()))
                .statusCode(422).body("type", equalTo("urn:enforcement-ledger:problem:unknown-reference"))
                .body("errors[0].field", equalTo("participatingBodyCodes[1]"))
                .body("errors[0].message", equalTo("No enforcement body NO-SUCH-BODY in this town's register."));
        record(operation(longxis, List.of(TOWN), List.of(matter), village, team, List.of())).statusCode(422)
                .body("errors[0].field", equalTo("leadBodyCode"))
                .body("errors[0].message", equalTo("No enforcement body " + longxis + " in this town's register."));
        assertThat(rows()).containsExactly(before);
    }

    @Test
    void eachMatterIsPublishedAndEachObjectIsUnderOneOfThemR83() {
        String bureau = body("DISTRICT_BUREAU");
        String matter = inspectionMatter();
        String unpublished = CaseApi.unique("M");
        given().contentType(ContentType.JSON).body(Map.of("code", unpublished, "name", "事项", "actType", "INSPECTION",
                "source", "STATUTORY", "legalBasis", "《中华人民共和国安全生产法》第六十五条", "effectiveFrom", "2020-01-01"))
                .post("/api/v1/matters").then().statusCode(201);
        String village = CaseApi.village();
        List<UUID> team = PersonnelFeed.team();

        long[] before = rows();
        record(operation(bureau, List.of(TOWN), List.of(matter, unpublished), village, team, List.of()))
                .statusCode(422).body("rule", equalTo("R8.3")).body("detail", equalTo("R8.3: matter " + unpublished
                        + " is not published (no publication is recorded); an unpublished matter may not be inspected "
                        + "or acted under."));
        Map<String, Object> elsewhere = object(FIRM, "消防通道堵塞");
        elsewhere.put("matterCode", CaseApi.penaltyMatter());
        record(operation(bureau, List.of(TOWN), List.of(matter), village, team, List.of(elsewhere))).statusCode(400)
                .body("errors[0].field", equalTo("objects[0].matterCode"))
                .body("errors[0].message", equalTo("must be one of the joint inspection's matterCodes [" + matter
                        + "]"));
        assertThat(rows()).containsExactly(before);
    }

    @Test
    void anotherTownsJointInspectionIsNotFound() {
        String id = record(operation(body("DISTRICT_BUREAU"), List.of(TOWN), List.of(inspectionMatter()),
                CaseApi.village(), PersonnelFeed.team(), List.of(object(FIRM, "消防通道堵塞")))).statusCode(201)
                .extract().path("id");
        Auth.as("li.officer", OTHER_TOWN, "case-officer").get("/api/v1/joint-inspections/{id}", id).then()
                .statusCode(404).body("detail", equalTo("No joint inspection " + id + "."));
        Auth.as("li.officer", OTHER_TOWN, "case-officer").contentType(ContentType.JSON)
                .body(object(FIRM + "Z", "未见异常")).post("/api/v1/joint-inspections/{id}/objects", id).then()
                .statusCode(404);
        Auth.as("zhao.supervisor", "500112", "district-supervisor").get("/api/v1/joint-inspections/{id}", id).then()
                .statusCode(200).body("objects", hasSize(1));
    }

    private static List<EventCapture.Captured> objectsOf(List<EventCapture.Captured> events, String operationId) {
        return events.stream().filter(e -> operationId.equals(e.data().path("jointOperationId").asText(null)))
                .toList();
    }

    private static String body(String kind) {
        String code = CaseApi.unique("B");
        given().contentType(ContentType.JSON).body(Map.of("code", code, "name", "执法主体 " + code, "kind", kind))
                .post("/api/v1/enforcement-bodies").then().statusCode(201);
        return code;
    }

    private static String inspectionMatter() {
        return CaseApi.matter("STATUTORY", "INSPECTION", "2020-01-01", null);
    }

    private static Map<String, Object> operation(String lead, List<String> participants, List<String> matters,
            String village, List<UUID> officers, List<Map<String, Object>> objects) {
        Map<String, Object> body = new HashMap<>();
        body.put("conductedOn", "2024-04-18");
        body.put("leadBodyCode", lead);
        body.put("participatingBodyCodes", participants);
        body.put("matterCodes", matters);
        body.put("checklist", CHECKLIST);
        body.put("villageCode", village);
        body.put("kind", "SPECIAL");
        body.put("officerIds", officers);
        body.put("enterpriseRelated", true);
        body.put("objects", objects);
        return body;
    }

    private static Map<String, Object> object(String name, String findings) {
        Map<String, Object> object = new HashMap<>();
        object.put("target", Map.of("kind", "ORGANIZATION", "name", name));
        if (findings != null) {
            object.put("findings", findings);
        }
        return object;
    }

    private static ValidatableResponse record(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/joint-inspections").then();
    }

    private static ValidatableResponse addObject(String id, Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/joint-inspections/{id}/objects", id)
                .then();
    }

    /** Outbox events, joint inspections and inspections: what a refusal must leave as it was. */
    private static long[] rows() {
        return QuarkusTransaction.requiringNew().call(() -> new long[] { OutboxEvent.count(),
                JointInspection.count(), Inspection.count() });
    }
}
