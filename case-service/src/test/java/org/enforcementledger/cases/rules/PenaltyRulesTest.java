package org.enforcementledger.cases.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.enforcementledger.cases.rules.Refusals.assertRefused;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.enforcementledger.cases.casefile.Enums.PartyKind;
import org.enforcementledger.cases.casefile.Enums.Procedure;
import org.enforcementledger.cases.casefile.Penalty;
import org.enforcementledger.cases.casefile.PenaltyKind;
import org.junit.jupiter.api.Test;

/** The Administrative Penalty Law's procedure (spec §5.2–§5.4), without a running service, at the default settings. */
class PenaltyRulesTest {

    private static final BigDecimal PERSON_FINE_LIMIT = new BigDecimal("200");
    private static final BigDecimal ORGANIZATION_FINE_LIMIT = new BigDecimal("3000");
    private static final BigDecimal PERSON_HEARING = new BigDecimal("5000");
    private static final BigDecimal ORGANIZATION_HEARING = new BigDecimal("50000");
    private static final Set<String> HEARING_KINDS = Set.of("LOWER_QUALIFICATION", "REVOKE_PERMIT",
            "RESTRICT_BUSINESS", "ORDER_SUSPENSION", "ORDER_CLOSURE", "RESTRICT_PRACTICE");
    private static final LocalDate FILED = LocalDate.parse("2024-05-06");

    @Test
    void anActIsPenalisedWithinTwoYearsOfItAndFiveWithSeriousHarm52() {
        LocalDate act = LocalDate.parse("2022-05-01");
        assertThatNoException().isThrownBy(() -> PenaltyRules.requireWithinLimitation(act,
                LocalDate.parse("2024-05-01"), false, 2, 5));
        assertRefused("§5.2", "the act of 2022-05-01 was not discovered within 2 years (Penalty Law Art 36); no "
                + "penalty may be imposed.",
                () -> PenaltyRules.requireWithinLimitation(act, LocalDate.parse("2024-05-02"), false, 2, 5));
        assertThatNoException().isThrownBy(() -> PenaltyRules.requireWithinLimitation(act,
                LocalDate.parse("2027-05-01"), true, 2, 5));
        assertRefused("§5.2", "the act of 2022-05-01 was not discovered within 5 years (Penalty Law Art 36); no "
                + "penalty may be imposed.",
                () -> PenaltyRules.requireWithinLimitation(act, LocalDate.parse("2027-05-02"), true, 2, 5));
    }

    @Test
    void onTheSpotAPersonIsFinedAtMost200Yuan53() {
        assertThatNoException().isThrownBy(() -> simple(PartyKind.PERSON, List.of(fine("200.00"))));
        assertRefused("§5.3", "a fine on the spot is at most 200 yuan for a person; 200.01 yuan needs the general "
                + "procedure.", () -> simple(PartyKind.PERSON, List.of(fine("200.01"))));
        assertRefused("§5.3", "a fine on the spot is at most 200 yuan for a person; 200.01 yuan needs the general "
                + "procedure.", () -> simple(PartyKind.PERSON, List.of(fine("150.00"), fine("50.01"))));
    }

    @Test
    void onTheSpotAnOrganisationIsFinedAtMost3000Yuan53() {
        assertThatNoException().isThrownBy(() -> simple(PartyKind.ORGANIZATION, List.of(fine("3000.00"))));
        assertRefused("§5.3", "a fine on the spot is at most 3000 yuan for an organisation; 3000.01 yuan needs the "
                + "general procedure.", () -> simple(PartyKind.ORGANIZATION, List.of(fine("3000.01"))));
    }

