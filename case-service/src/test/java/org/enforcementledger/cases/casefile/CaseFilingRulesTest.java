package org.enforcementledger.cases.casefile;

import static org.enforcementledger.cases.support.Auth.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.enforcementledger.cases.outbox.OutboxEvent;
import org.enforcementledger.cases.support.CaseApi;
import org.enforcementledger.cases.support.PersonnelFeed;
import org.enforcementledger.localstack.LocalStackTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Filing a case (立案): each rule refusing, each boundary accepting; a refusal stores and publishes nothing. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, scope = TestResourceScope.GLOBAL)
class CaseFilingRulesTest {

    @Test
    void aCaseUnderAStatutoryMatterIsFiledInTheTownsName() {
        Map<String, Object> body = CaseApi.newCase(CaseApi.penaltyMatter(), CaseApi.village(), PersonnelFeed.team(),
                "2024-05-06");
        CaseApi.file(body).statusCode(201)
                .body("status", equalTo("FILED"))
                .body("matterSource", equalTo("STATUTORY"))
                .body("actingInNameOf", nullValue())
                .body("decisionDueBy", equalTo("2024-08-04"))
                .body("departmentCodes", org.hamcrest.Matchers.contains("BRIGADE", "SAFETY"))
                .body("history[0].action", equalTo("FILED"));
    }

    @Test
    void theMatterMustBeInForceOnTheFilingDayR22() {
        String matter = CaseApi.matter("STATUTORY", "PENALTY", "2024-01-01", "2024-06-30");
        String village = CaseApi.village();
        List<UUID> team = PersonnelFeed.team();
        CaseApi.file(CaseApi.newCase(matter, village, team, "2024-06-30")).statusCode(201);
        long outboxBefore = outboxRows();
        CaseApi.file(CaseApi.newCase(matter, village, team, "2024-07-01")).statusCode(422)
                .contentType("application/problem+json").body("rule", equalTo("R2.2"));
        CaseApi.file(CaseApi.newCase(matter, village, team, "2023-12-31")).statusCode(422).body("rule", equalTo("R2.2"));
        assertThat(outboxRows()).isEqualTo(outboxBefore);
    }

    @Test
    void anEntrustedCaseActsInTheBureausNameUntilItsLetterExpiresR31() {
        String matter = CaseApi.matter("ENTRUSTED", "PENALTY", "2020-01-01", null);
        String letter = CaseApi.unique("渝北应急委");
        CaseApi.entrustment(letter, List.of(matter), "2024-01-01", "2024-06-30", "2024-01-05").statusCode(201);
        String village = CaseApi.village();
        List<UUID> team = PersonnelFeed.team();

        CaseApi.file(CaseApi.newCase(matter, village, team, "2024-06-30")).statusCode(201)
                .body("matterSource", equalTo("ENTRUSTED"))
                .body("actingInNameOf", equalTo("重庆市渝北区应急管理局"))
                .body("entrustmentNumber", equalTo(letter));
        CaseApi.file(CaseApi.newCase(matter, village, team, "2024-07-01")).statusCode(422)
                .body("rule", equalTo("R3.1")).body("detail", containsString("expired on 2024-06-30"));
        CaseApi.file(CaseApi.newCase(matter, village, team, "2024-01-04")).statusCode(422)
                .body("rule", equalTo("R3.1")).body("detail", containsString("published only on 2024-01-05"));
    }

    @Test
    void anUnpublishedLetterAuthorisesNothingR31() {
        String matter = CaseApi.matter("ENTRUSTED", "PENALTY", "2020-01-01", null);
        CaseApi.entrustment(CaseApi.unique("L"), List.of(matter), "2024-01-01", "2026-12-31", null).statusCode(201);
        CaseApi.file(CaseApi.newCase(matter, CaseApi.village(), PersonnelFeed.team(), "2024-03-01")).statusCode(422)
                .body("rule", equalTo("R3.1")).body("detail", containsString("is not published"));
    }

    @Test
    void aCaseWithOneOfficerIsRefusedR46() {
        UUID only = PersonnelFeed.certifiedOfficer("ENFORCEMENT_BRIGADE");
        String matter = CaseApi.penaltyMatter();
        String village = CaseApi.village();
        CaseApi.file(CaseApi.newCase(matter, village, List.of(only), "2024-05-06")).statusCode(422)
                .body("rule", equalTo("R4.6"));
        CaseApi.file(CaseApi.newCase(matter, village, List.of(only, only), "2024-05-06")).statusCode(422)
                .body("rule", equalTo("R4.6"));
    }

