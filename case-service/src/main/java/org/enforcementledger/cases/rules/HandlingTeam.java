package org.enforcementledger.cases.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.enforcementledger.cases.officer.OfficerRegistry;
import org.enforcementledger.cases.officer.OfficerStanding;
import org.enforcementledger.cases.problem.RuleViolationException;
import org.jboss.logging.Logger;

/** The officers of an enforcement act: at least two (R4.6), each eligible that day (R4.1), "1+1" (spec §4.5). */
@ApplicationScoped
public class HandlingTeam {

    private static final Logger LOG = Logger.getLogger(HandlingTeam.class);

    /** The checked team, and the warnings the act is recorded with. */
    public record Checked(List<OfficerStanding> officers, List<String> departmentCodes, List<String> warnings) {
    }

    private final OfficerRegistry registry;
    private final RuleSettings settings;

    public HandlingTeam(OfficerRegistry registry, RuleSettings settings) {
        this.registry = registry;
        this.settings = settings;
    }

    /**
     * @param onePlusOne whether the "1+1" composition applies to this kind of act (penalty cases)
     */
    public Checked check(String orgUnit, List<UUID> officerIds, LocalDate day, String act, boolean onePlusOne) {
        LinkedHashSet<UUID> distinct = new LinkedHashSet<>(officerIds);
        if (distinct.size() < 2) {
            throw new RuleViolationException("R4.6", act + " must be carried out by at least two officers holding "
                    + "enforcement certificates; " + distinct.size() + " distinct officer(s) given.");
        }
        Map<UUID, OfficerStanding> standings = registry.standings(orgUnit, distinct, day);
        List<String> refusals = new ArrayList<>();
        for (OfficerStanding standing : standings.values()) {
            if (!standing.eligible()) {
                refusals.add("officer " + standing.officerId() + " " + standing.reason());
            }
        }
        if (!refusals.isEmpty()) {
            throw new RuleViolationException("R4.1", "on " + day + ": " + String.join("; ", refusals) + ".");
        }
        List<OfficerStanding> officers = List.copyOf(standings.values());
        List<String> warnings = new ArrayList<>();
        if (onePlusOne && !(officers.stream().anyMatch(OfficerStanding::inBusinessOffice)
                && officers.stream().anyMatch(OfficerStanding::inEnforcementBrigade))) {
            String message = "the case team has no " + (officers.stream().anyMatch(OfficerStanding::inBusinessOffice)
                    ? "officer of the enforcement brigade" : "officer of a business office")
                    + " (the \"1+1\" mode pairs one of each)";
            if (settings.onePlusOne() == RuleSettings.OnePlusOne.ENFORCE) {
                throw new RuleViolationException("§4.5", message + ".");
            }
            LOG.warnf("§4.5 warning for %s: %s", act, message);
            warnings.add("§4.5: " + message);
        }
        List<String> departments = officers.stream().map(OfficerStanding::departmentCode).distinct().sorted().toList();
        return new Checked(officers, departments, warnings);
    }
}
