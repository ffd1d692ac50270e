package org.enforcementledger.report.support;

import java.time.Duration;
import java.util.List;

import org.enforcementledger.localstack.LocalStackTestResource;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/**
 * Requests with a bearer token signed by the test stack's key, verified by the service exactly as a real provider's
 * token would be.
 */
public final class Auth {

    /** The town the tests act for unless they say otherwise. */
    public static final String TOWN = "500112-dawan";
    public static final String OTHER_TOWN = "500112-longxi";

    /** The tests read figures of many (made-up) towns and rebuild: a district supervisor who is also admin. */
    private static final List<String> TEST_ROLES = List.of("district-supervisor", "admin");

    private Auth() {
    }

    /**
     * A request as a district supervisor, who may name any town with {@code ?orgUnit=}, and the installation's admin,
     * who may rebuild; neither is bound to a town, so the token names none.
     */
    public static RequestSpecification given() {
        return as("supervisor.test", null, TEST_ROLES.toArray(String[]::new));
    }

    public static RequestSpecification as(String user, String orgUnit, String... roles) {
        return RestAssured.given().auth().oauth2(token(user, orgUnit, roles));
    }

    public static String token(String user, String orgUnit, String... roles) {
        return LocalStackTestResource.tokens().mint(user, List.of(roles), orgUnit, Duration.ofHours(1));
    }
}
