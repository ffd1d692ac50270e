package org.enforcementledger.personnel.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * R4.1 (spec §4.2): an enforcement act needs a certificate in force on the act's day: issued by then, not expired (the
 * expiry day still counts), and neither suspended, cancelled nor revoked that day.
 */
public final class EligibilityRules {

    private EligibilityRules() {
    }

    /** One recorded step of a certificate: from {@code effectiveOn} on, its status is {@code statusAfter}. */
    public record Step(LocalDate effectiveOn, CertificateStatus statusAfter) {
    }

    /** A certificate with its history, oldest step first (the first is its issue). */
    public record Dated(String number, LocalDate issuedOn, LocalDate expiresOn, List<Step> history) {
    }

    /** Whether the officer may act on the day: the certificate that allows it, or why none does (one a certificate). */
    public record Standing(boolean eligible, String certificateNumber, List<String> reasons) {
    }

    /** The recorded status on a day: the status after the last step effective on or before it; null before any. */
    public static CertificateStatus statusOn(List<Step> history, LocalDate day) {
        CertificateStatus result = null;
        for (Step step : history) {
            if (!step.effectiveOn().isAfter(day)) {
                result = step.statusAfter();
            }
        }
        return result;
    }

    public static boolean inForceOn(Dated certificate, LocalDate day) {
        return !day.isBefore(certificate.issuedOn()) && !day.isAfter(certificate.expiresOn())
                && statusOn(certificate.history(), day) == CertificateStatus.VALID;
    }

    /**
     * R4.1 for an officer's certificates on a day. The most recently issued certificate in force answers yes;
     * otherwise every certificate gives its reason, the most recently issued first.
     */
    public static Standing standingOn(List<Dated> certificates, LocalDate on) {
        List<Dated> newestFirst = new ArrayList<>(certificates);
        newestFirst.sort(Comparator.comparing(Dated::issuedOn).reversed());
        List<String> reasons = new ArrayList<>();
        for (Dated certificate : newestFirst) {
            if (inForceOn(certificate, on)) {
                return new Standing(true, certificate.number(), List.of());
            }
            if (on.isBefore(certificate.issuedOn())) {
                reasons.add("certificate " + certificate.number() + " is issued only on " + certificate.issuedOn());
            } else if (on.isAfter(certificate.expiresOn())) {
                reasons.add("certificate " + certificate.number() + " expired on " + certificate.expiresOn());
            } else {
                Step step = lastStepOnOrBefore(certificate.history(), on);
                reasons.add("certificate " + certificate.number() + " is " + step.statusAfter() + " since "
                        + step.effectiveOn());
            }
        }
        if (certificates.isEmpty()) {
            reasons.add("the officer holds no enforcement certificate");
        }
        return new Standing(false, null, reasons);
    }

    private static Step lastStepOnOrBefore(List<Step> history, LocalDate day) {
        Step result = history.get(0);
        for (Step step : history) {
            if (!step.effectiveOn().isAfter(day)) {
                result = step;
            }
        }
        return result;
    }
}
