package org.enforcementledger.personnel.rules;

import java.time.LocalDate;

import org.enforcementledger.personnel.problem.InvalidFieldException;

/**
 * Days on which something happened (a certificate step, a review, an exam, training, a change of an officer) are today
 * or earlier, in the town's calendar ({@code ledger.time-zone}), and a record's steps read in order: a 400 naming the
 * field otherwise.
 */
public final class DateRules {

    private DateRules() {
    }

    public static void requireNotInFuture(String field, LocalDate day, LocalDate today) {
        if (day.isAfter(today)) {
            throw new InvalidFieldException(field, "must not be in the future");
        }
    }

    /**
     * A step is not dated before an earlier one.
     *
     * @param earlier what {@code earliest} is, for the message: e.g. "the day the officer joined"
     */
    public static void requireNotBefore(String field, LocalDate day, LocalDate earliest, String earlier) {
        if (day.isBefore(earliest)) {
            throw new InvalidFieldException(field, "must not be before " + earliest + ", " + earlier);
        }
    }
}
