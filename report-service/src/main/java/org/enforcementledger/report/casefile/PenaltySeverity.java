package org.enforcementledger.report.casefile;

import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * The order of penalty kinds, lightest first, that decides under which kind a decision with several penalties counts
 * (spec §11.2 rule 2). The order is template-specific (rule 3), hence configuration; an order that leaves a kind out
 * or names one twice would miscount silently, so it is refused.
 */
final class PenaltySeverity {

    private final List<PenaltyKind> lightestFirst;

    PenaltySeverity(List<PenaltyKind> lightestFirst) {
        if (lightestFirst.size() != PenaltyKind.values().length
                || !EnumSet.copyOf(lightestFirst).equals(EnumSet.allOf(PenaltyKind.class))) {
            throw new IllegalStateException("ledger.report.penalty-severity must name every penalty kind once,"
                    + " lightest first; got " + lightestFirst);
        }
        this.lightestFirst = List.copyOf(lightestFirst);
    }

    /** The heaviest of the kinds; empty when there are none. */
    Optional<PenaltyKind> heaviest(Collection<PenaltyKind> kinds) {
        return kinds.stream().max(Comparator.comparingInt(lightestFirst::indexOf));
    }
}
