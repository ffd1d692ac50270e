package org.enforcementledger.cases.casefile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.enforcementledger.cases.casefile.Enums.Outcome;
import org.enforcementledger.cases.casefile.Enums.PartyKind;
import org.enforcementledger.cases.casefile.Enums.Procedure;
import org.enforcementledger.cases.problem.InvalidFieldException;
import org.enforcementledger.cases.problem.RuleViolationException;
import org.enforcementledger.cases.rules.RuleSettings;

/** The Administrative Penalty Law's limits on what a decision may contain (spec §5.3, §5.4). */
final class PenaltyRules {

    private PenaltyRules() {
    }

    /** Checks the penalties against the outcome and their kinds, and turns them into {@link Penalty} values. */
    static List<Penalty> penalties(Outcome outcome, List<CaseRequests.PenaltyItem> items) {
        if (outcome == Outcome.PENALTY && items.isEmpty()) {
            throw new InvalidFieldException("penalties", "a PENALTY decision needs at least one penalty");
        }
        if (outcome == Outcome.NO_PENALTY && !items.isEmpty()) {
            throw new InvalidFieldException("penalties", "a NO_PENALTY decision has no penalties");
        }
        List<Penalty> penalties = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            CaseRequests.PenaltyItem item = items.get(i);
            if (item.kind().money() && item.amount() == null) {
                throw new InvalidFieldException("penalties[" + i + "].amount", "is required for " + item.kind());
            }
            if (!item.kind().money() && item.amount() != null) {
                throw new InvalidFieldException("penalties[" + i + "].amount", "must be absent for " + item.kind());
            }
            penalties.add(new Penalty(item.kind(), item.amount() == null ? null : item.amount().setScale(2)));
        }
        return penalties;
    }

    static BigDecimal moneyTotal(List<Penalty> penalties) {
        return penalties.stream().filter(p -> p.kind.money()).map(p -> p.amount).reduce(BigDecimal.ZERO,
                BigDecimal::add);
    }

    /**
     * §5.3 (Art 51): on the spot only a warning, or a fine of at most 200 yuan for a person / 3,000 for an
     * organisation.
     */
    static void simpleProcedure(Procedure procedure, PartyKind party, List<Penalty> penalties, RuleSettings settings) {
        if (procedure != Procedure.SIMPLE) {
            return;
        }
        for (Penalty penalty : penalties) {
            if (penalty.kind != PenaltyKind.WARNING && penalty.kind != PenaltyKind.FINE) {
                throw new RuleViolationException("§5.3", "the simple procedure allows only a warning or a fine, not "
                        + penalty.kind + "; use the general procedure.");
            }
        }
        BigDecimal limit = party == PartyKind.PERSON ? settings.simpleProcedurePersonFineLimit()
                : settings.simpleProcedureOrganizationFineLimit();
        BigDecimal fines = moneyTotal(penalties);
        if (fines.compareTo(limit) > 0) {
            throw new RuleViolationException("§5.3", "a fine on the spot is at most " + limit.toPlainString()
                    + " yuan for " + (party == PartyKind.PERSON ? "a person" : "an organisation") + "; "
                    + fines.toPlainString() + " yuan needs the general procedure.");
        }
    }

    /** §5.4 (Art 63, Chongqing thresholds): large amounts and the heavy kinds must be offered a hearing. */
    static boolean hearingRequired(PartyKind party, List<Penalty> penalties, RuleSettings settings) {
        BigDecimal threshold = party == PartyKind.PERSON ? settings.hearingPersonThreshold()
                : settings.hearingOrganizationThreshold();
        Set<String> heavy = settings.hearingKinds();
        return moneyTotal(penalties).compareTo(threshold) >= 0
                || penalties.stream().anyMatch(p -> heavy.contains(p.kind.name()));
    }
}
