package org.enforcementledger.cases.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.enforcementledger.cases.support.Auth.OTHER_TOWN;
import static org.enforcementledger.cases.support.Auth.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.enforcementledger.cases.support.Auth;
import org.enforcementledger.cases.support.CaseApi;
import org.enforcementledger.cases.support.PersonnelFeed;
import org.enforcementledger.localstack.LocalStackTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** The district platform's id of a case or an inspection: recorded once per town, a second create is a 409. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, scope = TestResourceScope.GLOBAL)
class ExternalRefTest {

    @Test
    void aSecondCaseWithTheSameRefIs409NamingTheFirstAndWritesNothing() throws SQLException {
        String ref = CaseApi.unique("DW-2024");
        Map<String, Object> body = CaseApi.newCase(CaseApi.penaltyMatter(), CaseApi.village(), PersonnelFeed.team(),
                "2024-05-06");
        body.put("externalRef", ref);
        String first = CaseApi.file(body).statusCode(201).body("externalRef", equalTo(ref)).extract().path("id");
        given().get("/api/v1/cases/{id}", first).then().statusCode(200).body("externalRef", equalTo(ref));

        long outboxBefore = count("SELECT count(*) FROM casefile.outbox_event");
        long casesBefore = count("SELECT count(*) FROM casefile.case_file");
        body.put("summary", "重复提交");
        CaseApi.file(body).statusCode(409)
                .contentType("application/problem+json")
                .header("Location", endsWith("/api/v1/cases/" + first))
                .body("type", equalTo("urn:enforcement-ledger:problem:conflict"))
                .body("status", equalTo(409))
                .body("externalRef", equalTo(ref))
                .body("existingId", equalTo(first))
                .body("existing", equalTo("/api/v1/cases/" + first))
                .body("detail", equalTo("A case with externalRef '" + ref + "' is recorded already in this town: "
                        + first + "."));
        assertThat(count("SELECT count(*) FROM casefile.outbox_event")).isEqualTo(outboxBefore);
        assertThat(count("SELECT count(*) FROM casefile.case_file")).isEqualTo(casesBefore);
        assertThat(casesWithRef(ref)).isEqualTo(1);

        given().get("/api/v1/cases?externalRef={ref}", ref).then().statusCode(200)
                .body("total", equalTo(1)).body("items.id", contains(first))
                .body("items[0].externalRef", equalTo(ref));
    }

    @Test
    void anotherTownMayUseTheSameRef() {
        String ref = CaseApi.unique("DW-2024");
        Map<String, Object> body = CaseApi.newCase(CaseApi.penaltyMatter(), CaseApi.village(), PersonnelFeed.team(),
                "2024-05-06");
        body.put("externalRef", ref);
        String here = CaseApi.file(body).statusCode(201).extract().path("id");

        String village = CaseApi.unique("LX");
        Auth.as("admin.longxi", OTHER_TOWN, "admin").contentType(ContentType.JSON)
                .body(Map.of("code", village, "name", "龙溪村")).post("/api/v1/villages").then().statusCode(201);
        String matter = CaseApi.unique("LX-M");
        Auth.as("admin.longxi", OTHER_TOWN, "admin").contentType(ContentType.JSON)
                .body(Map.of("code", matter, "name", "未按规定开展安全生产教育培训", "actType", "PENALTY", "source",
                        "STATUTORY", "legalBasis", "《中华人民共和国安全生产法》第九十七条", "effectiveFrom", "2020-01-01",
                        "publishedOn", "2020-01-01", "publishedAt", CaseApi.PUBLISHED_AT))
                .post("/api/v1/matters").then().statusCode(201);
        Map<String, Object> there = CaseApi.newCase(matter, village, PersonnelFeed.team(OTHER_TOWN), "2024-05-06");
        there.put("externalRef", ref);
        String other = Auth.as("li.officer", OTHER_TOWN, "case-officer").contentType(ContentType.JSON).body(there)
                .post("/api/v1/cases").then().statusCode(201)
                .body("orgUnit", equalTo(OTHER_TOWN)).body("externalRef", equalTo(ref)).extract().path("id");
        assertThat(other).isNotEqualTo(here);
    }

