package org.enforcementledger.cases.rules;

import java.time.LocalDate;
import java.util.List;

import org.enforcementledger.cases.matter.ActType;
import org.enforcementledger.cases.matter.PowerSource;
import org.enforcementledger.cases.problem.RuleViolationException;

/** Entrustment (行政执法委托, spec §3): what a letter may name, and when it authorises an act. */
public final class EntrustmentRules {

    private EntrustmentRules() {
    }

    /** The terms of an entrustment letter (行政执法委托书) that decide whether it authorises an act. */
    public record Letter(String number, String entrustingAuthority, LocalDate validFrom, LocalDate validUntil,
            LocalDate publishedOn) {

        /** Valid that day, and published (向社会公布) by then: an unpublished letter authorises nothing (R3.1). */
        public boolean authorisesOn(LocalDate day) {
            return !day.isBefore(validFrom) && !day.isAfter(validUntil) && publishedOn != null
                    && !day.isBefore(publishedOn);
        }
    }

    /**
     * R3.5: coercive measures cannot be entrusted, so a letter never names a coercion matter; R3.1: a letter names
     * entrusted matters only.
     */
    public static void requireEntrustable(String matterCode, ActType actType, PowerSource source) {
        if (actType == ActType.COERCION) {
            throw new RuleViolationException("R3.5", "matter " + matterCode
                    + " is a coercive measure; administrative coercive measures cannot be entrusted.");
        }
        if (source != PowerSource.ENTRUSTED) {
            throw new RuleViolationException("R3.1", "matter " + matterCode + " is " + source
                    + "; an entrustment letter may name entrusted matters only.");
        }
    }

    /**
     * R3.1–R3.2: an act under an entrusted matter needs a letter covering the matter, valid and published on the act's
     * day; the act is then done in the entrusting authority's name.
     *
     * @param letters the letters naming the matter, in the order they are tried (the first that authorises wins)
     */
    public static Letter authorisingLetter(String matterCode, LocalDate day, List<Letter> letters) {
        for (Letter letter : letters) {
            if (letter.authorisesOn(day)) {
                return letter;
            }
        }
        if (letters.isEmpty()) {
            throw new RuleViolationException("R3.1", "no entrustment letter covers matter " + matterCode + ".");
        }
        StringBuilder why = new StringBuilder();
        for (Letter letter : letters) {
            why.append(why.isEmpty() ? "" : "; ").append("letter ").append(letter.number());
            if (letter.publishedOn() == null) {
                why.append(" is not published");
            } else if (day.isBefore(letter.publishedOn())) {
                why.append(" is published only on ").append(letter.publishedOn());
            } else if (day.isBefore(letter.validFrom())) {
                why.append(" is valid only from ").append(letter.validFrom());
            } else {
                why.append(" expired on ").append(letter.validUntil());
            }
        }
        throw new RuleViolationException("R3.1", "no entrustment letter for matter " + matterCode
                + " is valid and published on " + day + ": " + why + ".");
    }
}
