package org.enforcementledger.report.consumer;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One poll's transaction as the handlers see it: its connection, what they loaded for the whole batch, and the writes
 * they deferred to its end.
 *
 * <p>
 * A round trip per statement per event was what limited the replay rate, so handlers load what they will look up in
 * one query per table for the whole batch ({@link EventHandler#load}), keep what they change in memory
 * ({@link #state}), and defer their writes ({@link #defer}). Nothing reads the projections while a batch is applied
 * except its own handlers, so writing them at the end of the same transaction changes no result.
 */
public final class Batch {

    /** Per-batch state that has writes of its own to defer once every event of the batch is applied. */
    public interface Deferring {
        void beforeFlush(Batch batch) throws SQLException;
    }

    private record Write(String sql, Object[] parameters) {
    }

    private final Connection connection;
    private final Map<Class<?>, Object> states = new LinkedHashMap<>();
    private final List<Write> writes = new ArrayList<>();

    Batch(Connection connection) {
        this.connection = connection;
    }

    public Connection connection() {
        return connection;
    }

    /** The batch's instance of a state, created on first use. */
    public <T> T state(Class<T> type, Supplier<T> create) {
        return type.cast(states.computeIfAbsent(type, t -> create.get()));
    }

    /**
     * Runs a statement at the end of the batch, in the order deferred: consecutive executions of the same statement go
     * to the database as one JDBC batch, an INSERT as one multi-row statement ({@code reWriteBatchedInserts}) — so a run
     * of an upsert must not touch the same row twice. Parameters: UUID, LocalDate, String, Number, Boolean, a {@code List} of
     * strings (a {@code text[]}) or null.
     */
    public void defer(String sql, Object... parameters) {
        writes.add(new Write(sql, parameters));
    }

    /** Lets the states defer their writes, then runs every deferred write. */
    void flush() throws SQLException {
        for (Object state : states.values()) {
            if (state instanceof Deferring deferring) {
                deferring.beforeFlush(this);
            }
        }
        int start = 0;
        while (start < writes.size()) {
            String sql = writes.get(start).sql();
            int end = start;
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                while (end < writes.size() && writes.get(end).sql().equals(sql)) {
                    bind(statement, writes.get(end).parameters());
                    statement.addBatch();
                    end++;
                }
                statement.executeBatch();
            }
            start = end;
        }
    }

    private void bind(PreparedStatement statement, Object[] parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            Object value = parameters[i];
            if (value instanceof LocalDate date) {
                statement.setDate(i + 1, Date.valueOf(date));
            } else if (value instanceof Collection<?> texts) {
                statement.setArray(i + 1, connection.createArrayOf("text", texts.toArray()));
            } else {
                statement.setObject(i + 1, value);
            }
        }
    }
}
