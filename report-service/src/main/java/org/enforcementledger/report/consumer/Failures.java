package org.enforcementledger.report.consumer;

import java.sql.SQLException;
import java.time.DateTimeException;
import java.util.Set;

/**
 * Tells a failure that retrying cannot cure — the fault of some record of the batch — from one that it can.
 *
 * <p>
 * A record's fault: PostgreSQL's integrity (SQLSTATE class 23) and data (22) errors, cardinality errors (21: an upsert
 * of one batch meeting the same row twice, which one record alone does not do), and whatever a handler throws on a
 * record's content ({@link HandlerFailure}: a value it cannot read — an id, a date, an enum constant, a number). Anything
 * else — a lost connection (08), a serialization failure or deadlock (40001, 40P01), a server shutting down (57P0x),
 * resources (53), a cancelled or timed-out statement, the broker, or a handler failing in a way no record's content
 * explains (a bug, which would otherwise dead-letter every record) — is rolled back and retried from the stored
 * offsets.
 */
final class Failures {

    private static final Set<String> RECORD_FAULT_CLASSES = Set.of("21", "22", "23");

    /** What a handler threw on a record's content while loading for or applying the batch's events. */
    static final class HandlerFailure extends RuntimeException {
        HandlerFailure(RuntimeException cause) {
            super(cause.toString(), cause);
        }
    }

    /** Whether a handler's exception is one that reading a record's values throws. */
    static boolean onContent(RuntimeException e) {
        return e instanceof IllegalArgumentException || e instanceof DateTimeException
                || e instanceof ArithmeticException;
    }

    private Failures() {
    }

    /** True when some record of the batch is at fault, so that applying it again will fail again. */
    static boolean recordAtFault(Throwable failure) {
        SQLException sql = firstSqlException(failure);
        if (sql != null) {
            String state = sqlState(sql);
            return state != null && state.length() == 5 && RECORD_FAULT_CLASSES.contains(state.substring(0, 2));
        }
        return failure instanceof HandlerFailure;
    }

    /** The reason given in the dead letter of a record at fault. */
    static String reason(Throwable failure) {
        SQLException sql = firstSqlException(failure);
        if (sql != null) {
            return "cannot apply: " + message(sql) + " (SQLSTATE " + sqlState(sql) + ")";
        }
        Throwable cause = failure instanceof HandlerFailure ? failure.getCause() : failure;
        return "cannot apply: " + cause;
    }

    private static SQLException firstSqlException(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }

    /** A JDBC batch's error names the statement; the server's own error is the next one. */
    private static String sqlState(SQLException sql) {
        SQLException next = sql.getNextException();
        return next != null && next.getSQLState() != null ? next.getSQLState() : sql.getSQLState();
    }

    private static String message(SQLException sql) {
        SQLException next = sql.getNextException();
        return (next != null ? next : sql).getMessage().lines().findFirst().orElse("");
    }
}