    @Test
    void concurrentCasesWithTheSameRefRecordOneAndName409sAfterIt() throws Exception {
        String ref = CaseApi.unique("DW-RACE");
        String matter = CaseApi.penaltyMatter();
        String village = CaseApi.village();
        List<UUID> team = PersonnelFeed.team();
        CaseApi.fileCase(CaseApi.newCase(matter, village, team, "2024-05-06")); // the replica knows the team now
        int callers = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            List<Future<Response>> answers = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                Map<String, Object> body = new HashMap<>(CaseApi.newCase(matter, village, team, "2024-05-06"));
                body.put("externalRef", ref);
                Callable<Response> call = () -> {
                    start.await();
                    return given().contentType(ContentType.JSON).body(body).post("/api/v1/cases");
                };
                answers.add(pool.submit(call));
            }
            start.countDown();
            List<Response> responses = new ArrayList<>();
            for (Future<Response> answer : answers) {
                responses.add(answer.get());
            }
            List<Response> created = responses.stream().filter(r -> r.statusCode() == 201).toList();
            assertThat(created).hasSize(1);
            String winner = created.get(0).path("id");
            assertThat(responses).filteredOn(r -> r.statusCode() != 201)
                    .hasSize(callers - 1)
                    .allSatisfy(r -> {
                        assertThat(r.statusCode()).isEqualTo(409);
                        assertThat(r.<String> path("existingId")).isEqualTo(winner);
                        assertThat(r.header("Location")).endsWith("/api/v1/cases/" + winner);
                    });
        } finally {
            pool.shutdownNow();
        }
        assertThat(casesWithRef(ref)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM casefile.outbox_event WHERE message_key = '"
                + given().get("/api/v1/cases?externalRef={ref}", ref).then().extract().<String> path("items[0].id")
                + "'")).isEqualTo(1);
    }

    @Test
    void aSecondInspectionWithTheSameRefIs409NamingTheFirst() throws SQLException {
        String ref = CaseApi.unique("JC-2024");
        Map<String, Object> body = new HashMap<>(Map.of("conductedOn", "2024-04-18", "matterCode",
                CaseApi.matter("STATUTORY", "INSPECTION", "2020-01-01", null), "villageCode", CaseApi.village(),
                "kind", "ROUTINE", "departmentCodes", List.of("BRIGADE"), "officerIds", PersonnelFeed.team(),
                "target", Map.of("kind", "ORGANIZATION", "name", "重庆某某建材有限公司"), "enterpriseRelated", true,
                "findings", "消防通道堵塞，已责令当场整改"));
        body.put("externalRef", ref);
        String first = given().contentType(ContentType.JSON).body(body).post("/api/v1/inspections").then()
                .statusCode(201).body("externalRef", equalTo(ref)).extract().path("id");
        long outboxBefore = count("SELECT count(*) FROM casefile.outbox_event");
        given().contentType(ContentType.JSON).body(body).post("/api/v1/inspections").then().statusCode(409)
                .contentType("application/problem+json")
                .header("Location", endsWith("/api/v1/inspections/" + first))
                .body("existingId", equalTo(first))
                .body("existing", equalTo("/api/v1/inspections/" + first))
                .body("detail", equalTo("An inspection with externalRef '" + ref + "' is recorded already in this "
                        + "town: " + first + "."));
        assertThat(count("SELECT count(*) FROM casefile.outbox_event")).isEqualTo(outboxBefore);
        given().get("/api/v1/inspections/{id}", first).then().statusCode(200).body("externalRef", equalTo(ref));

        body.remove("externalRef");
        given().contentType(ContentType.JSON).body(body).post("/api/v1/inspections").then().statusCode(201)
                .body("externalRef", equalTo(null));
    }

    @Test
    void aRefLongerThan100CharactersIs400() {
        Map<String, Object> body = CaseApi.newCase(CaseApi.penaltyMatter(), CaseApi.village(), PersonnelFeed.team(),
                "2024-05-06");
        body.put("externalRef", "X".repeat(101));
        CaseApi.file(body).statusCode(400).body("errors[0].field", equalTo("externalRef"))
                .body("errors[0].message", equalTo("size must be between 1 and 100"));
        body.put("externalRef", "");
        CaseApi.file(body).statusCode(400).body("errors.field", contains("externalRef"))
                .body("$", not(hasKey("existingId")));
    }

    static long casesWithRef(String ref) throws SQLException {
        return count("SELECT count(*) FROM casefile.case_file WHERE external_ref = '" + ref.replace("'", "''") + "'");
    }

    static long count(String sql) throws SQLException {
        var infrastructure = LocalStackTestResource.infrastructure();
        try (Connection connection = DriverManager.getConnection(infrastructure.jdbcUrl(), infrastructure.username(),
                infrastructure.password()); PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet result = statement.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }
}
