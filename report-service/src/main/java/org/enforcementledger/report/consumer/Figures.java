package org.enforcementledger.report.consumer;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;

/**
 * Adds to the running annual figures ({@code annual_figure}) inside the consumer's transaction.
 *
 * <p>
 * Within a batch ({@link #begin} … {@link #flush}) the additions are summed in memory and written as one upsert per
 * figure when the batch commits: a batch of a thousand events moves a few dozen figures, and the round trips per event
 * were what limited the replay rate. Nothing reads {@code annual_figure} while a batch is applied, so deferring the
 * writes to the end of the same transaction changes no result.
 */
public final class Figures {

    private record Key(String orgUnit, int year, String figure) {
    }

    private static final Comparator<Key> ORDER = Comparator.comparing(Key::orgUnit).thenComparing(Key::year)
            .thenComparing(Key::figure);

    /** The pending additions of the batch being applied on this thread, for its connection. */
    private static final ThreadLocal<Pending> PENDING = new ThreadLocal<>();

    private record Pending(Connection connection, Map<Key, BigDecimal> sums) {
    }

    private Figures() {
    }

    /** Starts summing additions made on this connection until {@link #flush} or {@link #discard}. */
    static void begin(Connection connection) {
        PENDING.set(new Pending(connection, new TreeMap<>(ORDER)));
    }

    /** Writes the batch's sums (in key order, so that concurrent writers cannot deadlock) and stops summing. */
    static void flush(Connection connection) throws SQLException {
        Pending pending = PENDING.get();
        PENDING.remove();
        if (pending == null || pending.sums().isEmpty()) {
            return;
        }
        try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
            for (Map.Entry<Key, BigDecimal> entry : pending.sums().entrySet()) {
                bind(upsert, entry.getKey(), entry.getValue());
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
    }

    /** Drops what was summed (the batch rolled back). */
    static void discard() {
        PENDING.remove();
    }

    public static void add(Connection connection, String orgUnit, int year, String figure, BigDecimal amount)
            throws SQLException {
        Key key = new Key(orgUnit, year, figure);
        Pending pending = PENDING.get();
        if (pending != null && pending.connection() == connection) {
            pending.sums().merge(key, amount, BigDecimal::add);
            return;
        }
        try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
            bind(upsert, key, amount);
            upsert.executeUpdate();
        }
    }

    public static void increment(Connection connection, String orgUnit, int year, String figure) throws SQLException {
        add(connection, orgUnit, year, figure, BigDecimal.ONE);
    }

    private static final String UPSERT = "INSERT INTO annual_figure (org_unit, year, figure, value) VALUES (?, ?, ?, ?)"
            + " ON CONFLICT (org_unit, year, figure) DO UPDATE SET value = annual_figure.value + EXCLUDED.value";

    private static void bind(PreparedStatement upsert, Key key, BigDecimal amount) throws SQLException {
        upsert.setString(1, key.orgUnit());
        upsert.setInt(2, key.year());
        upsert.setString(3, key.figure());
        upsert.setBigDecimal(4, amount);
    }
}
