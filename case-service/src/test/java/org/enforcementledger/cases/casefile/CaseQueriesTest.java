package org.enforcementledger.cases.casefile;

import static org.enforcementledger.cases.support.Auth.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.enforcementledger.cases.support.CaseApi;
import org.enforcementledger.cases.support.PersonnelFeed;
import org.enforcementledger.localstack.LocalStackTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, scope = TestResourceScope.GLOBAL)
class CaseQueriesTest {

    @Test
    void casesAreListedByYearStatusVillageAndMatterWithIdNumbersMasked() {
        String matter = CaseApi.penaltyMatter();
        String village = CaseApi.village();
        List<UUID> team = PersonnelFeed.team();
        UUID decided = CaseApi.fileCase(CaseApi.newCase(matter, village, team, "2024-03-01"));
        CaseApi.decide(decided, CaseApi.decision("2024-03-20", List.of(CaseApi.fine("150")))).statusCode(200);
        CaseApi.fileCase(CaseApi.newCase(matter, village, team, "2024-04-01"));
        CaseApi.fileCase(CaseApi.newCase(matter, village, team, "2023-12-31"));

        given().queryParam("villageCode", village).queryParam("year", 2024).get("/api/v1/cases").then()
                .statusCode(200).body("total", equalTo(2))
                .body("items[0].filedOn", equalTo("2024-04-01"))
                .body("items[1].fineTotal", equalTo(150.0f))
                .body("items[0].party.idNumber", equalTo("500112********1234"));
        given().queryParam("villageCode", village).queryParam("status", "DECIDED").get("/api/v1/cases").then()
                .body("total", equalTo(1)).body("items[0].id", equalTo(decided.toString()));
        given().queryParam("matterCode", matter).queryParam("size", 1).queryParam("page", 2).get("/api/v1/cases")
                .then().body("total", equalTo(3)).body("items.size()", equalTo(1))
                .body("items[0].filedOn", equalTo("2023-12-31"));
        given().get("/api/v1/cases/{id}", decided).then().body("party.idNumber", equalTo("500112199001011234"))
                .body("decision.penalties[0].kind", equalTo("FINE"));
        given().queryParam("size", 0).get("/api/v1/cases").then().statusCode(400);
    }

    @Test
    void theCatalogueAndLettersAreListed() {
        String matter = CaseApi.matter("ENTRUSTED", "PENALTY", "2024-01-01", "2024-12-31");
        String letter = CaseApi.unique("L");
        CaseApi.entrustment(letter, List.of(matter), "2024-01-01", "2024-12-31", "2024-01-02").statusCode(201);
        given().queryParam("inForceOn", "2025-01-01").get("/api/v1/matters").then().statusCode(200)
                .body("code", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(matter)));
        given().get("/api/v1/matters").then().body("code", org.hamcrest.Matchers.hasItem(matter));
        given().get("/api/v1/entrustments").then()
                .body("find { it.number == '" + letter + "' }.matterCodes", equalTo(List.of(matter)));
        given().contentType("application/json").body(Map.of("code", CaseApi.unique("M"), "name", "x", "actType",
                "PENALTY", "source", "DEVOLVED", "legalBasis", "x", "effectiveFrom", "2024-01-01"))
                .post("/api/v1/matters").then().statusCode(400).body("errors[0].field", equalTo("originalDepartment"));
    }
}
