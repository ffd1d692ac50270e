package org.enforcementledger.cases.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.enforcementledger.cases.support.Auth.TOWN;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import org.enforcementledger.localstack.LocalStackTestResource;
import org.enforcementledger.localstack.LocalTokenIssuer;
import org.enforcementledger.cases.support.Auth;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * Every operation of the OpenAPI document declares the roles it allows (docs/security.md), answers 401 without a
 * valid token and 403 to a token with none of its roles.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, scope = TestResourceScope.GLOBAL)
class EndpointRolesTest {

    static final List<String> ALL_ROLES = List.of("admin", "personnel-clerk", "case-officer", "legal-reviewer",
            "leader", "district-supervisor", "statistics-reader");

    record Operation(String method, String path, Set<String> roles) {
        String concretePath() {
            return path.replaceAll("\\{year}", "2024").replaceAll("\\{[^}]*}", UUID.randomUUID().toString());
        }
    }

    @Test
    void everyOperationDeclaresItsRolesAndRefusesOthers() {
        List<Operation> operations = operations();
        assertThat(operations).hasSizeGreaterThanOrEqualTo(20);
        List<String> failures = new ArrayList<>();
        for (Operation op : operations) {
            if (op.roles().isEmpty()) {
                failures.add(op.method() + " " + op.path() + ": no roles declared");
                continue;
            }
            int anonymous = call(RestAssured.given(), op);
            if (anonymous != 401) {
                failures.add(op.method() + " " + op.path() + " without a token: " + anonymous);
            }
            int forged = call(RestAssured.given().auth().oauth2(LocalTokenIssuer.ephemeral()
                    .mint("forger", ALL_ROLES, TOWN, Duration.ofMinutes(5))), op);
            if (forged != 401) {
                failures.add(op.method() + " " + op.path() + " with a token signed by another key: " + forged);
            }
            List<String> others = ALL_ROLES.stream().filter(r -> !op.roles().contains(r)).toList();
            int wrongRole = call(Auth.as("wrong.role", TOWN, others.toArray(String[]::new)), op);
            if (wrongRole != 403) {
                failures.add(op.method() + " " + op.path() + " with roles " + others + ": " + wrongRole);
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void anExpiredTokenIsRefused() {
        String expired = LocalStackTestResource.tokens().mint("late", List.of("case-officer"), TOWN,
                Duration.ofSeconds(-120));
        RestAssured.given().auth().oauth2(expired).get("/api/v1/cases").then().statusCode(401)
                .contentType("application/problem+json").header("WWW-Authenticate", "Bearer");
    }

    @Test
    void aTokenWithoutAnOrgUnitCannotWrite() {
        Auth.as("nowhere", null, "admin").contentType(ContentType.JSON)
                .body(Map.of("code", "X1", "name", "无"))
                .post("/api/v1/villages").then().statusCode(403)
                .body("detail", org.hamcrest.Matchers.containsString("orgunit"));
    }

    /** docs/security.md's endpoint × role table for this service says what the annotations say. */
    @Test
    void theSecurityDocumentTablesTheseRoles() throws IOException {
        Map<String, Set<String>> declared = new TreeMap<>();
        operations().forEach(op -> declared.put(op.method() + " " + op.path(), new TreeSet<>(op.roles())));
        assertThat(documentedRoles(Path.of("../docs/security.md"), "case-service")).isEqualTo(declared);
    }

    /** The rows of the "### case-service" table: "VERB path" → the roles ticked. */
    static Map<String, Set<String>> documentedRoles(Path document, String service)
            throws IOException {
        Map<String, Set<String>> rows = new TreeMap<>();
        List<String> header = null;
        boolean inSection = false;
        for (String line : Files.readAllLines(document)) {
            if (line.startsWith("### ")) {
                inSection = line.equals("### " + service);
                header = null;
            } else if (inSection && line.startsWith("| operation |")) {
                header = Arrays.stream(line.split("\\|")).map(String::trim).toList();
            } else if (inSection && header != null && line.startsWith("| `")) {
                String[] cells = line.split("\\|");
                Set<String> roles = new TreeSet<>();
                for (int i = 2; i < cells.length; i++) {
                    if (cells[i].trim().equals("✔")) {
                        roles.add(header.get(i));
                    }
                }
                rows.put(cells[1].trim().replace("`", ""), roles);
            }
        }
        return rows;
    }

    static List<Operation> operations() {
        JsonPath doc = RestAssured.given().accept("application/json").get("/q/openapi?format=json").then()
                .statusCode(200).extract().jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = doc.getMap("paths");
        List<Operation> operations = new ArrayList<>();
        paths.forEach((path, item) -> item.forEach((method, operation) -> {
            Set<String> roles = new LinkedHashSet<>();
            Object security = operation.get("security");
            if (security instanceof List<?> requirements) {
                for (Object requirement : requirements) {
                    ((Map<?, ?>) requirement).values().forEach(scopes -> ((List<?>) scopes)
                            .forEach(scope -> roles.add(scope.toString())));
                }
            }
            operations.add(new Operation(method.toUpperCase(), path, roles));
        }));
        return operations;
    }

    private static int call(RequestSpecification request, Operation op) {
        RequestSpecification withBody = op.method().equals("GET") ? request
                : request.contentType(ContentType.JSON).body("{}");
        return withBody.request(op.method(), op.concretePath()).statusCode();
    }
}
