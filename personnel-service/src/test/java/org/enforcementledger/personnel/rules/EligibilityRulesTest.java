package org.enforcementledger.personnel.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** R4.1: an officer may act on a day only with a certificate in force that day — around each boundary. */
class EligibilityRulesTest {

    @Test
    void inForceFromTheIssueDayThroughTheExpiryDayInclusive() {
        EligibilityRules.Dated certificate = certificate("C-1", "2024-03-15", "2024-12-31", step("2024-03-15",
                CertificateStatus.VALID));

        assertThat(standing(List.of(certificate), "2024-03-14")).isEqualTo(notEligible(
                "certificate C-1 is issued only on 2024-03-15"));
        assertThat(standing(List.of(certificate), "2024-03-15")).isEqualTo(eligible("C-1"));
        assertThat(standing(List.of(certificate), "2024-12-31")).isEqualTo(eligible("C-1"));
        assertThat(standing(List.of(certificate), "2025-01-01")).isEqualTo(notEligible(
                "certificate C-1 expired on 2024-12-31"));
    }

    @Test
    void notInForceFromTheSuspensionDayUntilTheReinstatementDay() {
        EligibilityRules.Dated certificate = certificate("C-1", "2024-01-02", "2029-12-31",
                step("2024-01-02", CertificateStatus.VALID), step("2024-06-10", CertificateStatus.SUSPENDED),
                step("2024-07-01", CertificateStatus.VALID));

        assertThat(standing(List.of(certificate), "2024-06-09")).isEqualTo(eligible("C-1"));
        assertThat(standing(List.of(certificate), "2024-06-10")).isEqualTo(notEligible(
                "certificate C-1 is SUSPENDED since 2024-06-10"));
        assertThat(standing(List.of(certificate), "2024-06-30")).isEqualTo(notEligible(
                "certificate C-1 is SUSPENDED since 2024-06-10"));
        assertThat(standing(List.of(certificate), "2024-07-01")).isEqualTo(eligible("C-1"));
    }

    @Test
    void notInForceFromTheDayOfRevocationOrCancellation() {
        EligibilityRules.Dated revoked = certificate("C-1", "2024-01-02", "2029-12-31",
                step("2024-01-02", CertificateStatus.VALID), step("2024-09-01", CertificateStatus.REVOKED));
        EligibilityRules.Dated cancelled = certificate("C-2", "2024-01-02", "2029-12-31",
                step("2024-01-02", CertificateStatus.VALID), step("2024-09-30", CertificateStatus.CANCELLED));

        assertThat(standing(List.of(revoked), "2024-08-31")).isEqualTo(eligible("C-1"));
        assertThat(standing(List.of(revoked), "2024-09-01")).isEqualTo(notEligible(
                "certificate C-1 is REVOKED since 2024-09-01"));
        assertThat(standing(List.of(cancelled), "2024-09-29")).isEqualTo(eligible("C-2"));
        assertThat(standing(List.of(cancelled), "2024-09-30")).isEqualTo(notEligible(
                "certificate C-2 is CANCELLED since 2024-09-30"));
    }

    @Test
    void anOfficerWithoutACertificateIsNotEligible() {
        assertThat(standing(List.of(), "2024-05-01")).isEqualTo(notEligible(
                "the officer holds no enforcement certificate"));
    }

    @Test
    void theCertificateInForceAnswersAndOtherwiseEveryCertificateGivesItsReasonNewestFirst() {
        EligibilityRules.Dated old = certificate("OLD", "2018-01-02", "2023-12-31", step("2018-01-02",
                CertificateStatus.VALID));
        EligibilityRules.Dated current = certificate("NEW", "2024-01-02", "2029-12-31", step("2024-01-02",
                CertificateStatus.VALID));

        assertThat(standing(List.of(old, current), "2024-05-01")).isEqualTo(eligible("NEW"));
        assertThat(standing(List.of(old, current), "2020-05-01")).isEqualTo(eligible("OLD"));
        assertThat(standing(List.of(old, current), "2024-01-01")).isEqualTo(notEligible(
                "certificate NEW is issued only on 2024-01-02", "certificate OLD expired on 2023-12-31"));
    }

    @Test
    void theStatusOnADayIsTheOneAfterTheLastStepOnOrBeforeIt() {
        List<EligibilityRules.Step> history = List.of(step("2024-01-02", CertificateStatus.VALID),
                step("2024-06-10", CertificateStatus.SUSPENDED));
        assertThat(EligibilityRules.statusOn(history, LocalDate.of(2024, 1, 1))).isNull();
        assertThat(EligibilityRules.statusOn(history, LocalDate.of(2024, 1, 2))).isEqualTo(CertificateStatus.VALID);
        assertThat(EligibilityRules.statusOn(history, LocalDate.of(2024, 6, 9))).isEqualTo(CertificateStatus.VALID);
        assertThat(EligibilityRules.statusOn(history, LocalDate.of(2024, 6, 10)))
                .isEqualTo(CertificateStatus.SUSPENDED);
    }

    private static EligibilityRules.Standing standing(List<EligibilityRules.Dated> certificates, String on) {
        return EligibilityRules.standingOn(certificates, LocalDate.parse(on));
    }

    private static EligibilityRules.Standing eligible(String number) {
        return new EligibilityRules.Standing(true, number, List.of());
    }

    private static EligibilityRules.Standing notEligible(String... reasons) {
        return new EligibilityRules.Standing(false, null, List.of(reasons));
    }

    private static EligibilityRules.Dated certificate(String number, String issuedOn, String expiresOn,
            EligibilityRules.Step... history) {
        return new EligibilityRules.Dated(number, LocalDate.parse(issuedOn), LocalDate.parse(expiresOn),
                List.of(history));
    }

    private static EligibilityRules.Step step(String effectiveOn, CertificateStatus statusAfter) {
        return new EligibilityRules.Step(LocalDate.parse(effectiveOn), statusAfter);
    }
}
