package org.enforcementledger.personnel.security;

import static org.enforcementledger.personnel.support.Auth.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.util.Map;

import org.enforcementledger.localstack.LocalStackTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

/** Size limits, length limits and closed CORS (docs/security.md, "Hardening"). */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, scope = TestResourceScope.GLOBAL)
class HardeningTest {

    @Test
    void aBodyOverTwoMegabytesIsRefusedWith413() {
        String name = "张".repeat(1_100_000);
        given().contentType(ContentType.JSON)
                .body("{\"code\":\"BIG\",\"name\":\"" + name + "\",\"kind\":\"BUSINESS_OFFICE\"}").post("/api/v1/departments").then().statusCode(413);
    }

    @Test
    void anOverlongStringIsA400NamingTheField() {
        given().contentType(ContentType.JSON)
                .body(Map.of("code", "LONG", "name", "长".repeat(101), "kind", "BUSINESS_OFFICE"))
                .post("/api/v1/departments").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("name"))
                .body("detail", not(containsString("Exception")));
    }

    @Test
    void anotherOriginGetsNoCorsHeaders() {
        RestAssured.given().header("Origin", "https://elsewhere.example")
                .header("Access-Control-Request-Method", "GET").options("/api/v1/officers").then()
                .header("Access-Control-Allow-Origin", (String) null);
    }
}
