package org.enforcementledger.personnel.rules;

import java.time.LocalDate;
import java.util.List;

import org.enforcementledger.personnel.problem.InvalidFieldException;
import org.enforcementledger.personnel.problem.RuleViolationException;

/**
 * R4.2 (spec §4.2): a certificate's life is 申领 → 有效 → (年审通过 | 暂扣 → 恢复) → 注销 | 吊销 ({@link CertificateAction}
 * says which step is allowed from which {@link CertificateStatus}), its full history is kept and reads in order, and an
 * officer holds one certificate in force at a time.
 */
public final class CertificateStatusRules {

    private CertificateStatusRules() {
    }

    /** A certificate an officer holds, as far as the one-in-force rule looks at it. */
    public record Held(String number, CertificateStatus status, LocalDate expiresOn) {
    }

    /** VALID or SUSPENDED: a certificate not yet ended by cancellation or revocation. */
    public static boolean notEnded(CertificateStatus status) {
        return status == CertificateStatus.VALID || status == CertificateStatus.SUSPENDED;
    }

    /**
     * R4.2: no second certificate while the officer holds one that is not ended and not expired on the new issue day
     * (its expiry day included).
     */
    public static void requireNoneInForce(List<Held> held, LocalDate issuedOn) {
        for (Held existing : held) {
            if (notEnded(existing.status()) && !issuedOn.isAfter(existing.expiresOn())) {
                throw new RuleViolationException("R4.2", "officer already holds certificate " + existing.number()
                        + " (" + existing.status() + " until " + existing.expiresOn()
                        + "); cancel it or let it expire first.");
            }
        }
    }

    /**
     * A step after the issue: R4.2 refuses one the current status does not allow; and the history reads in order, so
     * a step dated before the last recorded one is a 400 naming its field ({@code reviewedOn} for an annual review,
     * {@code effectiveOn} otherwise).
     *
     * @param lastStepOn the day of the certificate's last recorded step (its issue day if none)
     */
    public static void requireStep(String number, CertificateStatus current, CertificateAction action,
            LocalDate effectiveOn, LocalDate lastStepOn) {
        if (!action.allowedFrom(current)) {
            throw new RuleViolationException("R4.2", "certificate " + number + " is " + current + "; "
                    + action.name().toLowerCase().replace('_', ' ') + " is allowed only from " + allowedFrom(action)
                    + ".");
        }
        if (effectiveOn.isBefore(lastStepOn)) {
            throw new InvalidFieldException(action.name().startsWith("ANNUAL") ? "reviewedOn" : "effectiveOn",
                    "must not be before " + lastStepOn + ", the certificate's last recorded step");
        }
    }

    /**
     * The cancellation that comes with a departure is dated the day the officer left, which must not come before the
     * certificate's last recorded step (400 naming {@code leftOn}).
     */
    public static void requireDepartureInOrder(String number, LocalDate leftOn, LocalDate lastStepOn) {
        if (leftOn.isBefore(lastStepOn)) {
            throw new InvalidFieldException("leftOn", "must not be before " + lastStepOn
                    + ", the last recorded step of certificate " + number);
        }
    }

    private static String allowedFrom(CertificateAction action) {
        StringBuilder text = new StringBuilder();
        for (CertificateStatus status : CertificateStatus.values()) {
            if (action.allowedFrom(status)) {
                text.append(text.isEmpty() ? "" : " or ").append(status);
            }
        }
        return text.toString();
    }
}
