package org.enforcementledger.cases.officer;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.UUID;

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
    void anOfficerNobodyKnowsIsRefused() {
        List<UUID> team = List.of(PersonnelFeed.certifiedOfficer("BUSINESS_OFFICE"), UUID.randomUUID());
        CaseApi.file(CaseApi.newCase(CaseApi.penaltyMatter(), CaseApi.village(), team, "2024-05-06"))
                .statusCode(422).body("rule", equalTo("R4.1")).body("detail", containsString("is not a known officer"));
    }
}
