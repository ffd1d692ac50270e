package org.enforcementledger.report.casefile;

/** The penalty kinds of the Penalty Law Art 9 a town may impose (spec §5.1), as case.events name them. */
public enum PenaltyKind {
    WARNING, PUBLIC_CRITICISM, FINE, CONFISCATE_ILLEGAL_GAINS, CONFISCATE_ILLEGAL_PROPERTY, SUSPEND_PERMIT,
    LOWER_QUALIFICATION, REVOKE_PERMIT, RESTRICT_BUSINESS, ORDER_SUSPENSION, ORDER_CLOSURE, RESTRICT_PRACTICE;

    /** Confiscations count in 罚没金额 beside fines (spec §11.2). */
    boolean confiscation() {
        return this == CONFISCATE_ILLEGAL_GAINS || this == CONFISCATE_ILLEGAL_PROPERTY;
    }
}
