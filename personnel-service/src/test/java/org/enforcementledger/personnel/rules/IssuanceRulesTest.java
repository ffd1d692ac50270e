package org.enforcementledger.personnel.rules;

import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.enforcementledger.personnel.rules.Refusals.assertInvalidField;
import static org.enforcementledger.personnel.rules.Refusals.assertRuleViolation;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** §4.1: who may be issued a certificate, and the issue's dates. */
class IssuanceRulesTest {

    private static final UUID OFFICER = UUID.fromString("6f1c2b0e-0000-4000-8000-000000000041");
    private static final LocalDate ISSUED_ON = LocalDate.of(2024, 5, 2);

    @Test
    void aCertificateExpiresTheDayAfterItsIssueAtTheEarliest() {
        assertThatNoException().isThrownBy(
                () -> IssuanceRules.requireExpiryAfterIssue(ISSUED_ON, LocalDate.of(2024, 5, 3)));
        assertInvalidField(() -> IssuanceRules.requireExpiryAfterIssue(ISSUED_ON, ISSUED_ON), "expiresOn",
                "must be after issuedOn");
        assertInvalidField(() -> IssuanceRules.requireExpiryAfterIssue(ISSUED_ON, LocalDate.of(2024, 5, 1)),
                "expiresOn", "must be after issuedOn");
    }

    @Test
    void aQualificationExamPassedOnTheIssueDayIsEnoughAndOnTheDayAfterIsNot() {
        assertThatNoException().isThrownBy(() -> IssuanceRules.requireQualifiedApplicant(
                applicant(false, true, LocalDate.of(2024, 5, 2)), ISSUED_ON));
        assertThatNoException().isThrownBy(() -> IssuanceRules.requireQualifiedApplicant(
                applicant(false, true, LocalDate.of(2019, 6, 1)), ISSUED_ON));
        assertRuleViolation(() -> IssuanceRules.requireQualifiedApplicant(
                applicant(false, true, LocalDate.of(2024, 5, 3)), ISSUED_ON), "§4.1",
                "officer " + OFFICER + " has no passed QUALIFICATION exam on or before 2024-05-02.");
    }

    @Test
    void anOfficerWhoNeverPassedTheQualificationExamIsRefused() {
        assertRuleViolation(() -> IssuanceRules.requireQualifiedApplicant(applicant(false, true, null), ISSUED_ON),
                "§4.1", "officer " + OFFICER + " has no passed QUALIFICATION exam on or before 2024-05-02.");
    }

    @Test
    void onlyAnOfficerInAnEnforcementPostMayHoldACertificate() {
        assertRuleViolation(() -> IssuanceRules.requireQualifiedApplicant(
                applicant(false, false, LocalDate.of(2019, 6, 1)), ISSUED_ON), "§4.1",
                "only officers in an enforcement post may hold an enforcement certificate.");
    }

    @Test
    void aDepartedOfficerIsRefusedBeforeAnythingElseIsLookedAt() {
        assertRuleViolation(() -> IssuanceRules.requireQualifiedApplicant(applicant(true, false, null), ISSUED_ON),
                "§4.1", "officer " + OFFICER + " has left the enforcement staff.");
    }

    @Test
    void outsideAnEnforcementPostIsNamedBeforeAMissingExam() {
        assertRuleViolation(() -> IssuanceRules.requireQualifiedApplicant(applicant(false, false, null), ISSUED_ON),
                "§4.1", "only officers in an enforcement post may hold an enforcement certificate.");
    }

    private static IssuanceRules.Applicant applicant(boolean departed, boolean enforcementPost, LocalDate qualified) {
        return new IssuanceRules.Applicant(OFFICER, departed, enforcementPost, qualified);
    }
}
