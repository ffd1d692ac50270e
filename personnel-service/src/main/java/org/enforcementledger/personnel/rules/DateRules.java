package org.enforcementledger.personnel.rules;

import java.time.LocalDate;

import org.enforcementledger.personnel.problem.InvalidFieldException;

/**
 * Days on which something happened (a certificate step, a review, an exam, training) are today or earlier, in the
 * town's calendar ({@code ledger.time-zone}): a 400 naming the field otherwise.
 */
public final class DateRules {

    private DateRules() {
    }

    public static void requireNotInFuture(String field, LocalDate day, LocalDate today) {
        if (day.isAfter(today)) {
            throw new InvalidFieldException(field, "must not be in the future");
        }
    }
}
