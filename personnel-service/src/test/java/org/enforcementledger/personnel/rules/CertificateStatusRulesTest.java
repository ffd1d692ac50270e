package org.enforcementledger.personnel.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.enforcementledger.personnel.rules.Refusals.assertInvalidField;
import static org.enforcementledger.personnel.rules.Refusals.assertRuleViolation;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** R4.2: 申领 → 有效 → (年审通过 | 暂扣 → 恢复) → 注销 | 吊销, the history in order, one certificate in force. */
class CertificateStatusRulesTest {

    private static final LocalDate LAST_STEP = LocalDate.of(2024, 3, 1);

    @Test
    void eachStepIsAllowedFromExactlyTheseStatuses() {
        Set<CertificateStatus> notEnded = EnumSet.of(CertificateStatus.VALID, CertificateStatus.SUSPENDED);
        assertThat(allowedFrom(CertificateAction.SUSPENDED)).containsExactly(CertificateStatus.VALID);
        assertThat(allowedFrom(CertificateAction.REINSTATED)).containsExactly(CertificateStatus.SUSPENDED);
        assertThat(allowedFrom(CertificateAction.CANCELLED)).isEqualTo(notEnded);
        assertThat(allowedFrom(CertificateAction.REVOKED)).isEqualTo(notEnded);
        assertThat(allowedFrom(CertificateAction.ANNUAL_REVIEW_PASSED)).isEqualTo(notEnded);
        assertThat(allowedFrom(CertificateAction.ANNUAL_REVIEW_FAILED)).isEqualTo(notEnded);
    }

    @Test
    void eachStepLeavesTheCertificateInThisStatus() {
        assertThat(CertificateAction.ISSUED.statusAfter(null)).isEqualTo(CertificateStatus.VALID);
        assertThat(CertificateAction.SUSPENDED.statusAfter(CertificateStatus.VALID))
                .isEqualTo(CertificateStatus.SUSPENDED);
        assertThat(CertificateAction.REINSTATED.statusAfter(CertificateStatus.SUSPENDED))
                .isEqualTo(CertificateStatus.VALID);
        assertThat(CertificateAction.CANCELLED.statusAfter(CertificateStatus.SUSPENDED))
                .isEqualTo(CertificateStatus.CANCELLED);
        assertThat(CertificateAction.REVOKED.statusAfter(CertificateStatus.VALID))
                .isEqualTo(CertificateStatus.REVOKED);
        assertThat(CertificateAction.ANNUAL_REVIEW_PASSED.statusAfter(CertificateStatus.SUSPENDED))
                .isEqualTo(CertificateStatus.SUSPENDED);
        assertThat(CertificateAction.ANNUAL_REVIEW_PASSED.statusAfter(CertificateStatus.VALID))
                .isEqualTo(CertificateStatus.VALID);
        assertThat(CertificateAction.ANNUAL_REVIEW_FAILED.statusAfter(CertificateStatus.VALID))
                .isEqualTo(CertificateStatus.SUSPENDED);
    }

    @Test
    void aStepTheStatusDoesNotAllowIsRefusedNamingTheAllowedStatuses() {
        assertRuleViolation(() -> step(CertificateStatus.REVOKED, CertificateAction.REINSTATED, LAST_STEP), "R4.2",
                "certificate C-1 is REVOKED; reinstated is allowed only from SUSPENDED.");
        assertRuleViolation(() -> step(CertificateStatus.VALID, CertificateAction.REINSTATED, LAST_STEP), "R4.2",
                "certificate C-1 is VALID; reinstated is allowed only from SUSPENDED.");
        assertRuleViolation(() -> step(CertificateStatus.SUSPENDED, CertificateAction.SUSPENDED, LAST_STEP), "R4.2",
                "certificate C-1 is SUSPENDED; suspended is allowed only from VALID.");
        assertRuleViolation(() -> step(CertificateStatus.CANCELLED, CertificateAction.ANNUAL_REVIEW_PASSED,
                LAST_STEP), "R4.2",
                "certificate C-1 is CANCELLED; annual review passed is allowed only from VALID or SUSPENDED.");
        assertRuleViolation(() -> step(CertificateStatus.REVOKED, CertificateAction.CANCELLED, LAST_STEP), "R4.2",
                "certificate C-1 is REVOKED; cancelled is allowed only from VALID or SUSPENDED.");
    }

