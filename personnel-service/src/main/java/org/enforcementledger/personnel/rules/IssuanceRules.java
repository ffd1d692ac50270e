package org.enforcementledger.personnel.rules;

import java.time.LocalDate;
import java.util.UUID;

import org.enforcementledger.personnel.problem.InvalidFieldException;
import org.enforcementledger.personnel.problem.RuleViolationException;

/**
 * Spec §4.1: a certificate (行政执法证) is issued only to an officer on the enforcement staff, directly engaged in
 * enforcement (an enforcement post), who passed the qualification exam (资格考试) on or before the issue day.
 */
public final class IssuanceRules {

    private IssuanceRules() {
    }

    /**
     * What §4.1 asks of the officer a certificate is issued to.
     *
     * @param firstPassedQualificationOn the day of the officer's earliest passed QUALIFICATION exam; null if none
     */
    public record Applicant(UUID officerId, boolean departed, boolean enforcementPost,
            LocalDate firstPassedQualificationOn) {
    }

    /** A certificate expires after the day it is issued (400 naming {@code expiresOn}). */
    public static void requireExpiryAfterIssue(LocalDate issuedOn, LocalDate expiresOn) {
        if (!expiresOn.isAfter(issuedOn)) {
            throw new InvalidFieldException("expiresOn", "must be after issuedOn");
        }
    }

    /** §4.1, in this order: still on the staff, in an enforcement post, qualified by the issue day. */
    public static void requireQualifiedApplicant(Applicant applicant, LocalDate issuedOn) {
        if (applicant.departed()) {
            throw new RuleViolationException("§4.1", "officer " + applicant.officerId()
                    + " has left the enforcement staff.");
        }
        if (!applicant.enforcementPost()) {
            throw new RuleViolationException("§4.1",
                    "only officers in an enforcement post may hold an enforcement certificate.");
        }
        LocalDate qualified = applicant.firstPassedQualificationOn();
        if (qualified == null || qualified.isAfter(issuedOn)) {
            throw new RuleViolationException("§4.1", "officer " + applicant.officerId()
                    + " has no passed QUALIFICATION exam on or before " + issuedOn + ".");
        }
    }
}
