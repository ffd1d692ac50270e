package org.enforcementledger.report.security;

import static org.enforcementledger.report.support.TestEvents.penalty;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;

import org.enforcementledger.localstack.LocalStackTestResource;
import org.enforcementledger.report.support.Auth;
import org.enforcementledger.report.support.EventFeed;
import org.enforcementledger.report.support.TestEvents;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Figures per town: a town's leader reads their own town only (another town is a 404); the district supervisor reads
 * any town and the district roll-up, which is the sum of the towns.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, scope = TestResourceScope.GLOBAL)
class DistrictRollUpTest {

    /** No other test writes figures for this year, so the district's case figures are exactly these towns'. */
    private static final int YEAR = 2031;

    @Test
    void theDistrictRollUpIsTheSumOfTheTownsAndEachTownSeesOnlyItself() {
        String townA = TestEvents.uniqueOrgUnit();
        String townB = TestEvents.uniqueOrgUnit();
        try (EventFeed feed = new EventFeed()) {
            var a1 = TestEvents.caseFile(townA, "2031-03-01", "M-CITY", "DEVOLVED", "大湾村", "BRIGADE", "CITY");
            feed.send(EventFeed.CASES, a1.filed()).send(EventFeed.CASES,
                    a1.decided("2031-03-10", penalty("FINE", "1200.00")));
            var a2 = TestEvents.caseFile(townA, "2031-04-01", "M-SAFE", "STATUTORY", "大湾村", "BRIGADE", "SAFETY");
            feed.send(EventFeed.CASES, a2.filed()).send(EventFeed.CASES, a2.decided("2031-04-10", penalty("WARNING")));
            var b1 = TestEvents.caseFile(townB, "2031-05-01", "M-CITY", "ENTRUSTED", "龙溪村", "BRIGADE", "CITY");
            feed.send(EventFeed.CASES, b1.filed()).send(EventFeed.CASES,
                    b1.decided("2031-05-10", penalty("FINE", "300.50")));
            var operation = TestEvents.jointOperation(townB, "2031-06-02", "龙溪村", true, List.of("BRIGADE", "SAFETY"),
                    "DISTRICT-EMERGENCY", townB);
            feed.send(EventFeed.CASES, operation.recorded(1, "M-SAFE"))
                    .send(EventFeed.CASES, operation.object("M-SAFE", "STATUTORY", true));
        }
        EventFeed.awaitCaughtUp();

        Auth.as("leader.a", townA, "leader").get("/api/v1/reports/{y}/summary", YEAR).then().statusCode(200)
                .body("orgUnit", equalTo(townA)).body("penalties.decisions", equalTo(2))
                .body("penalties.fineTotal", equalTo(1200.00f));
        Auth.as("leader.a", townA, "leader").get("/api/v1/reports/{y}/summary?orgUnit={u}", YEAR, townB).then()
                .statusCode(404);
        Auth.as("platform", null, "statistics-reader", "district-supervisor")
                .get("/api/v1/reports/{y}/summary?orgUnit={u}", YEAR, townB).then().statusCode(200)
                .body("penalties.decisions", equalTo(1)).body("inspections.joint", equalTo(1));

        Auth.as("zhao.supervisor", "500112", "district-supervisor").get("/api/v1/reports/{y}/summary", YEAR).then()
                .statusCode(200)
                .body("orgUnit", equalTo("district"))
                .body("penalties.decisions", equalTo(3))
                .body("penalties.fineTotal", equalTo(1500.50f))
                .body("penalties.bySource.DEVOLVED", equalTo(1))
                .body("penalties.bySource.STATUTORY", equalTo(1))
                .body("penalties.bySource.ENTRUSTED", equalTo(1))
                .body("cases.filed", equalTo(3))
                .body("inspections.total", equalTo(1))
                .body("reviews.challengeRate.denominator", equalTo(3));
        Auth.as("zhao.supervisor", "500112", "district-supervisor")
                .get("/api/v1/reports/{y}/breakdown?by=month", YEAR).then().statusCode(400)
                .body("errors[0].field", equalTo("orgUnit"));
    }
}