    @Test
    void aRefusedStepIsNamedBeforeItsDate() {
        assertRuleViolation(() -> step(CertificateStatus.CANCELLED, CertificateAction.SUSPENDED,
                LAST_STEP.minusDays(1)), "R4.2", "certificate C-1 is CANCELLED; suspended is allowed only from VALID.");
    }

    @Test
    void aStepOnTheDayOfTheLastOneIsInOrderAndOnTheDayBeforeIsNot() {
        assertThatNoException().isThrownBy(() -> step(CertificateStatus.VALID, CertificateAction.SUSPENDED, LAST_STEP));
        assertInvalidField(() -> step(CertificateStatus.VALID, CertificateAction.SUSPENDED, LocalDate.of(2024, 2, 29)),
                "effectiveOn", "must not be before 2024-03-01, the certificate's last recorded step");
        assertInvalidField(() -> step(CertificateStatus.VALID, CertificateAction.ANNUAL_REVIEW_FAILED,
                LocalDate.of(2024, 2, 29)), "reviewedOn",
                "must not be before 2024-03-01, the certificate's last recorded step");
    }

    @Test
    void noSecondCertificateWhileOneIsInForceOnTheNewIssueDayItsExpiryDayIncluded() {
        List<CertificateStatusRules.Held> held = List.of(
                new CertificateStatusRules.Held("C-1", CertificateStatus.VALID, LocalDate.of(2027, 12, 31)));
        assertRuleViolation(() -> CertificateStatusRules.requireNoneInForce(held, LocalDate.of(2027, 12, 31)), "R4.2",
                "officer already holds certificate C-1 (VALID until 2027-12-31); cancel it or let it expire first.");
        assertThatNoException().isThrownBy(
                () -> CertificateStatusRules.requireNoneInForce(held, LocalDate.of(2028, 1, 1)));
    }

    @Test
    void aSuspendedCertificateCountsAsHeldAndAnEndedOneDoesNot() {
        LocalDate issuedOn = LocalDate.of(2025, 1, 1);
        assertRuleViolation(() -> CertificateStatusRules.requireNoneInForce(List.of(
                new CertificateStatusRules.Held("C-2", CertificateStatus.SUSPENDED, LocalDate.of(2029, 1, 1))),
                issuedOn), "R4.2",
                "officer already holds certificate C-2 (SUSPENDED until 2029-01-01); cancel it or let it expire first.");
        assertThatNoException().isThrownBy(() -> CertificateStatusRules.requireNoneInForce(List.of(
                new CertificateStatusRules.Held("C-3", CertificateStatus.CANCELLED, LocalDate.of(2029, 1, 1)),
                new CertificateStatusRules.Held("C-4", CertificateStatus.REVOKED, LocalDate.of(2029, 1, 1))),
                issuedOn));
        assertThatNoException().isThrownBy(() -> CertificateStatusRules.requireNoneInForce(List.of(), issuedOn));
    }

    @Test
    void theCancellationOfADepartureIsNotDatedBeforeTheCertificatesLastStep() {
        assertThatNoException().isThrownBy(
                () -> CertificateStatusRules.requireDepartureInOrder("C-1", LAST_STEP, LAST_STEP));
        assertInvalidField(() -> CertificateStatusRules.requireDepartureInOrder("C-1", LocalDate.of(2024, 2, 29),
                LAST_STEP), "leftOn", "must not be before 2024-03-01, the last recorded step of certificate C-1");
    }

    private static void step(CertificateStatus current, CertificateAction action, LocalDate effectiveOn) {
        CertificateStatusRules.requireStep("C-1", current, action, effectiveOn, LAST_STEP);
    }

    private static Set<CertificateStatus> allowedFrom(CertificateAction action) {
        Set<CertificateStatus> allowed = EnumSet.noneOf(CertificateStatus.class);
        for (CertificateStatus status : CertificateStatus.values()) {
            if (action.allowedFrom(status)) {
                allowed.add(status);
            }
        }
        return allowed;
    }
}
