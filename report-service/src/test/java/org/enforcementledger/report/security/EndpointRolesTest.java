package org.enforcementledger.report.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.enforcementledger.report.support.Auth.TOWN;
import static org.hamcrest.Matchers.containsString;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.enforcementledger.localstack.EndpointRolesContract;
import org.enforcementledger.localstack.LocalStackTestResource;
import org.enforcementledger.report.support.Auth;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;


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
        assertThat(operations).hasSize(13);
        assertThat(EndpointRolesContract.violations(operations, TOWN)).isEmpty();
    }

    @Test
    void theSecurityDocumentTablesTheseRoles() throws IOException {
        assertThat(EndpointRolesContract.documented(Path.of("../docs/security.md"), "report-service"))
                .isEqualTo(EndpointRolesContract.declared(EndpointRolesContract.operations()));
    }

    @Test
    void anExpiredTokenIsRefused() {
        String expired = LocalStackTestResource.tokens().mint("late", List.of("leader"), TOWN,
                Duration.ofSeconds(-120));
        RestAssured.given().auth().oauth2(expired).get("/api/v1/reports/2024/summary").then().statusCode(401)
                .contentType("application/problem+json").header("WWW-Authenticate", "Bearer");
    }

    @Test
    void aTownCallerWithoutAnOrgUnitGetsNoFigures() {
        Auth.as("nowhere", null, "leader").get("/api/v1/reports/2024/summary").then().statusCode(403)
                .body("detail", containsString("orgunit"));
    }
}
