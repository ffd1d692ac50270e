package org.enforcementledger.cases.casefile;

import static org.enforcementledger.cases.support.Auth.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.enforcementledger.cases.support.CaseApi;
import org.enforcementledger.cases.support.PersonnelFeed;
import org.enforcementledger.localstack.LocalStackTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Deciding a case under the Administrative Penalty Law (spec §5.3, §5.4). */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, scope = TestResourceScope.GLOBAL)
class DecisionRulesTest {

    private static UUID filed(String procedure, String partyKind) {
        Map<String, Object> body = CaseApi.newCase(CaseApi.penaltyMatter(), CaseApi.village(), PersonnelFeed.team(),
                "2024-05-06");
        body.put("procedure", procedure);
        body.put("party", Map.of("kind", partyKind, "name", "当事人", "idNumber", "91500112MA5U1234XY"));
        return CaseApi.fileCase(body);
    }

    @Test
    void onTheSpotAPersonMayBeFined200YuanButNot201() {
        CaseApi.decide(filed("SIMPLE", "PERSON"), CaseApi.decision("2024-05-06", List.of(CaseApi.fine("200"))))
                .statusCode(200).body("status", equalTo("DECIDED")).body("decision.fineTotal", equalTo(200.0f));
        CaseApi.decide(filed("SIMPLE", "PERSON"), CaseApi.decision("2024-05-06", List.of(CaseApi.fine("201"))))
                .statusCode(422).body("rule", equalTo("§5.3"));
    }

    @Test
    void onTheSpotAnOrganisationMayBeFined3000YuanButNotMore() {
        CaseApi.decide(filed("SIMPLE", "ORGANIZATION"), CaseApi.decision("2024-05-06", List.of(CaseApi.fine("3000"))))
                .statusCode(200);
        CaseApi.decide(filed("SIMPLE", "ORGANIZATION"),
                CaseApi.decision("2024-05-06", List.of(CaseApi.fine("3000.01")))).statusCode(422)
                .body("rule", equalTo("§5.3"));
    }

    @Test
    void theSimpleProcedureAllowsOnlyWarningsAndFines() {
        CaseApi.decide(filed("SIMPLE", "PERSON"), CaseApi.decision("2024-05-06",
                List.of(Map.of("kind", "WARNING")))).statusCode(200);
        CaseApi.decide(filed("SIMPLE", "PERSON"), CaseApi.decision("2024-05-06",
                List.of(Map.of("kind", "CONFISCATE_ILLEGAL_GAINS", "amount", 50)))).statusCode(422)
                .body("rule", equalTo("§5.3"));
    }

    @Test
    void from5000YuanForAPersonAHearingMustBeOfferedAndALegalReviewPassed() {
        UUID caseId = filed("GENERAL", "PERSON");
        CaseApi.decide(caseId, CaseApi.decision("2024-06-20", List.of(CaseApi.fine("4999.99")))).statusCode(200);

        UUID heavy = filed("GENERAL", "PERSON");
        Map<String, Object> body = CaseApi.decision("2024-06-20", List.of(CaseApi.fine("5000")));
        CaseApi.decide(heavy, body).statusCode(422).body("rule", equalTo("§5.4"))
                .body("detail", org.hamcrest.Matchers.containsString("hearing"));
        body.put("hearing", Map.of("offeredOn", "2024-06-01", "held", true));
        CaseApi.decide(heavy, body).statusCode(422).body("rule", equalTo("§5.4"))
                .body("detail", org.hamcrest.Matchers.containsString("legal review"));
        body.put("legalReview", Map.of("reviewerOfficerId", qualifiedReviewer(), "reviewedOn", "2024-06-15",
                "passed", true));
        CaseApi.decide(heavy, body).statusCode(200).body("decision.hearingHeld", equalTo(true));
    }

    @Test
    void anOrganisationIsOfferedAHearingFrom50000YuanAndForTheHeavyKinds() {
        CaseApi.decide(filed("GENERAL", "ORGANIZATION"), CaseApi.decision("2024-06-20",
                List.of(CaseApi.fine("49999")))).statusCode(200);
        CaseApi.decide(filed("GENERAL", "ORGANIZATION"), CaseApi.decision("2024-06-20",
                List.of(CaseApi.fine("50000")))).statusCode(422).body("rule", equalTo("§5.4"));
        CaseApi.decide(filed("GENERAL", "ORGANIZATION"), CaseApi.decision("2024-06-20",
                List.of(Map.of("kind", "ORDER_CLOSURE")))).statusCode(422).body("rule", equalTo("§5.4"));
    }

