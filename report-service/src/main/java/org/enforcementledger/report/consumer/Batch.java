package org.enforcementledger.report.consumer;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * One transaction's records as the handlers see them: its connection, what they loaded for the whole batch, and the
 * writes they deferred to its end — projection rows and additions to the running annual figures ({@code annual_figure}).
 *
 * <p>
 * A round trip per statement per event was what limited the replay rate, so handlers load what they will look up in
 * one query per table for the whole batch ({@link EventHandler#load}), keep what they change in memory
 * ({@link #state}), defer their writes ({@link #defer}) and add to the figures in memory ({@link #add}): a batch of a
 * thousand events moves a few dozen figures, each written once. Nothing reads the projections or the figures while a
 * batch is applied except its own handlers, so writing them at the end of the same transaction changes no result.
 */
public final class Batch {

    /** Per-batch state that has writes of its own to defer once every event of the batch is applied. */
    public interface Deferring {
        void beforeFlush(Batch batch) throws SQLException;
    }

    private record Write(String sql, Object[] parameters) {
    }

    private record Figure(String orgUnit, int year, String name) {
    }

    /** What one event did to a running figure: the amount it added, net of what it took back. */
    public record Moved(String orgUnit, int year, String figure, BigDecimal amount) {
    }

    /** Figures are written in key order, so that two writers cannot deadlock on them. */
    private static final Comparator<Figure> FIGURE_ORDER = Comparator.comparing(Figure::orgUnit)
            .thenComparing(Figure::year).thenComparing(Figure::name);

    private static final String ADD_TO_FIGURE = "INSERT INTO annual_figure (org_unit, year, figure, value)"
            + " VALUES (?, ?, ?, ?)"
            + " ON CONFLICT (org_unit, year, figure) DO UPDATE SET value = annual_figure.value + EXCLUDED.value";

    private final Connection connection;
    private final Map<Class<?>, Object> states = new LinkedHashMap<>();
    private final List<Write> writes = new ArrayList<>();
    private final Map<Figure, BigDecimal> figures = new TreeMap<>(FIGURE_ORDER);
    /** What the event being applied added, while an {@link AppliedEventObserver} observes it; null otherwise. */
    private Map<Figure, BigDecimal> observed;

    Batch(Connection connection) {
        this.connection = connection;
    }

    public Connection connection() {
        return connection;
    }

    /** The batch's instance of a state, created on first use (a state may use another one). */
    public <T> T state(Class<T> type, Supplier<T> create) {
        Object state = states.get(type);
        if (state == null) {
            state = create.get();
            states.put(type, state);
        }
        return type.cast(state);
    }

    /**
     * Runs a statement at the end of the batch, in the order deferred: consecutive executions of the same statement go
     * to the database as one JDBC batch, an INSERT as one multi-row statement ({@code reWriteBatchedInserts}) — so a run
     * of an upsert must not touch the same row twice. Parameters as {@link Sql#bind} takes them.
     */
    public void defer(String sql, Object... parameters) {
        writes.add(new Write(sql, parameters));
    }

    /** Adds to a running annual figure of an org unit, written once per figure when the batch ends. */
    public void add(String orgUnit, int year, String figure, BigDecimal amount) {
        Figure key = new Figure(orgUnit, year, figure);
        figures.merge(key, amount, BigDecimal::add);
        if (observed != null) {
            observed.merge(key, amount, BigDecimal::add);
        }
    }

    public void increment(String orgUnit, int year, String figure) {
        add(orgUnit, year, figure, BigDecimal.ONE);
    }

    /** From now until {@link #moved()}, what the event being applied adds is kept apart too. */
    void observe() {
        observed = new TreeMap<>(FIGURE_ORDER);
    }

    /** The running figures the observed event moved: an amount taken back and added again moved nothing. */
    List<Moved> moved() {
        List<Moved> moved = new ArrayList<>();
        observed.forEach((figure, amount) -> {
            if (amount.signum() != 0) {
                moved.add(new Moved(figure.orgUnit(), figure.year(), figure.name(), amount));
            }
        });
        observed = null;
        return moved;
    }

    /** Lets the states defer their writes, then runs every deferred write, the figures last. */
    void flush() throws SQLException {
        for (Object state : states.values()) {
            if (state instanceof Deferring deferring) {
                deferring.beforeFlush(this);
            }
        }
        figures.forEach((figure, amount) -> defer(ADD_TO_FIGURE, figure.orgUnit(), figure.year(), figure.name(), amount));
        int start = 0;
        while (start < writes.size()) {
            String sql = writes.get(start).sql();
            int end = start;
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                while (end < writes.size() && writes.get(end).sql().equals(sql)) {
                    Sql.bind(statement, writes.get(end).parameters());
                    statement.addBatch();
                    end++;
                }
                statement.executeBatch();
            }
            start = end;
        }
    }
}
