package org.enforcementledger.cases.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.enforcementledger.cases.officer.OfficerStanding;
import org.enforcementledger.cases.problem.RuleViolationException;

/** Who may act (spec §4): two officers (R4.6), each eligible (R4.1), "1+1" (§4.5), legal reviewers (R4.5). */
public final class OfficerRules {

    private OfficerRules() {
    }

    /** R4.6: penalties, coercive measures and inspections are carried out by at least two officers. */
    public static void requireTwoOfficers(String act, int distinctOfficers) {
        if (distinctOfficers < 2) {
            throw new RuleViolationException("R4.6", act + " must be carried out by at least two officers holding "
                    + "enforcement certificates; " + distinctOfficers + " distinct officer(s) given.");
        }
    }

    /**
     * R4.1: whether an officer is out of enforcement service on the day, whatever certificates they hold: left the
     * enforcement staff by then, or not in an enforcement post that day. Empty when in service; a certificate in force
     * is then still needed.
     *
     * @param leftOn the day the officer left the enforcement staff, or null
     * @param inEnforcementPost whether the officer holds an enforcement post on the day
     * @param outOfPostSince the day the move out of an enforcement post took effect, when known
     */
    public static Optional<String> outOfService(LocalDate day, LocalDate leftOn, boolean inEnforcementPost,
            LocalDate outOfPostSince) {
        if (leftOn != null && !day.isBefore(leftOn)) {
            return Optional.of("left the enforcement staff on " + leftOn);
        }
        if (!inEnforcementPost) {
            return Optional.of("is not in an enforcement post"
                    + (outOfPostSince == null ? "" : " since " + outOfPostSince));
        }
        return Optional.empty();
    }

    /** R4.1: each officer holds a certificate in force on the act's day and has not left; every refusal is named. */
    public static void requireEligible(LocalDate day, Collection<OfficerStanding> officers) {
        List<String> refusals = new ArrayList<>();
        for (OfficerStanding standing : officers) {
            if (!standing.eligible()) {
                refusals.add("officer " + standing.officerId() + " " + standing.reason());
            }
        }
        if (!refusals.isEmpty()) {
            throw new RuleViolationException("R4.1", "on " + day + ": " + String.join("; ", refusals) + ".");
        }
    }

    /**
     * §4.5: a case team pairs an officer of a business office with one of the enforcement brigade ("1+1"). Refused
     * under {@code ENFORCE}; under {@code WARN} the team is accepted and the returned message says what it lacks.
     */
    public static Optional<String> onePlusOne(Collection<OfficerStanding> officers, RuleSettings.OnePlusOne mode) {
        boolean office = officers.stream().anyMatch(OfficerStanding::inBusinessOffice);
        boolean brigade = officers.stream().anyMatch(OfficerStanding::inEnforcementBrigade);
        if (office && brigade) {
            return Optional.empty();
        }
        String message = "the case team has no " + (office ? "officer of the enforcement brigade"
                : "officer of a business office") + " (the \"1+1\" mode pairs one of each)";
        if (mode == RuleSettings.OnePlusOne.ENFORCE) {
            throw new RuleViolationException("§4.5", message + ".");
        }
        return Optional.of(message);
    }

    /**
     * R4.5 (Penalty Law Art 58): whoever does legal review for the first time holds the legal professional
     * qualification (法律职业资格).
     */
    public static void requireQualifiedReviewer(UUID reviewerId, boolean legalProfessionQualified,
            boolean reviewedBefore) {
        if (!legalProfessionQualified && !reviewedBefore) {
            throw new RuleViolationException("R4.5", "officer " + reviewerId + " reviews for the first time and does "
                    + "not hold the national legal professional qualification (法律职业资格).");
        }
    }
}