    @Test
    void anOfficerWhoseCertificateWasRevokedTheDayBeforeCannotActR41() {
        UUID office = PersonnelFeed.certifiedOfficer("BUSINESS_OFFICE");
        UUID brigade = UUID.randomUUID();
        PersonnelFeed.officer(brigade, "BRIGADE", "ENFORCEMENT_BRIGADE", false);
        String number = PersonnelFeed.certificate(brigade, "2020-01-01", "2030-12-31");
        PersonnelFeed.certificateChanged(brigade, number, "revoked", "2024-05-05");
        String matter = CaseApi.penaltyMatter();
        String village = CaseApi.village();

        CaseApi.file(CaseApi.newCase(matter, village, List.of(office, brigade), "2024-05-06")).statusCode(422)
                .body("rule", equalTo("R4.1")).body("detail", containsString(brigade.toString()));
        CaseApi.file(CaseApi.newCase(matter, village, List.of(office, brigade), "2024-05-04")).statusCode(201);
    }

    @Test
    void aCaseFiledRightAfterItsOfficersCertificatesWereIssuedSucceeds() {
        UUID office = UUID.randomUUID();
        UUID brigade = UUID.randomUUID();
        PersonnelFeed.officer(office, "SAFETY", "BUSINESS_OFFICE", false);
        PersonnelFeed.officer(brigade, "BRIGADE", "ENFORCEMENT_BRIGADE", false);
        PersonnelFeed.certificate(office, "2024-05-06", "2030-12-31");
        PersonnelFeed.certificate(brigade, "2024-05-06", "2030-12-31");
        CaseApi.file(CaseApi.newCase(CaseApi.penaltyMatter(), CaseApi.village(), List.of(office, brigade),
                "2024-05-06")).statusCode(201);
    }

    @Test
    void aTeamWithoutABusinessOfficeOfficerIsRefusedUnderTheOnePlusOneMode() {
        List<UUID> brigadeOnly = List.of(PersonnelFeed.certifiedOfficer("ENFORCEMENT_BRIGADE"),
                PersonnelFeed.certifiedOfficer("ENFORCEMENT_BRIGADE"));
        CaseApi.file(CaseApi.newCase(CaseApi.penaltyMatter(), CaseApi.village(), brigadeOnly, "2024-05-06"))
                .statusCode(422).body("rule", equalTo("§4.5"));
    }

    @Test
    void theLimitationPeriodIsTwoYearsFromTheActAndFiveWithSeriousHarm() {
        String matter = CaseApi.penaltyMatter();
        String village = CaseApi.village();
        List<UUID> team = PersonnelFeed.team();
        Map<String, Object> inTime = CaseApi.newCase(matter, village, team, "2024-05-01");
        inTime.put("violationOn", "2022-05-01");
        CaseApi.file(inTime).statusCode(201);

        Map<String, Object> late = CaseApi.newCase(matter, village, team, "2024-05-02");
        late.put("violationOn", "2022-05-01");
        CaseApi.file(late).statusCode(422).body("rule", equalTo("§5.2"));

        late.put("seriousHarm", true);
        CaseApi.file(late).statusCode(201);
    }

    @Test
    void badInputIsNamed() {
        Map<String, Object> body = CaseApi.newCase("NOPE", CaseApi.village(), PersonnelFeed.team(), "2024-05-06");
        CaseApi.file(body).statusCode(422).body("errors[0].field", equalTo("matterCode"));
        body.put("matterCode", CaseApi.penaltyMatter());
        body.put("villageCode", "NOPE");
        CaseApi.file(body).statusCode(422).body("errors[0].field", equalTo("villageCode"));
        body.put("villageCode", CaseApi.village());
        body.put("violationOn", "2024-05-07");
        CaseApi.file(body).statusCode(400).body("errors[0].field", equalTo("violationOn"));
        body.put("violationOn", "2024-05-01");
        body.put("procedure", "QUICK");
        CaseApi.file(body).statusCode(400).body("errors[0].field", equalTo("procedure"));
        body.remove("procedure");
        body.put("party", Map.of("kind", "PERSON", "name", "刘某"));
        CaseApi.file(body).statusCode(400).body("errors.field", org.hamcrest.Matchers.hasItems("party.idNumber",
                "procedure"));
        given().get("/api/v1/cases/{id}", UUID.randomUUID()).then().statusCode(404);
    }

    private static long outboxRows() {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count());
    }
}
