package org.enforcementledger.personnel.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.enforcementledger.personnel.certificate.CertificateHistoryEntry;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * What is stored, read from the database: row counts (a refused request must leave every table, the outbox included,
 * as it was) and the ids events refer to.
 */
public final class StoredRows {

    /** The tables a personnel command writes to. */
    private static final String[] TABLES = { "officer", "officer_history", "certificate", "certificate_history",
            "exam", "exam_absence", "training", "change_log", "outbox_event" };

    private StoredRows() {
    }

    /** The ids of the certificate's history rows, oldest first: the {@code changeId} of each step's event. */
    public static List<Long> certificateChangeIds(String number) {
        return QuarkusTransaction.requiringNew().call(() -> CertificateHistoryEntry
                .<CertificateHistoryEntry> list("certificate.number = ?1 order by id", number).stream()
                .map(entry -> entry.id).toList());
    }

    /** Rows per table, now. */
    public static Map<String, Long> count() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<String, Long> rows = new LinkedHashMap<>();
            for (String table : TABLES) {
                rows.put(table, ((Number) Panache.getEntityManager()
                        .createNativeQuery("SELECT count(*) FROM " + table).getSingleResult()).longValue());
            }
            return rows;
        });
    }
}
