package org.enforcementledger.personnel.rules;

import java.time.LocalDate;
import java.util.UUID;

import org.enforcementledger.personnel.problem.ConflictException;
import org.enforcementledger.personnel.problem.InvalidFieldException;
import org.enforcementledger.personnel.problem.RuleViolationException;

/**
 * R4.4 (spec §4.3): the annual legal exam (年度学法考试) records each officer's score and pass or fail, or their absence.
 * An absence is from the annual legal exam, of an officer on the enforcement staff the day it was held; and on a day an
 * officer either sat the exam or was absent from it, not both.
 */
public final class ExamRules {

    private ExamRules() {
    }

    /** R4.4 records absence from the annual legal exam only. */
    public static void requireAnnualLegalExam(boolean annualLegal) {
        if (!annualLegal) {
            throw new RuleViolationException("R4.4", "an absence is recorded for the annual legal exam "
                    + "(ANNUAL_LEGAL) only.");
        }
    }

    /**
     * The officer was on the staff the day the exam was held: not before joining (400 naming {@code heldOn}), not on
     * or after the day they left (R4.4: the exam is not theirs to sit).
     *
     * @param leftOn the day the officer left; null while on the staff
     */
    public static void requireOnStaff(UUID officerId, LocalDate joinedOn, LocalDate leftOn, LocalDate heldOn) {
        if (heldOn.isBefore(joinedOn)) {
            throw new InvalidFieldException("heldOn", "must not be before joinedOn " + joinedOn);
        }
        if (leftOn != null && !heldOn.isBefore(leftOn)) {
            throw new RuleViolationException("R4.4", "officer " + officerId + " left the enforcement staff on "
                    + leftOn + "; the exam held on " + heldOn + " was not theirs to sit.");
        }
    }

    /** No sitting and no second absence on a day the officer is recorded absent (409). */
    public static void requireNotAbsent(UUID officerId, LocalDate day, boolean absent) {
        if (absent) {
            throw new ConflictException("Officer " + officerId + " is recorded absent from the annual legal exam of "
                    + day + ".");
        }
    }

    /** No absence on a day the officer sat the exam (409). */
    public static void requireNotSat(UUID officerId, LocalDate day, boolean sat) {
        if (sat) {
            throw new ConflictException("Officer " + officerId + " sat the annual legal exam on " + day + ".");
        }
    }
}
