package org.enforcementledger.report.consumer;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Applies one event type to the aggregates, inside the consumer's batch transaction. Implementations are CDI beans;
 * each names the type it handles and finds its JSON Schema under {@code event-schemas/} (copied from
 * {@code docs/events/} at build time).
 */
public interface EventHandler {

    /** The full CloudEvents type, e.g. {@code enforcementledger.personnel.certificate.issued.v1}. */
    String type();

    void apply(Connection connection, CloudEvent event) throws SQLException;
}
