package org.enforcementledger.cases.rules;

import java.time.LocalDate;

import org.enforcementledger.cases.problem.InvalidFieldException;

/** The days of recorded acts. Not a rule of the spec: the ledger records what has happened (a 400 otherwise). */
public final class Days {

    private Days() {
    }

    /** An act's day is not after the town's today. */
    public static void notInFuture(LocalDate day, LocalDate today, String field) {
        if (day.isAfter(today)) {
            throw new InvalidFieldException(field, "must not be in the future");
        }
    }
}
