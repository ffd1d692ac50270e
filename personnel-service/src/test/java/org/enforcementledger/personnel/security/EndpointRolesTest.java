package org.enforcementledger.personnel.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.enforcementledger.personnel.support.Auth.TOWN;
import static org.hamcrest.Matchers.containsString;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.enforcementledger.localstack.EndpointRolesContract;
import org.enforcementledger.localstack.LocalStackTestResource;
import org.enforcementledger.personnel.support.Auth;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

/**
 * Every operation of the OpenAPI document declares the roles it allows, answers 401 without a valid token and 403 to
 * every other role, and docs/security.md tables the same roles ({@link EndpointRolesContract}).
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, scope = TestResourceScope.GLOBAL)
class EndpointRolesTest {

    @Test
    void everyOperationDeclaresItsRolesAndRefusesOthers() {
        List<EndpointRolesContract.Operation> operations = EndpointRolesContract.operations();
        assertThat(operations).hasSizeGreaterThanOrEqualTo(20);
        assertThat(EndpointRolesContract.violations(operations, TOWN)).isEmpty();
    }

    @Test
    void theSecurityDocumentTablesTheseRoles() throws IOException {
        assertThat(EndpointRolesContract.documented(Path.of("../docs/security.md"), "personnel-service"))
                .isEqualTo(EndpointRolesContract.declared(EndpointRolesContract.operations()));
    }

    @Test
    void anExpiredTokenIsRefused() {
        String expired = LocalStackTestResource.tokens().mint("late", List.of("personnel-clerk"), TOWN,
                Duration.ofSeconds(-120));
        RestAssured.given().auth().oauth2(expired).get("/api/v1/officers").then().statusCode(401)
                .contentType("application/problem+json").header("WWW-Authenticate", "Bearer");
    }

    @Test
    void aTokenWithoutAnOrgUnitCannotWrite() {
        Auth.as("nowhere", null, "admin").contentType(ContentType.JSON)
                .body(Map.of("code", "X1", "name", "无", "kind", "BUSINESS_OFFICE"))
                .post("/api/v1/departments").then().statusCode(403)
                .body("detail", containsString("orgunit"));
    }
}
