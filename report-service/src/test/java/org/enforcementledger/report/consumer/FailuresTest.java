package org.enforcementledger.report.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.time.format.DateTimeParseException;
import java.util.ConcurrentModificationException;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.Test;

/**
 * Which failures are a record's fault — retrying cannot cure them, so the record is found and dead-lettered — and
 * which roll the batch back to be retried: by PostgreSQL's SQLSTATE class, or by who threw.
 */
class FailuresTest {

    @Test
    void integrityDataAndCardinalityErrorsAreARecordsFault() {
        assertThat(Failures.recordAtFault(new SQLException("duplicate key", "23505"))).isTrue();
        assertThat(Failures.recordAtFault(new SQLException("null value", "23502"))).isTrue();
        assertThat(Failures.recordAtFault(new SQLException("numeric field overflow", "22003"))).isTrue();
        assertThat(Failures.recordAtFault(new SQLException("invalid byte sequence", "22021"))).isTrue();
        assertThat(Failures.recordAtFault(new SQLException("cannot affect row a second time", "21000"))).isTrue();
    }

    @Test
    void aJdbcBatchIsJudgedByTheServersErrorBehindIt() {
        BatchUpdateException batch = new BatchUpdateException("Batch entry 0 was aborted", "23505", new int[0]);
        assertThat(Failures.recordAtFault(batch)).isTrue();
        BatchUpdateException lost = new BatchUpdateException("Batch entry 0 was aborted", null, new int[0]);
        lost.setNextException(new SQLException("An I/O error occurred", "08006"));
        assertThat(Failures.recordAtFault(lost)).isFalse();
        assertThat(Failures.reason(lost)).isEqualTo("cannot apply: An I/O error occurred (SQLSTATE 08006)");
    }

    @Test
    void outagesConflictsAndTimeoutsAreRetried() {
        assertThat(Failures.recordAtFault(new SQLException("connection failure", "08006"))).isFalse();
        assertThat(Failures.recordAtFault(new SQLException("could not serialize access", "40001"))).isFalse();
        assertThat(Failures.recordAtFault(new SQLException("deadlock detected", "40P01"))).isFalse();
        assertThat(Failures.recordAtFault(new SQLException("terminating connection", "57P01"))).isFalse();
        assertThat(Failures.recordAtFault(new SQLException("too many connections", "53300"))).isFalse();
        assertThat(Failures.recordAtFault(new SQLException("canceling statement", "57014"))).isFalse();
        assertThat(Failures.recordAtFault(new SQLTimeoutException("acquisition timeout"))).isFalse();
        assertThat(Failures.recordAtFault(new SQLException("no state"))).isFalse();
    }

    @Test
    void whatAHandlerThrowsOnARecordsContentIsItsFaultUnlessTheDatabaseIsBehindIt() {
        assertThat(Failures.recordAtFault(new Failures.HandlerFailure(new IllegalArgumentException("No enum constant"))))
                .isTrue();
        assertThat(Failures.recordAtFault(new Failures.HandlerFailure(
                new IllegalStateException(new SQLException("connection failure", "08006"))))).isFalse();
        assertThat(Failures.reason(new Failures.HandlerFailure(new ArithmeticException("Rounding necessary"))))
                .isEqualTo("cannot apply: java.lang.ArithmeticException: Rounding necessary");
    }

    @Test
    void aHandlerFailingOnWhatNoRecordsContentExplainsIsABugAndRetried() {
        assertThat(Failures.onContent(new IllegalArgumentException("Invalid UUID string: x"))).isTrue();
        assertThat(Failures.onContent(new DateTimeParseException("Text '' could not be parsed", "", 0)))
                .isTrue();
        assertThat(Failures.onContent(new ArithmeticException("Rounding necessary"))).isTrue();
        assertThat(Failures.onContent(new ConcurrentModificationException())).isFalse();
        assertThat(Failures.onContent(new IllegalStateException("Ids of exam_projection were not loaded"))).isFalse();
        assertThat(Failures.onContent(new NullPointerException())).isFalse();
    }

    @Test
    void theBrokerAndAnythingOutsideTheHandlersAreRetried() {
        assertThat(Failures.recordAtFault(new IllegalStateException("Cannot write to dead-letter topic",
                new ExecutionException(new TimeoutException("Expiring 1 record"))))).isFalse();
        assertThat(Failures.recordAtFault(new IllegalArgumentException("not from a handler"))).isFalse();
    }
}
