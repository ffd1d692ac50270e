package org.enforcementledger.cases.casefile;

import java.util.EnumSet;
import java.util.Set;

/** The penalty kinds a town may impose (Penalty Law Art 9, spec §5.1; detention is never a town's). */
public enum PenaltyKind {
    WARNING, PUBLIC_CRITICISM, FINE, CONFISCATE_ILLEGAL_GAINS, CONFISCATE_ILLEGAL_PROPERTY, SUSPEND_PERMIT,
    LOWER_QUALIFICATION, REVOKE_PERMIT, RESTRICT_BUSINESS, ORDER_SUSPENSION, ORDER_CLOSURE, RESTRICT_PRACTICE;

    /** Kinds whose decision fixes an amount in yuan. */
    public static final Set<PenaltyKind> MONEY = EnumSet.of(FINE, CONFISCATE_ILLEGAL_GAINS,
            CONFISCATE_ILLEGAL_PROPERTY);

    public boolean money() {
        return MONEY.contains(this);
    }

    public boolean confiscation() {
        return this == CONFISCATE_ILLEGAL_GAINS || this == CONFISCATE_ILLEGAL_PROPERTY;
    }
}
