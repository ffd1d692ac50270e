package org.enforcementledger.cases.coercion;

import static org.enforcementledger.cases.support.Auth.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.HashMap;
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
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Coercive measures (spec §7): never entrusted (R3.5), two eligible officers (R4.6), 30 (+30) days. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, scope = TestResourceScope.GLOBAL)
class CoerciveMeasureRulesTest {

    @Test
    void sealingLastsAtMost30DaysOr60WithAnApprovedExtension() {
        UUID caseId = CaseApi.fileCase(CaseApi.newCase(CaseApi.penaltyMatter(), CaseApi.village(),
                PersonnelFeed.team(), "2024-05-06"));
        List<UUID> officers = PersonnelFeed.team();
        apply(caseId, "SEAL", 30, false, officers).statusCode(201).body("days", equalTo(30));
        apply(caseId, "SEIZE", 31, false, officers).statusCode(422).body("rule", equalTo("§7"));
        apply(caseId, "SEIZE", 60, true, officers).statusCode(201);
        apply(caseId, "SEIZE", 61, true, officers).statusCode(422).body("rule", equalTo("§7"));
        given().get("/api/v1/cases/{id}", caseId).then()
                .body("history.findAll { it.action == 'COERCIVE_MEASURE' }.size()", equalTo(2));
    }

    @Test
    void noCoerciveMeasureUnderAnEntrustedMatterR35() {
        String matter = CaseApi.matter("ENTRUSTED", "PENALTY", "2020-01-01", null);
        CaseApi.entrustment(CaseApi.unique("L"), List.of(matter), "2024-01-01", "2026-12-31", "2024-01-02")
                .statusCode(201);
        UUID caseId = CaseApi.fileCase(CaseApi.newCase(matter, CaseApi.village(), PersonnelFeed.team(), "2024-05-06"));
        apply(caseId, "SEAL", 10, false, PersonnelFeed.team()).statusCode(422).body("rule", equalTo("R3.5"));
    }

    @Test
    void aCoerciveMeasureNeedsTwoEligibleOfficersR46() {
        UUID caseId = CaseApi.fileCase(CaseApi.newCase(CaseApi.penaltyMatter(), CaseApi.village(),
                PersonnelFeed.team(), "2024-05-06"));
        apply(caseId, "SEAL", 10, false, List.of(PersonnelFeed.certifiedOfficer("ENFORCEMENT_BRIGADE")))
                .statusCode(422).body("rule", equalTo("R4.6"));
        UUID uncertified = UUID.randomUUID();
        PersonnelFeed.officer(uncertified, "BRIGADE", "ENFORCEMENT_BRIGADE", false);
        apply(caseId, "SEAL", 10, false, List.of(PersonnelFeed.certifiedOfficer("ENFORCEMENT_BRIGADE"), uncertified))
                .statusCode(422).body("rule", equalTo("R4.1"));
    }

    @Test
    void anEntrustmentLetterCannotNameACoerciveMatterR35OrANonEntrustedOneR31() {
        CaseApi.entrustment(CaseApi.unique("L"), List.of(CaseApi.matter("ENTRUSTED", "COERCION", "2020-01-01", null)),
                "2024-01-01", "2026-12-31", "2024-01-02").statusCode(422).body("rule", equalTo("R3.5"));
        CaseApi.entrustment(CaseApi.unique("L"), List.of(CaseApi.penaltyMatter()), "2024-01-01", "2026-12-31",
                "2024-01-02").statusCode(422).body("rule", equalTo("R3.1"));
    }

    private static ValidatableResponse apply(UUID caseId, String kind, int days, boolean extension, List<UUID> officers) {
        Map<String, Object> body = new HashMap<>(Map.of("caseId", caseId, "kind", kind, "appliedOn", "2024-05-08",
                "days", days, "officerIds", officers));
        body.put("extensionApproved", extension);
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/coercive-measures").then();
    }
}
