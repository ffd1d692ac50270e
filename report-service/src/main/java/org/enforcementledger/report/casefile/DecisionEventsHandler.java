package org.enforcementledger.report.casefile;

import static org.enforcementledger.report.consumer.Sql.uuid;

import java.sql.SQLException;
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
 * stays counted when a review later revokes it. An amendment is the whole decision as it now stands, so it takes the
 * previous version's contribution back before adding its own; a decision event seen again for the same case does the
 * same, which makes a re-published decision harmless.
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
        Optional<Decision> previous = facts.decision(decision.caseId());
        if (previous.isPresent()) {
            previous.get().count(batch, -1, challenged);
        }
        facts.store(decision);
        decision.count(batch, 1, challenged);
    }
}
