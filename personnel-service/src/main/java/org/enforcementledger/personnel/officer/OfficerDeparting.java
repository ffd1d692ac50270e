package org.enforcementledger.personnel.officer;

import java.time.LocalDate;
import java.util.Optional;

/**
 * An officer is leaving the enforcement staff (spec §4.2). {@link OfficerService#depart} fires it inside the
 * departure's transaction, with the officer's row locked and before {@code officer.departed.v1} is published, so
 * observers act in that transaction (a refusal rolls the departure back) and their events come first. The certificate
 * feature observes it to cancel (注销) the certificate in force, and reports the certificate here because the departed
 * event names it.
 */
public final class OfficerDeparting {

    private final Officer officer;
    private final LocalDate leftOn;
    private final DepartureReason reason;
    private String cancelledCertificateNumber;

    OfficerDeparting(Officer officer, LocalDate leftOn, DepartureReason reason) {
        this.officer = officer;
        this.leftOn = leftOn;
        this.reason = reason;
    }

    public Officer officer() {
        return officer;
    }

    public LocalDate leftOn() {
        return leftOn;
    }

    public DepartureReason reason() {
        return reason;
    }

    /** Called by the observer that cancelled the officer's certificate in force. */
    public void certificateCancelled(String number) {
        cancelledCertificateNumber = number;
    }

    Optional<String> cancelledCertificateNumber() {
        return Optional.ofNullable(cancelledCertificateNumber);
    }
}
