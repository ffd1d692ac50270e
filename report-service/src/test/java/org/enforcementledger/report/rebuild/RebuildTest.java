package org.enforcementledger.report.rebuild;

import static org.enforcementledger.report.support.Auth.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.enforcementledger.report.support.TestEvents.penalty;

import java.time.Duration;
import java.util.UUID;

import org.enforcementledger.localstack.LocalStackTestResource;
import org.enforcementledger.report.support.Auth;
import org.enforcementledger.report.support.EventFeed;
import org.enforcementledger.report.support.TestEvents;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Rebuilding every aggregate from the topics while the API keeps answering. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, scope = TestResourceScope.GLOBAL)
class RebuildTest {

    @Test
    void theRebuiltFiguresEqualTheRunningOnesAndTheApiAnswersThroughout() {
        String town = TestEvents.uniqueOrgUnit();
        try (EventFeed feed = new EventFeed()) {
            var c1 = TestEvents.caseFile(town, "2024-03-01", "M-CITY", "DEVOLVED", "V-1", "BRIGADE", "CITY");
            var decided = c1.decided("2024-03-10", penalty("FINE", "800.00"));
            feed.send(EventFeed.CASES, c1.filed()).send(EventFeed.CASES, decided).send(EventFeed.CASES, decided)
                    .send(EventFeed.CASES, c1.amended("2024-03-10", "2024-05-01", penalty("FINE", "500.00")));
            UUID officer = UUID.randomUUID();
            feed.send(EventFeed.PERSONNEL, TestEvents.officerRegistered(town, officer, "BRIGADE", "ENFORCEMENT_BRIGADE",
                    "2020-01-01"));
            feed.send(EventFeed.PERSONNEL, TestEvents.certificateIssued(town, officer, "R-" + officer, "2024-02-01",
                    "2029-12-31"));
            feed.send(EventFeed.PERSONNEL, TestEvents.training(town, officer, "PUBLIC_LAW", "12.5", "2024-04-01"));
        }
        EventFeed.awaitCaughtUp();
        String before = summary(town);
        JsonPath figures = JsonPath.from(before);
        assertThat(figures.getInt("penalties.decisions")).isEqualTo(1);
        assertThat(figures.getString("penalties.fineTotal")).isEqualTo("500.0");

        given().header("Idempotency-Key", "rebuild-" + town).post("/api/v1/reports/rebuild").then().statusCode(202)
                .header("Idempotent-Replayed", "false");
        given().header("Idempotency-Key", "rebuild-" + town).post("/api/v1/reports/rebuild").then().statusCode(202)
                .header("Idempotent-Replayed", "true");
        given().post("/api/v1/reports/rebuild").then().statusCode(409);
        Auth.as("town.admin", "500112-dawan", "admin").post("/api/v1/reports/rebuild").then().statusCode(403);
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200)).until(() -> {
            assertThat(summary(town)).as("served during the rebuild").isEqualTo(before);
            String state = given().get("/api/v1/reports/status").then().statusCode(200).extract()
                    .path("rebuild.state");
            assertThat(state).isNotEqualTo("FAILED");
            return "DONE".equals(state);
        });

        JsonPath status = given().get("/api/v1/reports/status").then().extract().jsonPath();
        assertThat(status.getLong("rebuild.eventsReplayed")).isEqualTo(status.getLong("rebuild.eventsTotal"))
                .isGreaterThanOrEqualTo(7);
        assertThat(summary(town)).isEqualTo(before);

        try (EventFeed feed = new EventFeed()) {
            var c2 = TestEvents.caseFile(town, "2024-06-01", "M-CITY", "DEVOLVED", "V-1", "BRIGADE", "CITY");
            feed.send(EventFeed.CASES, c2.filed()).send(EventFeed.CASES, c2.decided("2024-06-10", penalty("WARNING")));
        }
        EventFeed.awaitCaughtUp();
        assertThat(JsonPath.from(summary(town)).getInt("penalties.decisions")).as("live consumer resumed").isEqualTo(2);
    }

    /** The summary without asOf, which moves with every event of any town. */
    private static String summary(String town) {
        String json = given().queryParam("orgUnit", town).get("/api/v1/reports/2024/summary").then().statusCode(200)
                .extract().asString();
        return json.replaceAll("\"asOf\":\"[^\"]*\",?", "");
    }
}
