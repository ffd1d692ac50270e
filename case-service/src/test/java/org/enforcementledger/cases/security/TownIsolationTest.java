package org.enforcementledger.cases.security;

import static org.enforcementledger.cases.support.Auth.OTHER_TOWN;
import static org.enforcementledger.cases.support.Auth.TOWN;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.enforcementledger.cases.support.Auth;
import org.enforcementledger.cases.support.CaseApi;
import org.enforcementledger.cases.support.PersonnelFeed;
import org.enforcementledger.localstack.LocalStackTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** A town's case officers see and change only its cases; the district supervisor sees every town's. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, scope = TestResourceScope.GLOBAL)
class TownIsolationTest {

    @Test
    void anotherTownsCaseOfficerGets404AndCannotDecideIt() {
        UUID caseId = CaseApi.fileCase(CaseApi.newCase(CaseApi.penaltyMatter(), CaseApi.village(),
                PersonnelFeed.team(), "2024-03-01"));

        Auth.as("li.officer", OTHER_TOWN, "case-officer").get("/api/v1/cases/{id}", caseId).then().statusCode(404)
                .body("detail", equalTo("No case " + caseId + "."));
        Auth.as("li.officer", OTHER_TOWN, "case-officer").contentType(ContentType.JSON)
                .body(CaseApi.decision("2024-03-20", List.of(CaseApi.fine("150"))))
                .post("/api/v1/cases/{id}/decision", caseId).then().statusCode(404);
        Auth.as("li.officer", OTHER_TOWN, "case-officer").get("/api/v1/cases?year=2024&size=200").then()
                .statusCode(200).body("items.id", not(hasItem(caseId.toString())));

        Auth.as("zhao.supervisor", "500112", "district-supervisor").get("/api/v1/cases/{id}", caseId).then()
                .statusCode(200).body("status", equalTo("FILED"));
        Auth.as("zhao.supervisor", "500112", "district-supervisor")
                .get("/api/v1/cases?year=2024&size=200&orgUnit={u}", OTHER_TOWN).then().statusCode(200)
                .body("items.id", not(hasItem(caseId.toString())));
    }

    @Test
    void theAuditTrailNamesWhoFiledExtendedAndDecided() {
        UUID caseId = UUID.fromString(Auth.as("wang.officer", TOWN, "case-officer").contentType(ContentType.JSON)
                .body(CaseApi.newCase(CaseApi.penaltyMatter(), CaseApi.village(), PersonnelFeed.team(), "2024-05-06"))
                .post("/api/v1/cases").then().statusCode(201).extract().<String> path("id"));
        Auth.as("chen.officer", TOWN, "case-officer").contentType(ContentType.JSON)
                .body(Map.of("approvedOn", "2024-05-10", "days", 30, "reason", "案情复杂，经负责人批准延长"))
                .post("/api/v1/cases/{id}/time-limit-extension", caseId).then().statusCode(200);
        Auth.as("liu.officer", TOWN, "case-officer").contentType(ContentType.JSON)
                .body(CaseApi.decision("2024-05-20", List.of(CaseApi.fine("100"))))
                .post("/api/v1/cases/{id}/decision", caseId).then().statusCode(200);

        Auth.as("zhao.supervisor", "500112", "district-supervisor").get("/api/v1/audit?entity={id}", caseId).then()
                .statusCode(200)
                .body("actor", contains("wang.officer", "chen.officer", "liu.officer"))
                .body("change", contains("enforcementledger.case.case.filed.v1",
                        "enforcementledger.case.case.time-limit-extended", "enforcementledger.case.case.decided.v1"))
                .body("[1].data.days", equalTo(30));
        Auth.as("wang.officer", TOWN, "case-officer").get("/api/v1/audit?entity={id}", caseId).then()
                .statusCode(403);
    }
}
