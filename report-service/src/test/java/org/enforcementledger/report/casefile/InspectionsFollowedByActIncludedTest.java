package org.enforcementledger.report.casefile;

import static org.enforcementledger.report.support.Auth.given;
import static org.enforcementledger.report.support.TestEvents.penalty;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.enforcementledger.localstack.LocalStackTestResource;
import org.enforcementledger.report.support.EventFeed;
import org.enforcementledger.report.support.TestEvents;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * R8.8 leaves it to the template whether an inspection followed by a penalty or another act also counts as an
 * inspection: with {@code ledger.report.inspections-followed-by-act=INCLUDE} it does (the default, EXCLUDE, is in
 * {@link CaseFiguresTest}).
 */
@QuarkusTest
@TestProfile(InspectionsFollowedByActIncludedTest.Included.class)
@WithTestResource(value = LocalStackTestResource.class, scope = TestResourceScope.GLOBAL)
class InspectionsFollowedByActIncludedTest {

    public static class Included implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("ledger.report.inspections-followed-by-act", "INCLUDE");
        }
    }

    /** i1 is named by c1's filing, i2 by none, i3's record holds no findings: 2 inspections, 1 followed by an act. */
    @Test
    void anInspectionFollowedByACaseCountsAsAnInspectionToo() {
        String town = TestEvents.uniqueOrgUnit();
        try (EventFeed feed = new EventFeed()) {
            var i1 = TestEvents.singleInspection(town, "2024-06-01", "M-SAFE", "STATUTORY", "V-1", true, true,
                    "SAFETY");
            var c1 = TestEvents.caseFile(town, "2024-06-05", "M-SAFE", "STATUTORY", "V-1", "SAFETY", "BRIGADE");
            feed.send(EventFeed.CASES, c1.filedAfter(i1))
                    .send(EventFeed.CASES, c1.decided("2024-06-20", penalty("FINE", "500.00")))
                    .send(EventFeed.CASES, i1)
                    .send(EventFeed.CASES, TestEvents.singleInspection(town, "2024-07-01", "M-SAFE", "STATUTORY",
                            "V-1", false, true, "SAFETY"))
                    .send(EventFeed.CASES, TestEvents.singleInspection(town, "2024-07-02", "M-SAFE", "STATUTORY",
                            "V-1", false, false, "SAFETY"));
        }
        EventFeed.awaitCaughtUp();
        given().queryParam("orgUnit", town).get("/api/v1/reports/2024/summary").then().statusCode(200)
                .body("inspections.total", equalTo(2))
                .body("inspections.enterpriseRelated", equalTo(1))
                .body("inspections.followedByAct", equalTo(1))
                .body("inspections.joint", equalTo(0));
    }
}