    @Test
    void theSimpleProcedureAllowsOnlyWarningsAndFines53() {
        assertThatNoException().isThrownBy(() -> simple(PartyKind.PERSON,
                List.of(new Penalty(PenaltyKind.WARNING, null), fine("200.00"))));
        assertRefused("§5.3", "the simple procedure allows only a warning or a fine, not CONFISCATE_ILLEGAL_GAINS; use "
                + "the general procedure.", () -> simple(PartyKind.PERSON,
                        List.of(new Penalty(PenaltyKind.CONFISCATE_ILLEGAL_GAINS, new BigDecimal("50.00")))));
        assertRefused("§5.3", "the simple procedure allows only a warning or a fine, not PUBLIC_CRITICISM; use the "
                + "general procedure.", () -> simple(PartyKind.PERSON,
                        List.of(new Penalty(PenaltyKind.PUBLIC_CRITICISM, null))));
    }

    @Test
    void theGeneralProcedureHasNoOnTheSpotLimits53() {
        assertThatNoException().isThrownBy(() -> PenaltyRules.requireSimpleProcedureLimits(Procedure.GENERAL,
                PartyKind.PERSON, List.of(fine("4999.99"), new Penalty(PenaltyKind.SUSPEND_PERMIT, null)),
                PERSON_FINE_LIMIT, ORGANIZATION_FINE_LIMIT));
    }

    @Test
    void aCaseIsDueForDecision90DaysAfterFilingPlusExtensions54() {
        assertThat(PenaltyRules.decisionDueBy(FILED, 90, 0)).isEqualTo("2024-08-04");
        assertThat(PenaltyRules.decisionDueBy(FILED, 90, 30)).isEqualTo("2024-09-03");
    }

    @Test
    void aDecisionAfterTheTimeLimitIsRefused54() {
        assertThatNoException().isThrownBy(() -> PenaltyRules.requireDecisionInTime(LocalDate.parse("2024-08-04"),
                LocalDate.parse("2024-08-04"), 90, 0));
        assertRefused("§5.4", "the decision is due within 90 days of filing (Penalty Law Art 60), by 2024-08-04; "
                + "record an approved extension first.", () -> PenaltyRules.requireDecisionInTime(
                        LocalDate.parse("2024-08-05"), LocalDate.parse("2024-08-04"), 90, 0));
        assertRefused("§5.4", "the decision is due within 90 days of filing (Penalty Law Art 60) plus 30 days of "
                + "extension, by 2024-09-03; record an approved extension first.", () -> PenaltyRules
                        .requireDecisionInTime(LocalDate.parse("2024-09-04"), LocalDate.parse("2024-09-03"), 90, 30));
    }

    @Test
    void anExtensionIsApprovedBetweenFilingAndTheCurrentLimit54() {
        LocalDate dueBy = LocalDate.parse("2024-08-04");
        assertThatNoException().isThrownBy(() -> PenaltyRules.requireExtensionWithinLimit(FILED, FILED, dueBy));
        assertThatNoException().isThrownBy(() -> PenaltyRules.requireExtensionWithinLimit(dueBy, FILED, dueBy));
        assertRefused("§5.4", "an extension must be approved between filing (2024-05-06) and the current time limit "
                + "(2024-08-04).", () -> PenaltyRules.requireExtensionWithinLimit(LocalDate.parse("2024-08-05"),
                        FILED, dueBy));
        assertRefused("§5.4", "an extension must be approved between filing (2024-05-06) and the current time limit "
                + "(2024-08-04).", () -> PenaltyRules.requireExtensionWithinLimit(LocalDate.parse("2024-05-05"),
                        FILED, dueBy));
    }

    @Test
    void aHearingIsOfferedFrom5000YuanForAPersonAnd50000ForAnOrganisation54() {
        assertThat(hearing(PartyKind.PERSON, fine("4999.99"))).isFalse();
        assertThat(hearing(PartyKind.PERSON, fine("5000.00"))).isTrue();
        assertThat(hearing(PartyKind.ORGANIZATION, fine("49999.99"))).isFalse();
        assertThat(hearing(PartyKind.ORGANIZATION, fine("50000.00"))).isTrue();
    }

