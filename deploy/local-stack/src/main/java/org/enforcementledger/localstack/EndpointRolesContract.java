package org.enforcementledger.localstack;

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

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * The security contract of docs/security.md, checked by each service's {@code EndpointRolesTest} against the service
 * under test: every operation of its OpenAPI document declares its roles (Quarkus lists a {@code @RolesAllowed}
 * method's roles as the operation's security scopes), answers 401 without a valid token and 403 to every other role,
 * and the document's endpoint × role table says the same.
 */
public final class EndpointRolesContract {

    public static final List<String> ALL_ROLES = List.of("admin", "personnel-clerk", "case-officer",
            "legal-reviewer", "leader", "district-supervisor", "statistics-reader");

    /** One operation of the OpenAPI document and the roles it declares. */
    public record Operation(String method, String path, Set<String> roles) {

        String concretePath() {
            return path.replaceAll("\\{year}", "2024").replaceAll("\\{[^}]*}", UUID.randomUUID().toString());
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private EndpointRolesContract() {
    }

    /** The operations of the running service's OpenAPI document. */
    public static List<Operation> operations() {
        JsonPath doc = RestAssured.given().accept("application/json").get("/q/openapi?format=json").then()
                .statusCode(200).extract().jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = doc.getMap("paths");
        List<Operation> operations = new ArrayList<>();
        paths.forEach((path, item) -> item.forEach((method, operation) -> {
            Set<String> roles = new LinkedHashSet<>();
            if (operation.get("security") instanceof List<?> requirements) {
                for (Object requirement : requirements) {
                    ((Map<?, ?>) requirement).values().forEach(scopes -> ((List<?>) scopes)
                            .forEach(scope -> roles.add(scope.toString())));
                }
            }
            operations.add(new Operation(method.toUpperCase(), path, roles));
        }));
        return operations;
    }

    /**
     * What breaks the contract, one line each: an operation without roles, one that answers anything but 401 without
     * a token or with a token signed by another key, or anything but 403 to a token of the town with every other role.
     */
    public static List<String> violations(List<Operation> operations, String town) {
        String forged = LocalTokenIssuer.ephemeral().mint("forger", ALL_ROLES, town, Duration.ofMinutes(5));
        List<String> violations = new ArrayList<>();
        for (Operation op : operations) {
            if (op.roles().isEmpty()) {
                violations.add(op + ": no roles declared");
                continue;
            }
            int anonymous = call(RestAssured.given(), op);
            if (anonymous != 401) {
                violations.add(op + " without a token: " + anonymous);
            }
            int withForged = call(RestAssured.given().auth().oauth2(forged), op);
            if (withForged != 401) {
                violations.add(op + " with a token signed by another key: " + withForged);
            }
            List<String> others = ALL_ROLES.stream().filter(r -> !op.roles().contains(r)).toList();
            String token = LocalStackTestResource.tokens().mint("wrong.role", others, town, Duration.ofMinutes(5));
            int wrongRole = call(RestAssured.given().auth().oauth2(token), op);
            if (wrongRole != 403) {
                violations.add(op + " with roles " + others + ": " + wrongRole);
            }
        }
        return violations;
    }

    /** "VERB path" → roles, as the OpenAPI document declares them. */
    public static Map<String, Set<String>> declared(List<Operation> operations) {
        Map<String, Set<String>> declared = new TreeMap<>();
        operations.forEach(op -> declared.put(op.toString(), new TreeSet<>(op.roles())));
        return declared;
    }

    /** "VERB path" → roles ticked, from the "### {service}" table of docs/security.md. */
    public static Map<String, Set<String>> documented(Path document, String service) throws IOException {
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

    private static int call(RequestSpecification request, Operation op) {
        RequestSpecification withBody = op.method().equals("GET") ? request
                : request.contentType(ContentType.JSON).body("{}");
        return withBody.request(op.method(), op.concretePath()).statusCode();
    }
}
