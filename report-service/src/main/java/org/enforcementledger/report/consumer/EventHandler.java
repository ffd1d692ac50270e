package org.enforcementledger.report.consumer;

import java.sql.Connection;
import java.sql.SQLException;

import java.util.Set;

/**
 * Applies events to the aggregates, inside the consumer's batch transaction. Implementations are CDI beans; each names
 * the types it handles, and each type has its JSON Schema under {@code event-schemas/} (copied from
 * {@code docs/events/} at build time).
 */
public interface EventHandler {

    /** The full CloudEvents types, e.g. {@code enforcementledger.personnel.certificate.issued.v1}. */
    Set<String> types();

    void apply(Connection connection, CloudEvent event) throws SQLException;
}
