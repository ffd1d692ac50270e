package org.enforcementledger.report.personnel;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.enforcementledger.report.consumer.Batch;

/**
 * The status each certificate of a batch has as its events are applied: loaded for the batch's certificates in one
 * query, then kept current in memory. A certificate's events share its officer's partition, so they arrive in the order
 * they happened, and the status before an event is the one the events before it left.
 */
final class CertificateStatuses {

    private final Connection connection;
    private final Map<String, String> statuses = new HashMap<>();

    private CertificateStatuses(Connection connection) {
        this.connection = connection;
    }

    static CertificateStatuses of(Batch batch) {
        return batch.state(CertificateStatuses.class, () -> new CertificateStatuses(batch.connection()));
    }

    void load(Collection<String> numbers) throws SQLException {
        if (numbers.isEmpty()) {
            return;
        }
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT number, status FROM certificate_projection WHERE number = ANY (?)")) {
            select.setArray(1, connection.createArrayOf("text", numbers.toArray()));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    statuses.put(rs.getString(1), rs.getString(2));
                }
            }
        }
    }

    /** The certificate's status before the event being applied; empty when its issue is unknown here. */
    Optional<String> current(String number) {
        return Optional.ofNullable(statuses.get(number));
    }

    void changed(String number, String status) {
        statuses.put(number, status);
    }
}
