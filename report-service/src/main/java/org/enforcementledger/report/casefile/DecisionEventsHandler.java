package org.enforcementledger.report.casefile;

import static org.enforcementledger.report.consumer.Sql.uuid;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.enforcementledger.report.consumer.Batch;
import org.enforcementledger.report.consumer.CloudEvent;
import org.enforcementledger.report.consumer.EventHandler;

/**
 * Penalty decisions (spec §11.2): each counts once, in the year of its decidedOn, under its heaviest penalty kind, and
 * stays counted whatever happens later (rule 1) — revoked by a review, or amended, even to no penalty. A decision is
 * counted as it stood at the end of its year:
 * <ul>
 * <li>an amendment made in the decision's year to a penalty (a lower fine, another kind) is the whole decision as it
 * now stands, so it takes the previous version's contribution back before adding its own;</li>
 * <li>an amendment to no penalty is treated as a revocation: the decision stays counted as it was;</li>
 * <li>an amendment made in a later year changes nothing: the figures of a year, once it is over, are what its
 * decisions fixed (rule 4).</li>
 * </ul>
 * A case has one decision, so its decision delivered again changes nothing, and an amendment older than the one the
 * figures come from is an amendment delivered again.
 */
@ApplicationScoped
public class DecisionEventsHandler implements EventHandler {

    static final String DECIDED = "enforcementledger.case.case.decided.v1";
    static final String AMENDED = "enforcementledger.case.case.decision-amended.v1";

    private final PenaltySeverity severity;

    public DecisionEventsHandler(
            @ConfigProperty(name = "ledger.report.penalty-severity") List<PenaltyKind> lightestFirst) {
        this.severity = new PenaltySeverity(lightestFirst);
    }

    @Override
    public Set<String> types() {
        return Set.of(DECIDED, AMENDED);
    }

    @Override
    public void load(Batch batch, List<CloudEvent> events) throws SQLException {
        CaseFacts.of(batch).loadCases(events.stream().map(e -> uuid(e.data(), "caseId")).toList());
    }

    @Override
    public void apply(Batch batch, CloudEvent event) throws SQLException {
        CaseFacts facts = CaseFacts.of(batch);
        Decision decision = Decision.of(event, severity);
        boolean challenged = facts.reviews(decision.caseId()) > 0;
        Optional<Decision> counted = facts.decision(decision.caseId());
        if (counted.isPresent()) {
            if (!replaces(decision, counted.get())) {
                return;
            }
            counted.get().count(batch, -1, challenged);
        }
        facts.store(decision);
        decision.count(batch, 1, challenged);
    }

    /** Whether a version of a case's decision takes the place of the one counted. */
    private static boolean replaces(Decision version, Decision counted) {
        LocalDate amendedOn = version.amendedOn();
        if (amendedOn == null) {
            return false;
        }
        if (counted.amendedOn() != null && amendedOn.isBefore(counted.amendedOn())) {
            return false;
        }
        if (amendedOn.getYear() > counted.decidedOn().getYear()) {
            return false;
        }
        return version.penalty() || !counted.penalty();
    }
}
