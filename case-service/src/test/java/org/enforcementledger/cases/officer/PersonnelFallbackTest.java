package org.enforcementledger.cases.officer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.enforcementledger.cases.support.CaseApi;
import org.enforcementledger.cases.support.PersonnelFeed;
import org.enforcementledger.localstack.LocalStackTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * An officer certified so recently that the event is still in personnel-service's outbox: the replica does not know
 * them, so case-service asks personnel-service before refusing.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(FakePersonnelService.class)
class PersonnelFallbackTest {

    @Inject
    PersonnelReplicaConsumer replica;

    @Test
    void anOfficerNotYetInTheReplicaIsAcceptedWhenPersonnelServiceSaysEligible() {
        UUID fresh = UUID.randomUUID();
        FakePersonnelService.answer(fresh, new FakePersonnelService.Officer("BRIGADE", "ENFORCEMENT_BRIGADE", true));
        List<UUID> team = List.of(PersonnelFeed.certifiedOfficer("BUSINESS_OFFICE"), fresh);
        CaseApi.file(CaseApi.newCase(CaseApi.penaltyMatter(), CaseApi.village(), team, "2024-05-06"))
                .statusCode(201).body("departmentCodes", org.hamcrest.Matchers.contains("BRIGADE", "SAFETY"));
    }

    @Test
    void personnelServiceHasTheLastWordWhenItSaysNo() {
        UUID expired = UUID.randomUUID();
        FakePersonnelService.answer(expired, new FakePersonnelService.Officer("BRIGADE", "ENFORCEMENT_BRIGADE", false));
        List<UUID> team = List.of(PersonnelFeed.certifiedOfficer("BUSINESS_OFFICE"), expired);
        CaseApi.file(CaseApi.newCase(CaseApi.penaltyMatter(), CaseApi.village(), team, "2024-05-06"))
                .statusCode(422).body("rule", equalTo("R4.1")).body("detail", containsString("expired on 2023-12-31"));
    }

    @Test
    void aDepartureTheReplicaKnowsStandsWhateverPersonnelServiceSaysOfCertificatesR41() {
        UUID zhang = UUID.randomUUID();
        PersonnelFeed.officer(zhang, "BRIGADE", "ENFORCEMENT_BRIGADE", false);
        String expired = PersonnelFeed.certificate(zhang, "2015-01-01", "2019-12-31");
        PersonnelFeed.certificate(zhang, "2020-01-01", "2030-12-31");
        PersonnelFeed.certificateChanged(zhang, expired, "cancelled", "2024-06-30");
        PersonnelFeed.departed(zhang, "BRIGADE", "ENFORCEMENT_BRIGADE", "2024-06-30", expired);
        assertThat(replica.awaitCaughtUp(Duration.ofSeconds(30))).isTrue();
        // personnel-service before issue #10: its departure cancelled the expired certificate and left the current
        // one VALID, so it answered "eligible" — which let cases filed after the departure through.
        FakePersonnelService.answer(zhang, new FakePersonnelService.Officer("BRIGADE", "ENFORCEMENT_BRIGADE", true));
        List<UUID> team = List.of(PersonnelFeed.certifiedOfficer("BUSINESS_OFFICE"), zhang);
        CaseApi.file(CaseApi.newCase(CaseApi.penaltyMatter(), CaseApi.village(), team, "2024-07-01"))
                .statusCode(422).body("rule", equalTo("R4.1")).body("detail", equalTo("R4.1: on 2024-07-01: officer "
                        + zhang + " left the enforcement staff on 2024-06-30."));
    }

    @Test
    void anOfficerNobodyKnowsIsRefused() {
        List<UUID> team = List.of(PersonnelFeed.certifiedOfficer("BUSINESS_OFFICE"), UUID.randomUUID());
        CaseApi.file(CaseApi.newCase(CaseApi.penaltyMatter(), CaseApi.village(), team, "2024-05-06"))
                .statusCode(422).body("rule", equalTo("R4.1")).body("detail", containsString("is not a known officer"));
    }
}
