package org.enforcementledger.report.rebuild;

import static org.enforcementledger.report.support.Auth.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.enforcementledger.report.support.TestEvents.penalty;

import java.time.Duration;
import java.util.List;
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
            feedWhatIssue10Counts(feed, town);
        }
        EventFeed.awaitCaughtUp();
        String before = summary(town);
        String officersBefore = officers(town);
        String byDepartmentBefore = breakdown(town);
        JsonPath figures = JsonPath.from(before);
        assertThat(figures.getInt("penalties.decisions")).isEqualTo(1);
        assertThat(figures.getString("penalties.fineTotal")).isEqualTo("500.0");
        assertThat(figures.getInt("inspections.total")).as("the joint operation's complete object").isEqualTo(1);
        assertThat(figures.getInt("inspections.joint")).isEqualTo(1);
        assertThat(figures.getInt("inspections.followedByAct")).isEqualTo(1);
        assertThat(figures.getInt("personnel.certificatesSuspended")).as("once, then by the failed review")
                .isEqualTo(2);
        assertThat(figures.getInt("personnel.officersAtYearEnd")).isEqualTo(2);
        assertThat(figures.getInt("personnel.examsTaken")).isEqualTo(1);
        assertThat(figures.getInt("personnel.examAbsences")).isEqualTo(1);

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
        assertThat(officers(town)).isEqualTo(officersBefore);
        assertThat(breakdown(town)).isEqualTo(byDepartmentBefore);

        try (EventFeed feed = new EventFeed()) {
            var c2 = TestEvents.caseFile(town, "2024-06-01", "M-CITY", "DEVOLVED", "V-1", "BRIGADE", "CITY");
            feed.send(EventFeed.CASES, c2.filed()).send(EventFeed.CASES, c2.decided("2024-06-10", penalty("WARNING")));
        }
        EventFeed.awaitCaughtUp();
        assertThat(JsonPath.from(summary(town)).getInt("penalties.decisions")).as("live consumer resumed").isEqualTo(2);
    }

    /**
     * What the projections of issue #10 hold: a post change, a failed review and a suspension with changeIds (one
     * published twice), an exam failed then passed, an absence, a joint operation whose object arrives first, an
     * inspection named by a case, an amendment to no penalty.
     */
    private static void feedWhatIssue10Counts(EventFeed feed, String town) {
        UUID moved = UUID.randomUUID();
        long changeIds = System.nanoTime() % 1_000_000_000_000L;
        var suspended = TestEvents.withChangeId(
                TestEvents.certificateChanged(town, moved, "RM-" + moved, "suspended", "2024-03-01"), changeIds + 1);
        feed.send(EventFeed.PERSONNEL, TestEvents.officerRegistered(town, moved, "OFFICE", "BUSINESS_OFFICE",
                "2019-01-01"))
                .send(EventFeed.PERSONNEL, TestEvents.certificateIssued(town, moved, "RM-" + moved, "2019-01-01",
                        "2029-12-31"))
                .send(EventFeed.PERSONNEL, suspended)
                .send(EventFeed.PERSONNEL, TestEvents.republished(suspended))
                .send(EventFeed.PERSONNEL, TestEvents.withChangeId(TestEvents.certificateChanged(town, moved,
                        "RM-" + moved, "reinstated", "2024-04-01"), changeIds + 2))
                .send(EventFeed.PERSONNEL, TestEvents.withChangeId(TestEvents.certificateReviewed(town, moved,
                        "RM-" + moved, "2024-10-01", false, "SUSPENDED"), changeIds + 3))
                .send(EventFeed.PERSONNEL, TestEvents.exam(town, moved, "ANNUAL_LEGAL", "2024-05-01", false))
                .send(EventFeed.PERSONNEL, TestEvents.exam(town, moved, "ANNUAL_LEGAL", "2024-06-01", true))
                .send(EventFeed.PERSONNEL, TestEvents.officerUpdated(town, moved, "OFFICE", "BUSINESS_OFFICE",
                        "2019-01-01", false, "2024-09-02T02:00:00Z", "2024-09-01"));
        UUID absent = UUID.randomUUID();
        feed.send(EventFeed.PERSONNEL, TestEvents.officerRegistered(town, absent, "BRIGADE", "ENFORCEMENT_BRIGADE",
                "2020-01-01"))
                .send(EventFeed.PERSONNEL, TestEvents.examAbsence(town, absent, "2024-11-15"));
        var operation = TestEvents.jointOperation(town, "2024-05-10", "V-1", true, List.of("BRIGADE", "SAFETY"),
                "DISTRICT-EMERGENCY", town);
        feed.send(EventFeed.CASES, operation.object("M-SAFE", "STATUTORY", true))
                .send(EventFeed.CASES, operation.object("M-SAFE", "STATUTORY", false))
                .send(EventFeed.CASES, operation.recorded(2, "M-SAFE"));
        var inspection = TestEvents.singleInspection(town, "2024-06-01", "M-CITY", "DEVOLVED", "V-1", false, true,
                "CITY");
        var named = TestEvents.caseFile(town, "2024-06-03", "M-CITY", "DEVOLVED", "V-1", "BRIGADE", "CITY");
        feed.send(EventFeed.CASES, named.filedAfter(inspection)).send(EventFeed.CASES, inspection)
                .send(EventFeed.CASES, TestEvents.patrol(town, "2024-06-02", "V-1", "BRIGADE"));
        var undone = TestEvents.caseFile(town, "2023-03-01", "M-CITY", "DEVOLVED", "V-1", "BRIGADE", "CITY");
        feed.send(EventFeed.CASES, undone.filed())
                .send(EventFeed.CASES, undone.decided("2023-03-10", penalty("FINE", "300.00")))
                .send(EventFeed.CASES, undone.amendedNotToPenalise("2023-03-10", "2023-06-01"));
    }

    private static String officers(String town) {
        return given().queryParam("orgUnit", town).get("/api/v1/reports/2024/officers").then().statusCode(200)
                .extract().asString();
    }

    private static String breakdown(String town) {
        return given().queryParam("orgUnit", town).queryParam("by", "department")
                .get("/api/v1/reports/2024/breakdown").then().statusCode(200).extract().asString();
    }

    /** The summary without asOf, which moves with every event of any town. */
    private static String summary(String town) {
        String json = given().queryParam("orgUnit", town).get("/api/v1/reports/2024/summary").then().statusCode(200)
                .extract().asString();
        return json.replaceAll("\"asOf\":\"[^\"]*\",?", "");
    }
}
