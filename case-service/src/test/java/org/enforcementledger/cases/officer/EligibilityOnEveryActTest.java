package org.enforcementledger.cases.officer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.enforcementledger.cases.support.Auth.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.enforcementledger.cases.outbox.OutboxEvent;
import org.enforcementledger.cases.support.CaseApi;
import org.enforcementledger.cases.support.PersonnelFeed;
import org.enforcementledger.localstack.LocalStackTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * R4.1 on every act (issue #10, item 8): an officer may act only while on the enforcement staff, in an enforcement
 * post and holding a certificate in force — on the filing day, the inspection day and the decision day alike. Each
 * test's officer holds two certificates, one expired (expiry is no status: it stays VALID) and one current, as in the
 * issue's report.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, scope = TestResourceScope.GLOBAL)
class EligibilityOnEveryActTest {

    @Inject
    PersonnelReplicaConsumer replica;

    /** A brigade officer with a certificate that expired at the end of 2019 and one in force 2020–2030. */
    private record TwoCertificates(UUID officer, String expired, String current) {
    }

    private static TwoCertificates brigadeOfficerWithTwoCertificates() {
        UUID id = UUID.randomUUID();
        PersonnelFeed.officer(id, "BRIGADE", "ENFORCEMENT_BRIGADE", false);
        String expired = PersonnelFeed.certificate(id, "2015-01-01", "2019-12-31");
        String current = PersonnelFeed.certificate(id, "2020-01-01", "2030-12-31");
        return new TwoCertificates(id, expired, current);
    }

    @Test
    void aDepartedOfficerMayNotFileNorDecideAfterLeavingWhateverCertificatesHeHoldsR41() {
        TwoCertificates zhang = brigadeOfficerWithTwoCertificates();
        List<UUID> team = List.of(PersonnelFeed.certifiedOfficer("BUSINESS_OFFICE"), zhang.officer());
        String matter = CaseApi.penaltyMatter();
        String village = CaseApi.village();
        UUID filedBefore = CaseApi.fileCase(CaseApi.newCase(matter, village, team, "2024-06-28"));
        // The departure as personnel-service sent it before issue #10: the expired certificate cancelled, the current
        // one left VALID.
        PersonnelFeed.certificateChanged(zhang.officer(), zhang.expired(), "cancelled", "2024-06-30");
        PersonnelFeed.departed(zhang.officer(), "BRIGADE", "ENFORCEMENT_BRIGADE", "2024-06-30", zhang.expired());
        assertThat(replica.awaitCaughtUp(Duration.ofSeconds(30))).isTrue();

        long outbox = outboxRows();
        String refusal = "R4.1: on 2024-07-01: officer " + zhang.officer() + " left the enforcement staff on "
                + "2024-06-30.";
        CaseApi.file(CaseApi.newCase(matter, village, team, "2024-07-01")).statusCode(422)
                .contentType("application/problem+json").body("rule", equalTo("R4.1"))
                .body("detail", equalTo(refusal));
        CaseApi.decide(filedBefore, CaseApi.decision("2024-07-01", List.of(CaseApi.fine("100")))).statusCode(422)
                .contentType("application/problem+json").body("rule", equalTo("R4.1"))
                .body("detail", equalTo(refusal));
        CaseApi.decide(filedBefore, CaseApi.decision("2024-06-30", List.of(CaseApi.fine("100")))).statusCode(422)
                .body("rule", equalTo("R4.1")).body("detail", equalTo("R4.1: on 2024-06-30: officer "
                        + zhang.officer() + " left the enforcement staff on 2024-06-30."));
        assertThat(outboxRows()).isEqualTo(outbox);
        given().get("/api/v1/cases/{id}", filedBefore).then().statusCode(200).body("status", equalTo("FILED"))
                .body("decision", nullValue());

        CaseApi.decide(filedBefore, CaseApi.decision("2024-06-29", List.of(CaseApi.fine("100")))).statusCode(200)
                .body("status", equalTo("DECIDED"));
    }

    @Test
    void anOfficerMovedOutOfAnEnforcementPostMayNotActFromThatDayUntilMovedBackR41() {
        TwoCertificates zhang = brigadeOfficerWithTwoCertificates();
        List<UUID> team = List.of(PersonnelFeed.certifiedOfficer("BUSINESS_OFFICE"), zhang.officer());
        String matter = CaseApi.penaltyMatter();
        String village = CaseApi.village();
        UUID filedBefore = CaseApi.fileCase(CaseApi.newCase(matter, village, team, "2024-02-29"));
        PersonnelFeed.officerUpdated(zhang.officer(), "BRIGADE", "ENFORCEMENT_BRIGADE", false, "2024-03-01");
        assertThat(replica.awaitCaughtUp(Duration.ofSeconds(30))).isTrue();

        long outbox = outboxRows();
        String refusal = "R4.1: on 2024-03-01: officer " + zhang.officer() + " is not in an enforcement post since "
                + "2024-03-01.";
        CaseApi.file(CaseApi.newCase(matter, village, team, "2024-03-01")).statusCode(422)
                .body("rule", equalTo("R4.1")).body("detail", equalTo(refusal));
        CaseApi.decide(filedBefore, CaseApi.decision("2024-03-01", List.of(CaseApi.fine("100")))).statusCode(422)
                .body("rule", equalTo("R4.1")).body("detail", equalTo(refusal));
        inspect(CaseApi.matter("STATUTORY", "INSPECTION", "2020-01-01", null), village, team, "2024-03-01")
                .statusCode(422).body("rule", equalTo("R4.1")).body("detail", equalTo(refusal));
        assertThat(outboxRows()).isEqualTo(outbox);
        CaseApi.file(CaseApi.newCase(matter, village, team, "2024-02-29")).statusCode(201);

        PersonnelFeed.officerUpdated(zhang.officer(), "BRIGADE", "ENFORCEMENT_BRIGADE", true, "2024-04-01");
        assertThat(replica.awaitCaughtUp(Duration.ofSeconds(30))).isTrue();
        CaseApi.file(CaseApi.newCase(matter, village, team, "2024-03-31")).statusCode(422)
                .body("detail", equalTo("R4.1: on 2024-03-31: officer " + zhang.officer()
                        + " is not in an enforcement post since 2024-03-01."));
        CaseApi.file(CaseApi.newCase(matter, village, team, "2024-04-01")).statusCode(201);
        CaseApi.decide(filedBefore, CaseApi.decision("2024-04-01", List.of(CaseApi.fine("100")))).statusCode(200);
    }

    @Test
    void anUpdateWithoutEffectiveOnTakesEffectOnItsOwnDayR41() {
        TwoCertificates zhang = brigadeOfficerWithTwoCertificates();
        List<UUID> team = List.of(PersonnelFeed.certifiedOfficer("BUSINESS_OFFICE"), zhang.officer());
        PersonnelFeed.officerUpdated(zhang.officer(), "BRIGADE", "ENFORCEMENT_BRIGADE", false, null);
        assertThat(replica.awaitCaughtUp(Duration.ofSeconds(30))).isTrue();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String matter = CaseApi.penaltyMatter();
        String village = CaseApi.village();

        CaseApi.file(CaseApi.newCase(matter, village, team, today.minusDays(1).toString())).statusCode(201);
        CaseApi.file(CaseApi.newCase(matter, village, team, today.toString())).statusCode(422)
                .body("rule", equalTo("R4.1")).body("detail", equalTo("R4.1: on " + today + ": officer "
                        + zhang.officer() + " is not in an enforcement post since " + today + "."));
    }

    private static ValidatableResponse inspect(String matter, String village, List<UUID> officers, String day) {
        return given().contentType(ContentType.JSON).body(Map.of("conductedOn", day, "matterCode", matter,
                "villageCode", village, "kind", "ROUTINE", "departmentCodes", List.of("BRIGADE"), "officerIds",
                officers, "target", Map.of("kind", "ORGANIZATION", "name", "重庆某某建材有限公司"), "enterpriseRelated",
                true, "findings", "消防通道堵塞，已责令当场整改"))
                .post("/api/v1/inspections").then();
    }

    private static long outboxRows() {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count());
    }
}
