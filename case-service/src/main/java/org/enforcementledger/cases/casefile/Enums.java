package org.enforcementledger.cases.casefile;

/** The closed vocabularies of penalty cases. */
public final class Enums {

    private Enums() {
    }

    public enum PartyKind {
        /** 自然人 */
        PERSON,
        /** 法人或者其他组织 */
        ORGANIZATION
    }

    public enum Procedure {
        /** 简易程序 — on the spot (spec §5.3). */
        SIMPLE,
        /** 普通程序 (spec §5.4). */
        GENERAL
    }

    public enum CaseStatus {
        FILED, DECIDED, CLOSED
    }

    public enum Outcome {
        PENALTY, NO_PENALTY
    }

    public enum ReviewKind {
        /** 行政复议 */
        RECONSIDERATION,
        /** 行政诉讼 */
        LITIGATION
    }

    public enum ReviewOutcome {
        UPHELD(false), MODIFIED(true), REVOKED(true), CONFIRMED_ILLEGAL(true), CONFIRMED_VOID(true),
        ORDERED_PERFORMANCE(true), DISMISSED(false), WITHDRAWN(false);

        /** Counts as a correction of the decision (spec §10.3). */
        public final boolean corrected;

        ReviewOutcome(boolean corrected) {
            this.corrected = corrected;
        }
    }
}
