package org.enforcementledger.report.consumer;

import java.sql.SQLException;
import java.util.List;
import java.util.Set;

/**
 * Applies events to the aggregates, inside the consumer's batch transaction. Implementations are CDI beans; each names
 * the types it handles, and each type has its JSON Schema under {@code event-schemas/} (copied from
 * {@code docs/events/} at build time).
 */
public interface EventHandler {

    /** The full CloudEvents types, e.g. {@code enforcementledger.personnel.certificate.issued.v1}. */
    Set<String> types();

    /**
     * Called once per batch, before any of its events is applied, with the batch's events of this handler's types: loads
     * in one query per table what {@link #apply} will look up.
     */
    default void load(Batch batch, List<CloudEvent> events) throws SQLException {
    }

    /**
     * Applies one event, in the batch's order; rows go through {@link Batch#defer} or a batch state, figures through
     * {@link Batch#add}. What it throws on a value it cannot read (an id, a date, an enum constant, a number) is the
     * record's fault: the record is dead-lettered.
     */
    void apply(Batch batch, CloudEvent event) throws SQLException;
}
