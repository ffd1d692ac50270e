package org.enforcementledger.cases.entrustment;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.enforcementledger.cases.matter.Matter;
import org.enforcementledger.cases.matter.PowerSource;
import org.enforcementledger.cases.problem.RuleViolationException;

/** Acts under entrusted matters (spec §3). */
public final class EntrustmentRules {

    private EntrustmentRules() {
    }

    /**
     * R3.1–R3.2: an act under an entrusted matter needs a letter covering the matter, valid and published on the act's
     * day; the act is then done in the entrusting authority's name. Empty for statutory and devolved matters.
     */
    public static Optional<Entrustment> authorisingLetter(Matter matter, LocalDate day) {
        if (matter.source != PowerSource.ENTRUSTED) {
            return Optional.empty();
        }
        List<Entrustment> letters = Entrustment.covering(matter);
        for (Entrustment letter : letters) {
            if (letter.authorisesOn(day)) {
                return Optional.of(letter);
            }
        }
        if (letters.isEmpty()) {
            throw new RuleViolationException("R3.1", "no entrustment letter covers matter " + matter.code + ".");
        }
        StringBuilder why = new StringBuilder();
        for (Entrustment letter : letters) {
            why.append(why.isEmpty() ? "" : "; ").append("letter ").append(letter.number);
            if (letter.publishedOn == null) {
                why.append(" is not published");
            } else if (day.isBefore(letter.publishedOn)) {
                why.append(" is published only on ").append(letter.publishedOn);
            } else if (day.isBefore(letter.validFrom)) {
                why.append(" is valid only from ").append(letter.validFrom);
            } else {
                why.append(" expired on ").append(letter.validUntil);
            }
        }
        throw new RuleViolationException("R3.1", "no entrustment letter for matter " + matter.code
                + " is valid and published on " + day + ": " + why + ".");
    }
}
