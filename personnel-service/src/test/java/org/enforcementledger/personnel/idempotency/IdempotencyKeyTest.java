package org.enforcementledger.personnel.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.enforcementledger.personnel.support.Auth.OTHER_TOWN;
import static org.enforcementledger.personnel.support.Auth.TOWN;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.enforcementledger.localstack.LocalInfrastructure;
import org.enforcementledger.localstack.LocalStackTestResource;
import org.enforcementledger.personnel.support.Auth;
import org.enforcementledger.personnel.support.PersonnelApi;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Safe retries: the Idempotency-Key header on POST (issue #6, item 5). */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, scope = TestResourceScope.GLOBAL)
class IdempotencyKeyTest {

    private static final String HEADER = "Idempotency-Key";
    private static final String CLERK = "clerk.test";

    @Inject
    IdempotencyPurge purge;

    @Test
    void aRetriedRegistrationWithTheSameKeyCreatesOneOfficerAndAnswersTheFirstResponseAgain() throws SQLException {
        String department = PersonnelApi.department("BUSINESS_OFFICE");
        String key = UUID.randomUUID().toString();
        long outboxBefore = outboxRows();

        ExtractableResponse<Response> first = register(Auth.given(), key, officer(department, "张伟"))
                .then().statusCode(201).extract();
        ExtractableResponse<Response> retry = register(Auth.given(), key, officer(department, "张伟"))
                .then().statusCode(201).extract();

        String id = first.path("id");
        assertThat(first.header("Location")).endsWith("/api/v1/officers/" + id);
        assertThat(first.header(ReplayedResponse.REPLAYED_HEADER)).isNull();
        assertThat(retry.<String> path("id")).isEqualTo(id);
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.body().asString()).isEqualTo(first.body().asString());
        assertThat(retry.contentType()).isEqualTo(first.contentType());
        assertThat(retry.header(ReplayedResponse.REPLAYED_HEADER)).isEqualTo("true");

        Auth.given().get("/api/v1/officers?departmentCode={d}", department).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo(id));
        assertThat(outboxRows()).isEqualTo(outboxBefore + 1);
        assertThat(query("SELECT status_code || ' ' || length(fingerprint) || ' ' || method || ' ' || path "
                + "FROM personnel.idempotency_key WHERE org_unit = ? AND actor = ? AND idempotency_key = ?",
                TOWN, CLERK, key)).containsExactly("201 64 POST /api/v1/officers");
    }

    @Test
    void aRetriedCertificateSuspensionIsRecordedOnceAndAnswers200WithTheFirstBody() {
        String number = PersonnelApi.issue(PersonnelApi.qualifiedOfficer(PersonnelApi.department("BUSINESS_OFFICE")),
                "2024-01-10", "2029-01-09");
        String key = UUID.randomUUID().toString();
        Map<String, Object> change = Map.of("effectiveOn", "2024-06-01", "reason", "涉嫌违法执法，立案调查期间暂扣");

        String first = Auth.given().header(HEADER, key).contentType(ContentType.JSON).body(change)
                .post("/api/v1/certificates/{n}/suspension", number).then().statusCode(200)
                .body("status", equalTo("SUSPENDED")).extract().body().asString();
        String retry = Auth.given().header(HEADER, key).contentType(ContentType.JSON).body(change)
                .post("/api/v1/certificates/{n}/suspension", number).then().statusCode(200)
                .header(ReplayedResponse.REPLAYED_HEADER, "true").extract().body().asString();

        assertThat(retry).isEqualTo(first);
        Auth.given().get("/api/v1/certificates/{n}", number).then().statusCode(200)
                .body("history.action", equalTo(List.of("ISSUED", "SUSPENDED")));
    }

    @Test
    void theSameKeyWithAnotherBodyOrPathIs422AndChangesNothing() throws SQLException {
        String department = PersonnelApi.department("BUSINESS_OFFICE");
        String key = UUID.randomUUID().toString();
        register(Auth.given(), key, officer(department, "张伟")).then().statusCode(201);
        long outboxAfterFirst = outboxRows();

        register(Auth.given(), key, officer(department, "李娜")).then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:enforcement-ledger:problem:idempotency-key-reused"))
                .body("title", equalTo("Idempotency-Key reused"))
                .body("status", equalTo(422))
                .body("detail", equalTo("The Idempotency-Key '" + key + "' was already used for a different request "
                        + "(POST /api/v1/officers, with another body or path); send a new key for a new request."));
        Auth.given().header(HEADER, key).contentType(ContentType.JSON)
                .body(Map.of("code", PersonnelApi.unique("OFFICE"), "name", "办公室", "kind", "BUSINESS_OFFICE"))
                .post("/api/v1/departments").then().statusCode(422)
                .body("type", equalTo("urn:enforcement-ledger:problem:idempotency-key-reused"));

        Auth.given().get("/api/v1/officers?departmentCode={d}", department).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].name", equalTo("张伟"));
        assertThat(outboxRows()).isEqualTo(outboxAfterFirst);
    }

    @Test
    void theSameKeyOfAnotherTownOrAnotherUserIsIndependentAndCreatesItsOwnRecord() {
        // The same department code in both towns, so that the three requests are byte for byte the same.
        String department = PersonnelApi.department("BUSINESS_OFFICE");
        Auth.as("li.admin", OTHER_TOWN, "admin").contentType(ContentType.JSON)
                .body(Map.of("code", department, "name", "龙溪办公室", "kind", "BUSINESS_OFFICE"))
                .post("/api/v1/departments").then().statusCode(201);
        String key = UUID.randomUUID().toString();
        String body = officer(department, "张伟");

        String dawan = register(Auth.as(CLERK, TOWN, "personnel-clerk"), key, body).then().statusCode(201)
                .body("orgUnit", equalTo(TOWN)).extract().path("id");
        String longxi = register(Auth.as(CLERK, OTHER_TOWN, "personnel-clerk"), key, body).then().statusCode(201)
                .header(ReplayedResponse.REPLAYED_HEADER, nullValue())
                .body("orgUnit", equalTo(OTHER_TOWN)).extract().path("id");
        String colleague = register(Auth.as("wang.clerk", TOWN, "personnel-clerk"), key, body).then()
                .statusCode(201).header(ReplayedResponse.REPLAYED_HEADER, nullValue())
                .body("orgUnit", equalTo(TOWN)).extract().path("id");

        assertThat(List.of(dawan, longxi, colleague)).doesNotHaveDuplicates();
        Auth.as(CLERK, TOWN, "personnel-clerk").get("/api/v1/officers?departmentCode={d}", department).then()
                .statusCode(200).body("total", equalTo(2));
        Auth.as(CLERK, OTHER_TOWN, "personnel-clerk").get("/api/v1/officers?departmentCode={d}", department).then()
                .statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(longxi));
    }

    @Test
    void aRefusedRequestFreesItsKeySoTheCorrectedBodySucceedsWithTheSameKey() throws SQLException {
        String department = PersonnelApi.department("BUSINESS_OFFICE");
        String key = UUID.randomUUID().toString();

        register(Auth.given(), key, officer("NO-SUCH-DEPARTMENT", "张伟")).then().statusCode(422)
                .body("type", equalTo("urn:enforcement-ledger:problem:unknown-reference"));
        assertThat(keyRows(key)).isZero();

        String id = register(Auth.given(), key, officer(department, "张伟")).then().statusCode(201)
                .header(ReplayedResponse.REPLAYED_HEADER, nullValue()).extract().path("id");
        register(Auth.given(), key, officer(department, "张伟")).then().statusCode(201)
                .header(ReplayedResponse.REPLAYED_HEADER, "true").body("id", equalTo(id));
        assertThat(keyRows(key)).isEqualTo(1);
    }

    @Test
    void aRuleViolationFreesItsKeySoTheSameRequestSucceedsOnceTheRuleIsMet() throws SQLException {
        UUID officer = PersonnelApi.officer(PersonnelApi.department("BUSINESS_OFFICE"), true);
        String key = UUID.randomUUID().toString();
        Map<String, Object> certificate = PersonnelApi.certificate(PersonnelApi.unique("CERT"), "2024-01-10",
                "2029-01-09");

        Auth.given().header(HEADER, key).contentType(ContentType.JSON).body(certificate)
                .post("/api/v1/officers/{id}/certificates", officer).then().statusCode(422)
                .body("rule", equalTo("§4.1"));
        assertThat(keyRows(key)).isZero();

        PersonnelApi.exam(officer, "QUALIFICATION", "2019-06-01", true).statusCode(201);
        Auth.given().header(HEADER, key).contentType(ContentType.JSON).body(certificate)
                .post("/api/v1/officers/{id}/certificates", officer).then().statusCode(201)
                .header(ReplayedResponse.REPLAYED_HEADER, nullValue()).body("status", equalTo("VALID"));
    }

    @Test
    void aMalformedKeyIs400NamingTheHeaderAndChangesNothing() {
        String department = PersonnelApi.department("BUSINESS_OFFICE");

        register(Auth.given(), "k".repeat(201), officer(department, "张伟")).then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:enforcement-ledger:problem:validation"))
                .body("errors[0].field", equalTo(HEADER))
                .body("errors[0].message", equalTo("must be 1 to 200 characters long"));
        register(Auth.given(), "", officer(department, "张伟")).then().statusCode(400)
                .body("errors[0].field", equalTo(HEADER))
                .body("errors[0].message", equalTo("must be 1 to 200 characters long"));
        register(Auth.given(), "tab\there", officer(department, "张伟")).then().statusCode(400)
                .body("errors[0].field", equalTo(HEADER))
                .body("errors[0].message", equalTo("must contain printable ASCII characters only"));
        Auth.given().header(HEADER, "one").header(HEADER, "two").contentType(ContentType.JSON)
                .body(officer(department, "张伟")).post("/api/v1/officers").then().statusCode(400)
                .body("errors[0].field", equalTo(HEADER))
                .body("errors[0].message", equalTo("must be sent once, not 2 times"));
        Auth.given().get("/api/v1/officers?departmentCode={d}", department).then().statusCode(200)
                .body("total", equalTo(0));

        register(Auth.given(), "k".repeat(200), officer(department, "张伟")).then().statusCode(201);
    }

    @Test
    void theQuotedFormOfTheDraftNamesTheSameKey() {
        String department = PersonnelApi.department("BUSINESS_OFFICE");
        String key = UUID.randomUUID().toString();

        String id = register(Auth.given(), key, officer(department, "张伟")).then().statusCode(201).extract().path("id");
        register(Auth.given(), "\"" + key + "\"", officer(department, "张伟")).then().statusCode(201)
                .header(ReplayedResponse.REPLAYED_HEADER, "true").body("id", equalTo(id));
    }

    @Test
    void aRetryWhileTheFirstRequestIsInFlightIs409ThenProceedsOnceItIsDone() throws SQLException {
        String department = PersonnelApi.department("BUSINESS_OFFICE");
        String key = UUID.randomUUID().toString();

        // The first request holds the key's advisory lock for its whole transaction; hold it here instead.
        try (Connection connection = connect()) {
            connection.setAutoCommit(false);
            try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                lock.setLong(1, IdempotencyKeys.lockId(TOWN, CLERK, key));
                lock.execute();
            }
            register(Auth.given(), key, officer(department, "张伟")).then().statusCode(409)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:enforcement-ledger:problem:idempotency-key-in-flight"))
                    .body("detail", equalTo("A request with the Idempotency-Key '" + key
                            + "' is still being processed; retry shortly to get its response."));
            connection.rollback();
        }

        register(Auth.given(), key, officer(department, "张伟")).then().statusCode(201);
        Auth.given().get("/api/v1/officers?departmentCode={d}", department).then().statusCode(200)
                .body("total", equalTo(1));
    }

    @Test
    void concurrentRetriesWithOneKeyCreateExactlyOneOfficerAndGetItOrA409() throws Exception {
        String department = PersonnelApi.department("BUSINESS_OFFICE");
        String key = UUID.randomUUID().toString();
        String body = officer(department, "张伟");
        String token = Auth.token(CLERK, TOWN, "personnel-clerk");
        long outboxBefore = outboxRows();

        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<ExtractableResponse<Response>>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) {
                answers.add(pool.submit(() -> register(RestAssured.given().auth().oauth2(token), key, body).then()
                        .extract()));
            }
            Set<String> ids = new HashSet<>();
            int created = 0;
            for (Future<ExtractableResponse<Response>> answer : answers) {
                ExtractableResponse<Response> response = answer.get(30, TimeUnit.SECONDS);
                assertThat(response.statusCode()).isIn(201, 409);
                if (response.statusCode() == 201) {
                    created++;
                    ids.add(response.path("id"));
                }
            }
            assertThat(created).isPositive();
            assertThat(ids).hasSize(1);
        } finally {
            pool.shutdownNow();
        }

        Auth.given().get("/api/v1/officers?departmentCode={d}", department).then().statusCode(200)
                .body("total", equalTo(1));
        assertThat(outboxRows()).isEqualTo(outboxBefore + 1);
    }

    @Test
    void keysOlderThanTheRetentionArePurgedAndTheKeyThenCountsAsNew() throws SQLException {
        String department = PersonnelApi.department("BUSINESS_OFFICE");
        String key = UUID.randomUUID().toString();
        String first = register(Auth.given(), key, officer(department, "张伟")).then().statusCode(201)
                .extract().path("id");
        String fresh = UUID.randomUUID().toString();
        register(Auth.given(), fresh, officer(department, "李娜")).then().statusCode(201);

        try (Connection connection = connect(); PreparedStatement age = connection.prepareStatement(
                "UPDATE personnel.idempotency_key SET created_at = now() - interval '25 hours' "
                        + "WHERE org_unit = ? AND actor = ? AND idempotency_key = ?")) {
            age.setString(1, TOWN);
            age.setString(2, CLERK);
            age.setString(3, key);
            assertThat(age.executeUpdate()).isEqualTo(1);
        }
        assertThat(purge.purge()).isGreaterThanOrEqualTo(1);
        assertThat(keyRows(key)).isZero();
        assertThat(keyRows(fresh)).isEqualTo(1);

        String second = register(Auth.given(), key, officer(department, "张伟")).then().statusCode(201)
                .header(ReplayedResponse.REPLAYED_HEADER, nullValue()).extract().path("id");
        assertThat(second).isNotEqualTo(first);
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
        assertThat(posts).hasSize(12);

        for (String path : posts) {
            List<Map<String, Object>> headers = openApi.getList("paths.'" + path + "'.post.parameters.findAll { "
                    + "it.in == 'header' && it.name == 'Idempotency-Key' }");
            assertThat(headers).as(path).hasSize(1);
            assertThat(headers.get(0)).as(path).containsEntry("required", false)
                    .containsEntry("example", "8e03978e-40d5-43e8-bc93-6894a57f9324");
            assertThat(openApi.getMap("paths.'" + path + "'.post.parameters.find { it.name == 'Idempotency-Key' }"
                    + ".schema")).as(path).containsEntry("maxLength", 200).containsEntry("minLength", 1);

            // A covered POST reaches bean validation (400); an uncovered one would be refused with a 500.
            String concrete = path.replace("{id}", UUID.randomUUID().toString()).replace("{number}", "NO-SUCH-CERT");
            Auth.given().header(HEADER, UUID.randomUUID().toString()).contentType(ContentType.JSON).body("{}")
                    .post(concrete).then().statusCode(400);
        }
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    private static Response register(RequestSpecification as, String key, String body) {
        return as.header(HEADER, key).contentType(ContentType.JSON).body(body).post("/api/v1/officers");
    }

    /** The body as a fixed string, so that retries send the same bytes. */
    private static String officer(String department, String name) {
        return "{\"name\":\"" + name + "\",\"departmentCode\":\"" + department + "\",\"position\":\"科员\","
                + "\"enforcementPost\":true,\"legalProfessionQualified\":false,\"joinedOn\":\"2019-03-01\"}";
    }

    private static long outboxRows() throws SQLException {
        return Long.parseLong(query("SELECT count(*) FROM personnel.outbox_event").get(0));
    }

    private static long keyRows(String key) throws SQLException {
        return Long.parseLong(query("SELECT count(*) FROM personnel.idempotency_key WHERE idempotency_key = ?", key)
                .get(0));
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
