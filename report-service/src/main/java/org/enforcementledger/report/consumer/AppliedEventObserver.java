package org.enforcementledger.report.consumer;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Learns, as a batch applies them, which events moved which running figures: the live consumer's batches and a
 * rebuild's replay alike, inside the batch's transaction. Publications (公布, {@code publication/}) keep this way the
 * events applied after a year was published.
 *
 * <p>
 * It costs one statement per batch ({@link #begin}); an event it does not observe costs a look-up in memory, so a
 * replay with nothing published keeps its speed.
 */
public interface AppliedEventObserver {

    /** First in every batch's transaction, before anything is applied: what to observe in this batch. */
    Observation begin(Connection connection) throws SQLException;

    /** One batch's observation. */
    interface Observation {

        /** Whether to learn what this event moves: a look-up in memory, asked before each event is applied. */
        boolean observes(CloudEvent event);

        /**
         * After an observed event was applied, with where it was read and the running figures it moved, net of what
         * it took back ({@link Batch.Moved}); writes go through {@link Batch#state} and {@link Batch.Deferring}.
         */
        void applied(Batch batch, CloudEvent event, ConsumerRecord<byte[], byte[]> record, List<Batch.Moved> moved);
    }
}