    @Test
    void finesAndConfiscationsCountTogetherTowardsTheHearingThreshold54() {
        assertThat(PenaltyRules.moneyTotal(List.of(fine("3000.00"),
                new Penalty(PenaltyKind.CONFISCATE_ILLEGAL_PROPERTY, new BigDecimal("2000.00")),
                new Penalty(PenaltyKind.WARNING, null)))).isEqualByComparingTo("5000");
        assertThat(hearing(PartyKind.PERSON, fine("3000.00"),
                new Penalty(PenaltyKind.CONFISCATE_ILLEGAL_GAINS, new BigDecimal("2000.00")))).isTrue();
    }

    @Test
    void theHeavyKindsAlwaysNeedAHearing54() {
        for (String kind : HEARING_KINDS) {
            assertThat(hearing(PartyKind.ORGANIZATION, new Penalty(PenaltyKind.valueOf(kind), null))).as(kind).isTrue();
        }
        assertThat(hearing(PartyKind.ORGANIZATION, new Penalty(PenaltyKind.SUSPEND_PERMIT, null))).isFalse();
    }

    @Test
    void penaltiesThatNeedAHearingAreDecidedOnlyAfterItWasOffered54() {
        List<Penalty> heavy = List.of(fine("5000.00"));
        assertRefused("§5.4", "these penalties (5000.00 yuan, or a heavy kind) must be preceded by the offer of a "
                + "hearing (Penalty Law Art 63; Chongqing thresholds 5,000 / 50,000 yuan).",
                () -> PenaltyRules.requireHearingOffered(true, null, heavy));
        assertThatNoException().isThrownBy(() -> PenaltyRules.requireHearingOffered(true,
                LocalDate.parse("2024-06-01"), heavy));
        assertThatNoException().isThrownBy(() -> PenaltyRules.requireHearingOffered(false, null,
                List.of(fine("4999.99"))));
    }

    @Test
    void aDecisionAfterAHearingOrWithHeavyPenaltiesNeedsAPassedLegalReview54() {
        String detail = "a decision after a hearing or with heavy penalties needs a passed legal review (法制审核, "
                + "Penalty Law Art 58) before it is made.";
        assertRefused("§5.4", detail, () -> PenaltyRules.requireLegalReview(true, false, null));
        assertRefused("§5.4", detail, () -> PenaltyRules.requireLegalReview(false, true, false));
        assertThatNoException().isThrownBy(() -> PenaltyRules.requireLegalReview(true, true, true));
        assertThatNoException().isThrownBy(() -> PenaltyRules.requireLegalReview(false, false, null));
    }

    @Test
    void anAmendmentBringsInHeavyPenaltiesOnlyAfterAHearingAndAPassedReview54() {
        String detail = "the amended penalties need a hearing offered and a passed legal review, which the decision "
                + "did not have; make a new decision through the general procedure.";
        assertRefused("§5.4", detail, () -> PenaltyRules.requireAmendable(true, false, true));
        assertRefused("§5.4", detail, () -> PenaltyRules.requireAmendable(true, true, false));
        assertThatNoException().isThrownBy(() -> PenaltyRules.requireAmendable(true, true, true));
        assertThatNoException().isThrownBy(() -> PenaltyRules.requireAmendable(false, false, false));
    }

    private static void simple(PartyKind party, List<Penalty> penalties) {
        PenaltyRules.requireSimpleProcedureLimits(Procedure.SIMPLE, party, penalties, PERSON_FINE_LIMIT,
                ORGANIZATION_FINE_LIMIT);
    }

    private static boolean hearing(PartyKind party, Penalty... penalties) {
        return PenaltyRules.hearingRequired(party, List.of(penalties), PERSON_HEARING, ORGANIZATION_HEARING,
                HEARING_KINDS);
    }

    private static Penalty fine(String yuan) {
        return new Penalty(PenaltyKind.FINE, new BigDecimal(yuan));
    }
}
