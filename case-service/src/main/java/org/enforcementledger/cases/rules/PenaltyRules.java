package org.enforcementledger.cases.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.enforcementledger.cases.casefile.Enums.PartyKind;
import org.enforcementledger.cases.casefile.Enums.Procedure;
import org.enforcementledger.cases.casefile.Penalty;
import org.enforcementledger.cases.casefile.PenaltyKind;
import org.enforcementledger.cases.problem.RuleViolationException;

/**
 * The Administrative Penalty Law's procedure (spec §5): limitation (§5.2), the simple procedure (§5.3), the time
 * limit, hearing and legal review of the general procedure (§5.4).
 */
public final class PenaltyRules {

    private PenaltyRules() {
    }

    /**
     * §5.2 (Art 36): no penalty when the act was not discovered within {@code limitationYears} (2), or
     * {@code seriousHarmLimitationYears} (5) when it harmed life, health or financial safety with harmful consequences.
     */
    public static void requireWithinLimitation(LocalDate violationOn, LocalDate filedOn, boolean seriousHarm,
            int limitationYears, int seriousHarmLimitationYears) {
        int years = seriousHarm ? seriousHarmLimitationYears : limitationYears;
        if (filedOn.isAfter(violationOn.plusYears(years))) {
            throw new RuleViolationException("§5.2", "the act of " + violationOn + " was not discovered within "
                    + years + " years (Penalty Law Art 36); no penalty may be imposed.");
        }
    }

    /** Fines and confiscations together (yuan): what the simple-procedure limit and the hearing thresholds weigh. */
    public static BigDecimal moneyTotal(List<Penalty> penalties) {
        return penalties.stream().filter(p -> p.kind.money()).map(p -> p.amount).reduce(BigDecimal.ZERO,
                BigDecimal::add);
    }

    /**
     * §5.3 (Art 51): on the spot only a warning, or a fine of at most {@code personFineLimit} (200) yuan for a person
     * / {@code organizationFineLimit} (3,000) for an organisation.
     */
    public static void requireSimpleProcedureLimits(Procedure procedure, PartyKind party, List<Penalty> penalties,
            BigDecimal personFineLimit, BigDecimal organizationFineLimit) {
        if (procedure != Procedure.SIMPLE) {
            return;
        }
        for (Penalty penalty : penalties) {
            if (penalty.kind != PenaltyKind.WARNING && penalty.kind != PenaltyKind.FINE) {
                throw new RuleViolationException("§5.3", "the simple procedure allows only a warning or a fine, not "
                        + penalty.kind + "; use the general procedure.");
            }
        }
        BigDecimal limit = party == PartyKind.PERSON ? personFineLimit : organizationFineLimit;
        BigDecimal fines = moneyTotal(penalties);
        if (fines.compareTo(limit) > 0) {
            throw new RuleViolationException("§5.3", "a fine on the spot is at most " + limit.toPlainString()
                    + " yuan for " + (party == PartyKind.PERSON ? "a person" : "an organisation") + "; "
                    + fines.toPlainString() + " yuan needs the general procedure.");
        }
    }

    /**
     * §5.4 (Art 60): the day by which a case filed on {@code filedOn} must be decided: {@code timeLimitDays} (90)
     * calendar days, plus the days of every approved extension.
     */
    public static LocalDate decisionDueBy(LocalDate filedOn, int timeLimitDays, int extensionDays) {
        return filedOn.plusDays(timeLimitDays + extensionDays);
    }

    /** §5.4: an extension is approved between filing and the current time limit. */
    public static void requireExtensionWithinLimit(LocalDate approvedOn, LocalDate filedOn, LocalDate dueBy) {
        if (approvedOn.isAfter(dueBy) || approvedOn.isBefore(filedOn)) {
            throw new RuleViolationException("§5.4", "an extension must be approved between filing (" + filedOn
                    + ") and the current time limit (" + dueBy + ").");
        }
    }

    /** §5.4 (Art 60): no decision after the time limit; an approved extension must be recorded first. */
    public static void requireDecisionInTime(LocalDate decidedOn, LocalDate dueBy, int timeLimitDays,
            int extensionDays) {
        if (decidedOn.isAfter(dueBy)) {
            throw new RuleViolationException("§5.4", "the decision is due within " + timeLimitDays
                    + " days of filing (Penalty Law Art 60)"
                    + (extensionDays > 0 ? " plus " + extensionDays + " days of extension" : "")
                    + ", by " + dueBy + "; record an approved extension first.");
        }
    }

    /**
     * §5.4 (Art 63, 《重庆市行政处罚听证程序规定》): a hearing must be offered when fines and confiscations reach
     * {@code personThreshold} (5,000) yuan for a person / {@code organizationThreshold} (50,000) for an organisation,
     * or a penalty is of one of the {@code hearingKinds}.
     */
    public static boolean hearingRequired(PartyKind party, List<Penalty> penalties, BigDecimal personThreshold,
            BigDecimal organizationThreshold, Set<String> hearingKinds) {
        BigDecimal threshold = party == PartyKind.PERSON ? personThreshold : organizationThreshold;
        return moneyTotal(penalties).compareTo(threshold) >= 0
                || penalties.stream().anyMatch(p -> hearingKinds.contains(p.kind.name()));
    }

    /** §5.4 (Art 63): penalties that need a hearing are decided only after one was offered. */
    public static void requireHearingOffered(boolean hearingRequired, LocalDate offeredOn, List<Penalty> penalties) {
        if (hearingRequired && offeredOn == null) {
            throw new RuleViolationException("§5.4", "these penalties (" + moneyTotal(penalties).toPlainString()
                    + " yuan, or a heavy kind) must be preceded by the offer of a hearing (Penalty Law Art 63; "
                    + "Chongqing thresholds 5,000 / 50,000 yuan).");
        }
    }

    /**
     * §5.4 (Art 58): a decision after a hearing, or with penalties that need one, is made only after a passed legal
     * review (法制审核).
     *
     * @param reviewPassed the legal review's result, null when there was none
     */
    public static void requireLegalReview(boolean hearingRequired, boolean hearingHeld, Boolean reviewPassed) {
        if ((hearingRequired || hearingHeld) && !Boolean.TRUE.equals(reviewPassed)) {
            throw new RuleViolationException("§5.4", "a decision after a hearing or with heavy penalties needs a "
                    + "passed legal review (法制审核, Penalty Law Art 58) before it is made.");
        }
    }

    /**
     * §5.4: an amendment may bring in penalties that need a hearing and a legal review only if the decision had both;
     * otherwise a new decision goes through the general procedure.
     */
    public static void requireAmendable(boolean hearingRequired, boolean hearingOffered, boolean reviewPassed) {
        if (hearingRequired && (!hearingOffered || !reviewPassed)) {
            throw new RuleViolationException("§5.4", "the amended penalties need a hearing offered and a passed legal "
                    + "review, which the decision did not have; make a new decision through the general procedure.");
        }
    }
}
