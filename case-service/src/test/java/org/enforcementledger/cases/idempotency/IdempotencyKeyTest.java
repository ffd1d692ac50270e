package org.enforcementledger.cases.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.enforcementledger.cases.support.Auth.OTHER_TOWN;
import static org.enforcementledger.cases.support.Auth.TOWN;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.enforcementledger.cases.support.Auth;
import org.enforcementledger.cases.support.CaseApi;
import org.enforcementledger.cases.support.PersonnelFeed;
import org.enforcementledger.localstack.LocalInfrastructure;
import org.enforcementledger.localstack.LocalStackTestResource;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Safe retries: the Idempotency-Key header on every POST of case-service (issue #6, item 5). */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, scope = TestResourceScope.GLOBAL)
class IdempotencyKeyTest {

    private static final String HEADER = "Idempotency-Key";
    /** The user of {@link Auth#given()}. */
    private static final String USER = "clerk.test";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aRetriedFilingWithTheSameKeyCreatesOneCaseAndOneEventAndReplaysTheFirst201() throws Exception {
        String ref = CaseApi.unique("DW-2024");
        String body = json(withRef(CaseApi.newCase(CaseApi.penaltyMatter(), CaseApi.village(), PersonnelFeed.team(),
                "2024-05-06"), ref));
        String key = UUID.randomUUID().toString();
        long outboxBefore = count("SELECT count(*) FROM casefile.outbox_event");

        ExtractableResponse<Response> first = file(Auth.given(), key, body).then().statusCode(201).extract();
        // The body carries an externalRef the town now holds: without the key this would be the 409 naming the case;
        // with it, the first 201 is replayed.
        ExtractableResponse<Response> retry = file(Auth.given(), key, body).then().statusCode(201).extract();

        String id = first.path("id");
        assertThat(first.header("Location")).endsWith("/api/v1/cases/" + id);
        assertThat(first.header(ReplayedResponse.REPLAYED_HEADER)).isNull();
        assertThat(retry.header(ReplayedResponse.REPLAYED_HEADER)).isEqualTo("true");
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.body().asString()).isEqualTo(first.body().asString());
        assertThat(retry.contentType()).isEqualTo(first.contentType());
        // The keyed answer is the case as it was stored.
        assertThat(Auth.given().get("/api/v1/cases/{id}", id).then().statusCode(200).extract().body().asString())
                .isEqualTo(first.body().asString());

        assertThat(count("SELECT count(*) FROM casefile.case_file WHERE external_ref = ?", ref)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM casefile.outbox_event")).isEqualTo(outboxBefore + 1);
        assertThat(count("SELECT count(*) FROM casefile.outbox_event WHERE message_key = ?", id)).isEqualTo(1);
        assertThat(query("SELECT status_code || ' ' || length(fingerprint) || ' ' || method || ' ' || path "
                + "FROM casefile.idempotency_key WHERE org_unit = ? AND actor = ? AND idempotency_key = ?", TOWN, USER,
                key)).containsExactly("201 64 POST /api/v1/cases");

        // Without the key, the same body is still the 409 naming the first case.
        Auth.given().contentType(ContentType.JSON).body(body).post("/api/v1/cases").then().statusCode(409)
                .body("existingId", equalTo(id));
    }

    @Test
    void aRetriedDecisionIsRecordedOnceAndReplays200WithTheDecidedCase() throws Exception {
        UUID caseId = CaseApi.fileCase(CaseApi.newCase(CaseApi.penaltyMatter(), CaseApi.village(),
                PersonnelFeed.team(), "2024-05-06"));
        String decision = json(CaseApi.decision("2024-05-10", List.of(CaseApi.fine("1000"))));
        String key = UUID.randomUUID().toString();

        String first = Auth.given().header(HEADER, key).contentType(ContentType.JSON).body(decision)
                .post("/api/v1/cases/{id}/decision", caseId).then().statusCode(200)
                .body("status", equalTo("DECIDED")).extract().body().asString();
        String retry = Auth.given().header(HEADER, key).contentType(ContentType.JSON).body(decision)
                .post("/api/v1/cases/{id}/decision", caseId).then().statusCode(200)
                .header(ReplayedResponse.REPLAYED_HEADER, "true").extract().body().asString();

        assertThat(retry).isEqualTo(first);
        assertThat(Auth.given().get("/api/v1/cases/{id}", caseId).then().statusCode(200).extract().body().asString())
                .isEqualTo(first);
        assertThat(JsonPath.from(first).getList("history.action")).containsExactly("FILED", "DECIDED");
        assertThat(count("SELECT count(*) FROM casefile.outbox_event WHERE message_key = ?", caseId.toString()))
                .isEqualTo(2);
        // A second decision without the key is still refused.
        Auth.given().contentType(ContentType.JSON).body(decision).post("/api/v1/cases/{id}/decision", caseId).then()
                .statusCode(409);
    }

    @Test
    void theSameKeyWithAnotherBodyIs422AndChangesNothing() throws Exception {
        String matter = CaseApi.penaltyMatter();
        String village = CaseApi.village();
        List<UUID> team = PersonnelFeed.team();
        String key = UUID.randomUUID().toString();
        String id = file(Auth.given(), key, json(CaseApi.newCase(matter, village, team, "2024-05-06"))).then()
                .statusCode(201).extract().path("id");
        long outboxAfterFirst = count("SELECT count(*) FROM casefile.outbox_event");
        long casesAfterFirst = count("SELECT count(*) FROM casefile.case_file");

        Map<String, Object> other = CaseApi.newCase(matter, village, team, "2024-05-06");
        other.put("summary", "另一起案件");
        file(Auth.given(), key, json(other)).then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:enforcement-ledger:problem:idempotency-key-reused"))
                .body("title", equalTo("Idempotency-Key reused"))
                .body("status", equalTo(422))
                .body("detail", equalTo("The Idempotency-Key '" + key + "' was already used for a different request "
                        + "(POST /api/v1/cases, with another body or path); send a new key for a new request."));
        // Another path with the same key, too.
        Auth.given().header(HEADER, key).contentType(ContentType.JSON)
                .body(Map.of("code", CaseApi.unique("V"), "name", "村")).post("/api/v1/villages").then()
                .statusCode(422).body("type", equalTo("urn:enforcement-ledger:problem:idempotency-key-reused"));

        assertThat(count("SELECT count(*) FROM casefile.case_file")).isEqualTo(casesAfterFirst);
        assertThat(count("SELECT count(*) FROM casefile.outbox_event")).isEqualTo(outboxAfterFirst);
        Auth.given().get("/api/v1/cases/{id}", id).then().statusCode(200)
                .body("summary", equalTo("未按规定开展安全生产教育培训"));
    }

    @Test
    void anotherTownsClerkWithTheSameKeyIsIndependent() throws Exception {
        String matter = CaseApi.penaltyMatter();
        String village = CaseApi.village();
        // The same matter and village codes in the other town.
        RequestSpecification otherAdmin = Auth.as("li.admin", OTHER_TOWN, "admin");
        otherAdmin.contentType(ContentType.JSON).body(Map.of("code", matter, "name", "事项", "actType", "PENALTY",
                "source", "STATUTORY", "legalBasis", "《中华人民共和国安全生产法》第九十七条", "effectiveFrom",
                "2020-01-01", "publishedOn", "2020-01-01", "publishedAt", CaseApi.PUBLISHED_AT))
                .post("/api/v1/matters").then().statusCode(201);
        Auth.as("li.admin", OTHER_TOWN, "admin").contentType(ContentType.JSON)
                .body(Map.of("code", village, "name", "龙溪村")).post("/api/v1/villages").then().statusCode(201);
        String key = UUID.randomUUID().toString();

        String dawan = file(Auth.as(USER, TOWN, "case-officer"), key,
                json(CaseApi.newCase(matter, village, PersonnelFeed.team(), "2024-05-06"))).then().statusCode(201)
                .body("orgUnit", equalTo(TOWN)).extract().path("id");
        String longxi = file(Auth.as(USER, OTHER_TOWN, "case-officer"), key,
                json(CaseApi.newCase(matter, village, PersonnelFeed.team(OTHER_TOWN), "2024-05-06"))).then()
                .statusCode(201).header(ReplayedResponse.REPLAYED_HEADER, nullValue())
                .body("orgUnit", equalTo(OTHER_TOWN)).extract().path("id");

        assertThat(longxi).isNotEqualTo(dawan);
        assertThat(count("SELECT count(*) FROM casefile.idempotency_key WHERE idempotency_key = ?", key)).isEqualTo(2);
        Auth.as(USER, OTHER_TOWN, "case-officer").get("/api/v1/cases/{id}", dawan).then().statusCode(404);
        Auth.as(USER, OTHER_TOWN, "case-officer").get("/api/v1/cases/{id}", longxi).then().statusCode(200);
    }

    @Test
    void aRefusedFilingFreesItsKeySoTheCorrectedRetrySucceeds() throws Exception {
        String matter = CaseApi.penaltyMatter();
        String village = CaseApi.village();
        List<UUID> team = PersonnelFeed.team();
        String key = UUID.randomUUID().toString();

        file(Auth.given(), key, json(CaseApi.newCase(matter, village, List.of(team.get(0)), "2024-05-06"))).then()
                .statusCode(422).body("rule", equalTo("R4.6"));
        assertThat(count("SELECT count(*) FROM casefile.idempotency_key WHERE idempotency_key = ?", key)).isZero();

        String corrected = json(CaseApi.newCase(matter, village, team, "2024-05-06"));
        String id = file(Auth.given(), key, corrected).then().statusCode(201)
                .header(ReplayedResponse.REPLAYED_HEADER, nullValue()).extract().path("id");
        file(Auth.given(), key, corrected).then().statusCode(201)
                .header(ReplayedResponse.REPLAYED_HEADER, "true").body("id", equalTo(id));
        assertThat(count("SELECT count(*) FROM casefile.idempotency_key WHERE idempotency_key = ?", key)).isEqualTo(1);
    }

    @Test
    void aMalformedKeyIs400NamingTheHeaderAndChangesNothing() throws Exception {
        String ref = CaseApi.unique("DW-2024");
        String body = json(withRef(CaseApi.newCase(CaseApi.penaltyMatter(), CaseApi.village(), PersonnelFeed.team(),
                "2024-05-06"), ref));

        file(Auth.given(), "k".repeat(201), body).then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:enforcement-ledger:problem:validation"))
                .body("errors[0].field", equalTo(HEADER))
                .body("errors[0].message", equalTo("must be 1 to 200 characters long"));
        file(Auth.given(), "", body).then().statusCode(400).body("errors[0].field", equalTo(HEADER));
        file(Auth.given(), "tab\there", body).then().statusCode(400).body("errors[0].field", equalTo(HEADER))
                .body("errors[0].message", equalTo("must contain printable ASCII characters only"));
        Auth.given().header(HEADER, "one").header(HEADER, "two").contentType(ContentType.JSON).body(body)
                .post("/api/v1/cases").then().statusCode(400).body("errors[0].field", equalTo(HEADER))
                .body("errors[0].message", equalTo("must be sent once, not 2 times"));
        assertThat(count("SELECT count(*) FROM casefile.case_file WHERE external_ref = ?", ref)).isZero();

        file(Auth.given(), "k".repeat(200), body).then().statusCode(201);
    }

    @Test
    void aRetryWhileTheFirstRequestIsInFlightIs409ThenProceeds() throws Exception {
        String body = json(CaseApi.newCase(CaseApi.penaltyMatter(), CaseApi.village(), PersonnelFeed.team(),
                "2024-05-06"));
        String key = UUID.randomUUID().toString();
        try (Connection connection = connect()) {
            connection.setAutoCommit(false);
            try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                lock.setLong(1, IdempotencyKeys.lockId(TOWN, USER, key));
                lock.execute();
            }
            file(Auth.given(), key, body).then().statusCode(409)
                    .body("type", equalTo("urn:enforcement-ledger:problem:idempotency-key-in-flight"));
            connection.rollback();
        }
        file(Auth.given(), key, body).then().statusCode(201).header(ReplayedResponse.REPLAYED_HEADER, nullValue());
    }

    @Test
    void concurrentKeyedFilingsOfOneExternalRefRecordOneCaseAndNameItInThe409s() throws Exception {
        // Different keys, one externalRef: the unique index refuses the losers inside their keyed transactions; they
        // must still get the 409 naming the winner (looked up outside the aborted transaction), not a 500.
        String ref = CaseApi.unique("DW-2024");
        String body = json(withRef(CaseApi.newCase(CaseApi.penaltyMatter(), CaseApi.village(), PersonnelFeed.team(),
                "2024-05-06"), ref));
        int callers = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        List<Response> responses = new ArrayList<>();
        try {
            List<Future<Response>> answers = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                String key = UUID.randomUUID().toString();
                Callable<Response> call = () -> {
                    start.await();
                    return file(Auth.given(), key, body);
                };
                answers.add(pool.submit(call));
            }
            start.countDown();
            for (Future<Response> answer : answers) {
                responses.add(answer.get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        List<Response> created = responses.stream().filter(r -> r.statusCode() == 201).toList();
        assertThat(created).hasSize(1);
        String winner = created.get(0).path("id");
        for (Response refused : responses.stream().filter(r -> r.statusCode() != 201).toList()) {
            assertThat(refused.statusCode()).isEqualTo(409);
            assertThat(refused.<String> path("existingId")).isEqualTo(winner);
        }
        assertThat(count("SELECT count(*) FROM casefile.case_file WHERE external_ref = ?", ref)).isEqualTo(1);
    }

    @Test
    void aKeyedImportRunsAgainOnARetryAndRecordsNothingTwice() throws Exception {
        String matter = CaseApi.penaltyMatter();
        String village = CaseApi.village();
        List<UUID> team = PersonnelFeed.team();
        String ref = CaseApi.unique("IMP");
        byte[] csv = ("externalRef,matterCode,villageCode,partyKind,partyName,partyIdNumber,handlingOfficerIds,"
                + "filedOn,violationOn,procedure,summary\n" + String.join(",", ref, matter, village, "PERSON", "刘某",
                        "500112199001011234", team.get(0) + ";" + team.get(1), "2024-03-01", "2024-03-01", "GENERAL",
                        "违规摆摊") + "\n").getBytes(StandardCharsets.UTF_8);
        String key = UUID.randomUUID().toString();

        JsonPath first = Auth.given().header(HEADER, key).contentType("text/csv; charset=UTF-8").body(csv)
                .post("/api/v1/imports").then().statusCode(200).header(ReplayedResponse.REPLAYED_HEADER, nullValue())
                .extract().jsonPath();
        JsonPath retry = Auth.given().header(HEADER, key).contentType("text/csv; charset=UTF-8").body(csv)
                .post("/api/v1/imports").then().statusCode(200).header(ReplayedResponse.REPLAYED_HEADER, nullValue())
                .extract().jsonPath();

        assertThat(first.getString("results[0].status")).isEqualTo("CREATED");
        assertThat(retry.getString("results[0].status")).isEqualTo("ALREADY_RECORDED");
        assertThat(retry.getString("results[0].caseId")).isEqualTo(first.getString("results[0].caseId"));
        assertThat(count("SELECT count(*) FROM casefile.case_file WHERE external_ref = ?", ref)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM casefile.idempotency_key WHERE idempotency_key = ?", key)).isZero();
        Auth.given().header(HEADER, "k".repeat(201)).contentType("text/csv; charset=UTF-8").body(csv)
                .post("/api/v1/imports").then().statusCode(400).body("errors[0].field", equalTo(HEADER));
    }

    @Test
    void everyPostOperationDocumentsTheHeaderAndHonoursIt() {
        JsonPath openApi = Auth.given().accept(ContentType.JSON).get("/q/openapi?format=json").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Map<String, Object>> paths = openApi.getMap("paths");
        List<String> posts = new ArrayList<>();
        paths.forEach((path, item) -> {
            if (item.containsKey("post")) {
                posts.add(path);
            }
        });
        assertThat(posts).containsExactlyInAnyOrder("/api/v1/cases", "/api/v1/cases/{id}/time-limit-extension",
                "/api/v1/cases/{id}/decision", "/api/v1/cases/{id}/decision/amendment", "/api/v1/cases/{id}/closure",
                "/api/v1/cases/{id}/reviews", "/api/v1/cases/{id}/reviews/{reviewId}/outcome", "/api/v1/inspections",
                "/api/v1/coercive-measures", "/api/v1/expropriations", "/api/v1/villages", "/api/v1/matters",
                "/api/v1/matters/{code}/publication", "/api/v1/entrustments", "/api/v1/imports",
                "/api/v1/enforcement-bodies", "/api/v1/joint-inspections", "/api/v1/joint-inspections/{id}/objects",
                "/api/v1/patrols");

        for (String path : posts) {
            List<Map<String, Object>> headers = openApi.getList("paths.'" + path + "'.post.parameters.findAll { "
                    + "it.in == 'header' && it.name == 'Idempotency-Key' }");
            assertThat(headers).as(path).hasSize(1);
            assertThat(headers.get(0)).as(path).containsEntry("required", false)
                    .containsEntry("example", "8e03978e-40d5-43e8-bc93-6894a57f9324");
            assertThat(openApi.getMap("paths.'" + path + "'.post.parameters.find { it.name == 'Idempotency-Key' }"
                    + ".schema")).as(path).containsEntry("maxLength", 200).containsEntry("minLength", 1);

            // A covered POST reaches bean validation (400; the import refuses a JSON body with a 415); an uncovered
            // one would be refused with a 500.
            String concrete = path.replace("{id}", UUID.randomUUID().toString())
                    .replace("{reviewId}", UUID.randomUUID().toString()).replace("{code}", "M-1");
            int status = Auth.given().header(HEADER, UUID.randomUUID().toString()).contentType(ContentType.JSON)
                    .body("{}").post(concrete).then().extract().statusCode();
            assertThat(status).as(path).isEqualTo(path.equals("/api/v1/imports") ? 415 : 400);
        }
        assertThat(openApi.getString("paths.'/api/v1/cases'.post.responses.'422'.description"))
                .contains("idempotency-key-reused");
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    private static Response file(RequestSpecification as, String key, String body) {
        return as.header(HEADER, key).contentType(ContentType.JSON).body(body).post("/api/v1/cases");
    }

    private static Map<String, Object> withRef(Map<String, Object> body, String ref) {
        body.put("externalRef", ref);
        return body;
    }

    /** The body as a fixed string, so that retries send the same bytes. */
    private static String json(Object body) throws JsonProcessingException {
        return JSON.writeValueAsString(body);
    }

    private static long count(String sql, String... parameters) throws SQLException {
        return Long.parseLong(query(sql, parameters).get(0));
    }

    private static List<String> query(String sql, String... parameters) throws SQLException {
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            List<String> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(result.getString(1));
                }
            }
            return rows;
        }
    }

    private static Connection connect() throws SQLException {
        LocalInfrastructure infrastructure = LocalStackTestResource.infrastructure();
        return DriverManager.getConnection(infrastructure.jdbcUrl(), infrastructure.username(),
                infrastructure.password());
    }
}