    @Test
    void aFirstTimeLegalReviewerWithoutTheQualificationIsRefusedR45() {
        UUID unqualified = UUID.randomUUID();
        PersonnelFeed.officer(unqualified, "LEGAL", "BUSINESS_OFFICE", false);
        Map<String, Object> body = CaseApi.decision("2024-06-20", List.of(CaseApi.fine("6000")));
        body.put("hearing", Map.of("offeredOn", "2024-06-01", "held", false));
        body.put("legalReview", Map.of("reviewerOfficerId", unqualified, "reviewedOn", "2024-06-15", "passed", true));
        CaseApi.decide(filed("GENERAL", "PERSON"), body).statusCode(422).body("rule", equalTo("R4.5"));
    }

    @Test
    void theDecisionIsDueWithin90DaysOfFilingUnlessExtended() {
        UUID onTime = filed("GENERAL", "PERSON");
        CaseApi.decide(onTime, CaseApi.decision("2024-08-04", List.of(CaseApi.fine("100")))).statusCode(200);

        UUID late = filed("GENERAL", "PERSON");
        CaseApi.decide(late, CaseApi.decision("2024-08-05", List.of(CaseApi.fine("100")))).statusCode(422)
                .body("rule", equalTo("§5.4"));
        given().contentType(ContentType.JSON).body(Map.of("approvedOn", "2024-08-01", "days", 30, "reason", "案情复杂"))
                .post("/api/v1/cases/{id}/time-limit-extension", late).then().statusCode(200)
                .body("decisionDueBy", equalTo("2024-09-03"));
        CaseApi.decide(late, CaseApi.decision("2024-08-05", List.of(CaseApi.fine("100")))).statusCode(200);
    }

    @Test
    void aConcurrentDoubleSubmissionRecordsOneDecision() throws Exception {
        UUID caseId = filed("GENERAL", "PERSON");
        Map<String, Object> body = CaseApi.decision("2024-06-20", List.of(CaseApi.fine("1000")));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> twice = List.of(() -> CaseApi.decide(caseId, body).extract().statusCode(),
                    () -> CaseApi.decide(caseId, body).extract().statusCode());
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : pool.invokeAll(twice)) {
                statuses.add(result.get());
            }
            assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        } finally {
            pool.shutdownNow();
        }
        given().get("/api/v1/cases/{id}", caseId).then()
                .body("history.findAll { it.action == 'DECIDED' }.size()", equalTo(1));
    }

    @Test
    void penaltiesMustMatchTheOutcomeAndCarryAmountsOnlyForMoney() {
        UUID caseId = filed("GENERAL", "PERSON");
        Map<String, Object> noPenalty = new HashMap<>(CaseApi.decision("2024-06-20", List.of(CaseApi.fine("10"))));
        noPenalty.put("outcome", "NO_PENALTY");
        CaseApi.decide(caseId, noPenalty).statusCode(400).body("errors[0].field", equalTo("penalties"));
        CaseApi.decide(caseId, CaseApi.decision("2024-06-20", List.of(Map.of("kind", "FINE")))).statusCode(400)
                .body("errors[0].field", equalTo("penalties[0].amount"));
        CaseApi.decide(caseId, CaseApi.decision("2024-06-20", List.of(Map.of("kind", "WARNING", "amount", 5))))
                .statusCode(400).body("errors[0].field", equalTo("penalties[0].amount"));
        CaseApi.decide(caseId, CaseApi.decision("2024-06-20", List.of(Map.of("kind", "DETENTION")))).statusCode(400)
                .body("errors[0].field", equalTo("penalties[0].kind"));
        CaseApi.decide(caseId, CaseApi.decision("2024-05-05", List.of(CaseApi.fine("10")))).statusCode(400)
                .body("errors[0].field", equalTo("decidedOn"));
        CaseApi.decide(caseId, CaseApi.decision("2024-06-20", List.of())).statusCode(200)
                .body("decision.outcome", equalTo("NO_PENALTY"));
    }

    private static UUID qualifiedReviewer() {
        UUID reviewer = UUID.randomUUID();
        PersonnelFeed.officer(reviewer, "LEGAL", "BUSINESS_OFFICE", true);
        return reviewer;
    }
}
