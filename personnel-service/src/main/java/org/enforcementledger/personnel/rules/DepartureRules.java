package org.enforcementledger.personnel.rules;

import java.time.LocalDate;
import java.util.UUID;

import org.enforcementledger.personnel.problem.ConflictException;
import org.enforcementledger.personnel.problem.InvalidFieldException;
import org.enforcementledger.personnel.problem.RuleViolationException;

/**
 * Spec §4.2: an officer who leaves the enforcement staff (transfer, retirement, resignation, dismissal) leaves once,
 * not before joining; the certificate in force is then cancelled (注销), and the officer's record is closed.
 */
public final class DepartureRules {

    private DepartureRules() {
    }

    /** A departure is recorded once (409), on or after the day the officer joined (400 naming {@code leftOn}). */
    public static void requireDeparture(UUID officerId, boolean departed, LocalDate recordedLeftOn,
            LocalDate joinedOn, LocalDate leftOn) {
        if (departed) {
            throw new ConflictException("Officer " + officerId + " left on " + recordedLeftOn + " already.");
        }
        if (leftOn.isBefore(joinedOn)) {
            throw new InvalidFieldException("leftOn", "must not be before joinedOn " + joinedOn);
        }
    }

    /** §4.2: a departed officer's record is closed; nothing about them changes any more. */
    public static void requireOpenRecord(UUID officerId, boolean departed) {
        if (departed) {
            throw new RuleViolationException("§4.2", "officer " + officerId + " has left; the record is closed.");
        }
    }
}
