package org.enforcementledger.cases.village;

import static org.enforcementledger.cases.support.Auth.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.Map;

import org.enforcementledger.localstack.LocalStackTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, scope = TestResourceScope.GLOBAL)
class VillageResourceTest {

    @Test
    void aVillageIsAddedOnceAndListed() {
        given().contentType(ContentType.JSON).body(Map.of("code", "DW-01", "name", "大湾村"))
                .post("/api/v1/villages").then().statusCode(201).body("name", equalTo("大湾村"));
        given().contentType(ContentType.JSON).body(Map.of("code", "DW-01", "name", "大湾村"))
                .post("/api/v1/villages").then().statusCode(409).contentType("application/problem+json");
        given().get("/api/v1/villages").then().statusCode(200).body("code", hasItem("DW-01"));
    }

    @Test
    void aVillageWithoutANameIsABadRequestNamingTheField() {
        given().contentType(ContentType.JSON).body(Map.of("code", "DW-02"))
                .post("/api/v1/villages").then().statusCode(400).body("errors[0].field", equalTo("name"));
    }

    @Test
    void healthReportsDatabaseAndKafka() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.name", hasItem("Database connections health check"))
                .body("checks.name", hasItem("Kafka connection health check"));
    }
}
