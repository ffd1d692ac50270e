package org.enforcementledger.cases.officer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.enforcementledger.cases.rules.OfficerRules;
import org.enforcementledger.cases.rules.RuleSettings;
import org.jboss.logging.Logger;

/**
 * The officers of an enforcement act: looks up where each works and whether they may act that day
 * ({@link OfficerRegistry}), and applies {@link OfficerRules} (R4.6, R4.1, §4.5) to them.
 */
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
        OfficerRules.requireTwoOfficers(act, distinct.size());
        List<OfficerStanding> officers = List.copyOf(registry.standings(orgUnit, distinct, day).values());
        OfficerRules.requireEligible(day, officers);
        List<String> warnings = new ArrayList<>();
        if (onePlusOne) {
            OfficerRules.onePlusOne(officers, settings.onePlusOne()).ifPresent(message -> {
                LOG.warnf("§4.5 warning for %s: %s", act, message);
                warnings.add("§4.5: " + message);
            });
        }
        List<String> departments = officers.stream().map(OfficerStanding::departmentCode).distinct().sorted().toList();
        return new Checked(officers, departments, warnings);
    }

    /**
     * R4.1 on a later act of a team already checked (a case's decision): each officer still eligible on that day —
     * not departed, in an enforcement post, holding a certificate in force.
     */
    public void requireEligible(String orgUnit, Collection<UUID> officerIds, LocalDate day) {
        OfficerRules.requireEligible(day, registry.standings(orgUnit, officerIds, day).values());
    }
}
