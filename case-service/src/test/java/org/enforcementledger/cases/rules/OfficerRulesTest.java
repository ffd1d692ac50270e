package org.enforcementledger.cases.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.enforcementledger.cases.rules.Refusals.assertRefused;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.enforcementledger.cases.officer.OfficerStanding;
import org.enforcementledger.cases.rules.RuleSettings.OnePlusOne;
import org.junit.jupiter.api.Test;

/** Who may act (spec §4), without a running service. */
class OfficerRulesTest {

    private static final LocalDate DAY = LocalDate.parse("2024-05-06");
    private static final UUID LI = UUID.fromString("3f0c2b64-0a5e-4d8e-9d6f-1c2b3a4d5e6f");
    private static final UUID ZHANG = UUID.fromString("9a41c7d2-5b3e-4f60-8a71-2b3c4d5e6f70");

    @Test
    void anActNeedsTwoDistinctOfficersR46() {
        assertThatNoException().isThrownBy(() -> OfficerRules.requireTwoOfficers("a penalty case", 2));
        assertRefused("R4.6", "a penalty case must be carried out by at least two officers holding enforcement "
                + "certificates; 1 distinct officer(s) given.",
                () -> OfficerRules.requireTwoOfficers("a penalty case", 1));
        assertRefused("R4.6", "an inspection must be carried out by at least two officers holding enforcement "
                + "certificates; 0 distinct officer(s) given.",
                () -> OfficerRules.requireTwoOfficers("an inspection", 0));
    }

    @Test
    void everyOfficerIsEligibleOnTheDayAndEachRefusalIsNamedR41() {
        assertThatNoException().isThrownBy(() -> OfficerRules.requireEligible(DAY,
                List.of(officer(LI, "BUSINESS_OFFICE"), officer(ZHANG, "ENFORCEMENT_BRIGADE"))));
        assertRefused("R4.1", "on 2024-05-06: officer " + ZHANG + " holds no enforcement certificate.",
                () -> OfficerRules.requireEligible(DAY, List.of(officer(LI, "BUSINESS_OFFICE"),
                        ineligible(ZHANG, "holds no enforcement certificate"))));
        assertRefused("R4.1", "on 2024-05-06: officer " + LI + " left the enforcement staff on 2024-05-06; officer "
                + ZHANG + " is not a known officer.",
                () -> OfficerRules.requireEligible(DAY, List.of(
                        ineligible(LI, "left the enforcement staff on 2024-05-06"),
                        ineligible(ZHANG, "is not a known officer"))));
    }

    @Test
    void anOfficerWhoLeftOrIsOutOfAnEnforcementPostIsOutOfServiceWhateverHisCertificatesR41() {
        LocalDate leftOn = LocalDate.parse("2024-06-30");
        assertThat(OfficerRules.outOfService(LocalDate.parse("2024-06-29"), leftOn, true, null)).isEmpty();
        assertThat(OfficerRules.outOfService(leftOn, leftOn, true, null))
                .contains("left the enforcement staff on 2024-06-30");
        assertThat(OfficerRules.outOfService(LocalDate.parse("2024-07-01"), leftOn, true, null))
                .contains("left the enforcement staff on 2024-06-30");
        assertThat(OfficerRules.outOfService(DAY, null, true, null)).isEmpty();
        assertThat(OfficerRules.outOfService(DAY, null, false, LocalDate.parse("2024-03-01")))
                .contains("is not in an enforcement post since 2024-03-01");
        assertThat(OfficerRules.outOfService(DAY, null, false, null)).contains("is not in an enforcement post");
        assertThat(OfficerRules.outOfService(DAY, LocalDate.parse("2024-05-01"), false, LocalDate.parse("2024-03-01")))
                .contains("left the enforcement staff on 2024-05-01");
    }

    @Test
    void aCaseTeamPairsABusinessOfficeWithTheBrigade45() {
        assertThat(OfficerRules.onePlusOne(List.of(officer(LI, "BUSINESS_OFFICE"),
                officer(ZHANG, "ENFORCEMENT_BRIGADE")), OnePlusOne.ENFORCE)).isEmpty();
        assertRefused("§4.5", "the case team has no officer of a business office (the \"1+1\" mode pairs one of each).",
                () -> OfficerRules.onePlusOne(List.of(officer(LI, "ENFORCEMENT_BRIGADE"),
                        officer(ZHANG, "ENFORCEMENT_BRIGADE")), OnePlusOne.ENFORCE));
        assertRefused("§4.5", "the case team has no officer of the enforcement brigade (the \"1+1\" mode pairs one of "
                + "each).", () -> OfficerRules.onePlusOne(List.of(officer(LI, "BUSINESS_OFFICE"),
                        officer(ZHANG, "BUSINESS_OFFICE")), OnePlusOne.ENFORCE));
    }

    @Test
    void inWarnModeAnIncompleteCaseTeamIsAcceptedWithTheWarning45() {
        assertThat(OfficerRules.onePlusOne(List.of(officer(LI, "BUSINESS_OFFICE"), officer(ZHANG, "BUSINESS_OFFICE")),
                OnePlusOne.WARN))
                .contains("the case team has no officer of the enforcement brigade (the \"1+1\" mode pairs one of "
                        + "each)");
    }

    @Test
    void aFirstTimeLegalReviewerHoldsTheQualificationR45() {
        assertThatNoException().isThrownBy(() -> OfficerRules.requireQualifiedReviewer(LI, true, false));
        assertThatNoException().isThrownBy(() -> OfficerRules.requireQualifiedReviewer(LI, false, true));
        assertRefused("R4.5", "officer " + LI + " reviews for the first time and does not hold the national legal "
                + "professional qualification (法律职业资格).",
                () -> OfficerRules.requireQualifiedReviewer(LI, false, false));
    }

    private static OfficerStanding officer(UUID id, String departmentKind) {
        return new OfficerStanding(id, "500112-dawan", "张伟", departmentKind.equals("BUSINESS_OFFICE") ? "SAFETY"
                : "BRIGADE", departmentKind, false, true, "50011224000123", null);
    }

    private static OfficerStanding ineligible(UUID id, String reason) {
        return new OfficerStanding(id, "500112-dawan", "李娜", "BRIGADE", "ENFORCEMENT_BRIGADE", false, false, null,
                reason);
    }
}
