package org.enforcementledger.report.security;

import static org.enforcementledger.report.support.Auth.TOWN;

import java.time.Duration;
import java.util.List;

import org.enforcementledger.localstack.LocalStackTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/** A verified token is remembered only as itself and only until it expires. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, scope = TestResourceScope.GLOBAL)
class VerifiedTokensTest {

    @Test
    void aRememberedTokenStillExpiresOnTime() throws InterruptedException {
        String token = LocalStackTestResource.tokens().mint("short.lived", List.of("leader"), TOWN,
                Duration.ofSeconds(2));
        RestAssured.given().auth().oauth2(token).get("/api/v1/reports/2024/summary").then().statusCode(200);
        RestAssured.given().auth().oauth2(token).get("/api/v1/reports/2024/summary").then().statusCode(200);
        Thread.sleep(5_000);
        RestAssured.given().auth().oauth2(token).get("/api/v1/reports/2024/summary").then().statusCode(401);
    }

    @Test
    void aTokenWithAnAlteredSignatureIsVerifiedAfreshAndRefused() {
        String token = LocalStackTestResource.tokens().mint("leader.a", List.of("leader"), TOWN, Duration.ofMinutes(5));
        RestAssured.given().auth().oauth2(token).get("/api/v1/reports/2024/summary").then().statusCode(200);
        String signature = token.substring(token.lastIndexOf('.') + 1);
        String altered = token.substring(0, token.lastIndexOf('.') + 1)
                + (signature.charAt(0) == 'A' ? 'B' : 'A') + signature.substring(1);
        RestAssured.given().auth().oauth2(altered).get("/api/v1/reports/2024/summary").then().statusCode(401);
    }
}
