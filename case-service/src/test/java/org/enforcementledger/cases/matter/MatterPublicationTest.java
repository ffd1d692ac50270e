package org.enforcementledger.cases.matter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.enforcementledger.cases.support.Auth.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.enforcementledger.cases.casefile.CaseFile;
import org.enforcementledger.cases.inspection.Inspection;
import org.enforcementledger.cases.outbox.OutboxEvent;
import org.enforcementledger.cases.support.Auth;
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

/** R8.3: matters carry their publication; nothing is inspected or filed under a matter not published by the act's day. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, scope = TestResourceScope.GLOBAL)
class MatterPublicationTest {

    private static final String BULLETIN = "重庆市渝北区人民政府公报 2024 年第 5 期";

    @Test
    void nothingIsFiledOrInspectedUnderAMatterBeforeItsPublicationDayR83() {
        String penalty = catalogue("PENALTY", "2024-03-01", CaseApi.PUBLISHED_AT);
        String inspection = catalogue("INSPECTION", "2024-03-01", CaseApi.PUBLISHED_AT);
        List<UUID> team = PersonnelFeed.team();
        String village = CaseApi.village();

        long[] before = rows();
        CaseApi.file(CaseApi.newCase(penalty, village, team, "2024-02-29")).statusCode(422)
                .contentType("application/problem+json").body("rule", equalTo("R8.3"))
                .body("detail", equalTo("R8.3: matter " + penalty + " is published only on 2024-03-01 ("
                        + CaseApi.PUBLISHED_AT + "); it may not be acted under on 2024-02-29."));
        inspect(inspection, village, team, "2024-02-29").statusCode(422).contentType("application/problem+json")
                .body("rule", equalTo("R8.3"))
                .body("detail", equalTo("R8.3: matter " + inspection + " is published only on 2024-03-01 ("
                        + CaseApi.PUBLISHED_AT + "); it may not be acted under on 2024-02-29."));
        assertThat(rows()).containsExactly(before);

        CaseApi.file(CaseApi.newCase(penalty, village, team, "2024-03-01")).statusCode(201)
                .body("warnings", empty());
        inspect(inspection, village, team, "2024-03-01").statusCode(201).body("warnings", empty());
    }

    @Test
    void aMatterCataloguedWithoutItsPublicationIsUnpublishedUntilItIsRecordedR83() {
        String code = CaseApi.unique("M");
        given().contentType(ContentType.JSON).body(newMatter(code, "PENALTY")).post("/api/v1/matters").then()
                .statusCode(201).body("publishedOn", nullValue()).body("publishedAt", nullValue())
                .body("predatesPublicationRecords", equalTo(false));
        List<UUID> team = PersonnelFeed.team();
        String village = CaseApi.village();

        long[] before = rows();
        CaseApi.file(CaseApi.newCase(code, village, team, "2024-05-06")).statusCode(422)
                .body("rule", equalTo("R8.3")).body("detail", equalTo("R8.3: matter " + code + " is not published "
                        + "(no publication is recorded); an unpublished matter may not be inspected or acted under."));
        assertThat(rows()).containsExactly(before);

        publish(code, "2024-05-06", BULLETIN).statusCode(200).body("code", equalTo(code))
                .body("publishedOn", equalTo("2024-05-06")).body("publishedAt", equalTo(BULLETIN));
        CaseApi.file(CaseApi.newCase(code, village, team, "2024-05-05")).statusCode(422)
                .body("rule", equalTo("R8.3"));
        CaseApi.file(CaseApi.newCase(code, village, team, "2024-05-06")).statusCode(201);
        publish(code, "2024-05-01", BULLETIN).statusCode(409).contentType("application/problem+json")
                .body("detail", equalTo("Matter " + code + " has its publication recorded already: 2024-05-06 ("
                        + BULLETIN + ")."));
    }

    @Test
    void aMatterCataloguedBeforePublicationsWereRecordedIsActedUnderWithAWarningR83() {
        String penalty = CaseApi.penaltyMatter();
        String inspection = CaseApi.matter("STATUTORY", "INSPECTION", "2020-01-01", null);
        cataloguedBeforePublicationsWereRecorded(penalty);
        cataloguedBeforePublicationsWereRecorded(inspection);
        List<UUID> team = PersonnelFeed.team();
        String village = CaseApi.village();

        String warning = "R8.3: matter " + penalty + " was catalogued before publications were recorded and its "
                + "publication is still not recorded";
        String caseId = CaseApi.file(CaseApi.newCase(penalty, village, team, "2024-05-06")).statusCode(201)
                .body("warnings", contains(warning)).extract().path("id");
        given().get("/api/v1/cases/{id}", caseId).then().statusCode(200).body("warnings", contains(warning));
        String inspectionId = inspect(inspection, village, team, "2024-05-06").statusCode(201)
                .body("warnings", contains("R8.3: matter " + inspection + " was catalogued before publications were "
                        + "recorded and its publication is still not recorded"))
                .extract().path("id");
        given().get("/api/v1/inspections/{id}", inspectionId).then().statusCode(200).body("warnings[0]",
                equalTo("R8.3: matter " + inspection + " was catalogued before publications were recorded and its "
                        + "publication is still not recorded"));
        given().get("/api/v1/matters").then().statusCode(200)
                .body("find { it.code == '" + penalty + "' }.predatesPublicationRecords", equalTo(true));

        publish(penalty, "2024-05-07", BULLETIN).statusCode(200).body("predatesPublicationRecords", equalTo(true));
        CaseApi.file(CaseApi.newCase(penalty, village, team, "2024-05-06")).statusCode(422)
                .body("rule", equalTo("R8.3"));
        CaseApi.file(CaseApi.newCase(penalty, village, team, "2024-05-07")).statusCode(201)
                .body("warnings", empty());
    }

    @Test
    void aPublicationIsGivenWholeNotInTheFutureAndOnlyForTheTownsOwnMatter() {
        Map<String, Object> dayOnly = newMatter(CaseApi.unique("M"), "PENALTY");
        dayOnly.put("publishedOn", "2024-01-01");
        given().contentType(ContentType.JSON).body(dayOnly).post("/api/v1/matters").then().statusCode(400)
                .body("errors[0].field", equalTo("publishedAt"))
                .body("errors[0].message", equalTo("is required with publishedOn"));
        Map<String, Object> placeOnly = newMatter(CaseApi.unique("M"), "PENALTY");
        placeOnly.put("publishedAt", BULLETIN);
        given().contentType(ContentType.JSON).body(placeOnly).post("/api/v1/matters").then().statusCode(400)
                .body("errors[0].field", equalTo("publishedOn"));
        Map<String, Object> tomorrow = newMatter(CaseApi.unique("M"), "PENALTY");
        tomorrow.put("publishedOn", LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1).toString());
        tomorrow.put("publishedAt", BULLETIN);
        given().contentType(ContentType.JSON).body(tomorrow).post("/api/v1/matters").then().statusCode(400)
                .body("errors[0].field", equalTo("publishedOn"))
                .body("errors[0].message", equalTo("must not be in the future"));

        String unpublished = CaseApi.unique("M");
        given().contentType(ContentType.JSON).body(newMatter(unpublished, "PENALTY")).post("/api/v1/matters").then()
                .statusCode(201);
        Auth.as("admin.longxi", Auth.OTHER_TOWN, "admin").contentType(ContentType.JSON)
                .body(Map.of("publishedOn", "2024-01-01", "publishedAt", BULLETIN))
                .post("/api/v1/matters/{code}/publication", unpublished).then().statusCode(404);
        publish(CaseApi.unique("NONE"), "2024-01-01", BULLETIN).statusCode(404);
        publish(unpublished, "2024-01-01", "").statusCode(400).body("errors[0].field", equalTo("publishedAt"));
        given().get("/api/v1/matters").then()
                .body("find { it.code == '" + unpublished + "' }.publishedOn", nullValue());
    }

    private static Map<String, Object> newMatter(String code, String actType) {
        return new HashMap<>(Map.of("code", code, "name", "事项 " + code, "actType", actType, "source", "STATUTORY",
                "legalBasis", "《中华人民共和国安全生产法》第九十七条", "effectiveFrom", "2020-01-01"));
    }

    private static String catalogue(String actType, String publishedOn, String publishedAt) {
        String code = CaseApi.unique("M");
        Map<String, Object> body = newMatter(code, actType);
        body.put("publishedOn", publishedOn);
        body.put("publishedAt", publishedAt);
        given().contentType(ContentType.JSON).body(body).post("/api/v1/matters").then().statusCode(201)
                .body("publishedOn", equalTo(publishedOn)).body("publishedAt", equalTo(publishedAt));
        return code;
    }

    private static ValidatableResponse publish(String code, String publishedOn, String publishedAt) {
        return given().contentType(ContentType.JSON).body(Map.of("publishedOn", publishedOn, "publishedAt",
                publishedAt)).post("/api/v1/matters/{code}/publication", code).then();
    }

    /** As migration V8 leaves a matter that was in the catalogue before it. */
    private static void cataloguedBeforePublicationsWereRecorded(String code) {
        QuarkusTransaction.requiringNew().run(() -> Matter.update("publishedOn = null, publishedAt = null, "
                + "predatesPublicationRecords = true where orgUnit = ?1 and code = ?2", Auth.TOWN, code));
    }

    private static ValidatableResponse inspect(String matter, String village, List<UUID> officers, String day) {
        return given().contentType(ContentType.JSON).body(Map.of("conductedOn", day, "matterCode", matter,
                "villageCode", village, "kind", "ROUTINE", "departmentCodes", List.of("BRIGADE"), "officerIds",
                officers, "target", Map.of("kind", "ORGANIZATION", "name", "重庆某某建材有限公司"), "enterpriseRelated",
                true, "findings", "消防通道堵塞，已责令当场整改"))
                .post("/api/v1/inspections").then();
    }

    /** Outbox events, cases and inspections: what a refused act must leave as it was. */
    private static long[] rows() {
        return QuarkusTransaction.requiringNew().call(() -> new long[] { OutboxEvent.count(), CaseFile.count(),
                Inspection.count() });
    }
}
