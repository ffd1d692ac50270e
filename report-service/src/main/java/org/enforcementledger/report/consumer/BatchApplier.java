package org.enforcementledger.report.consumer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;

/**
 * Applies a poll's records to the figures with an exactly-once effect: the live consumer's polls and a rebuild's
 * replay alike, each into the schema its connection points at.
 *
 * <ul>
 * <li>The records are applied in one transaction that also records each event id in {@code applied_event} — an id
 * seen before is a duplicate and is skipped — and stores the next offset per partition ({@link OffsetStore}).</li>
 * <li>A poison record (see {@link EventReader}) is handed to the target's dead letters and passed over.</li>
 * <li>The {@link AppliedEventObserver} opens each transaction and learns which running figures the events it
 * observes moved.</li>
 * <li>When the transaction fails on some record's content ({@link Failures}), retrying the batch would fail forever
 * and stop every town's figures; so the records are applied again one per transaction, and the one that fails alone is
 * dead-lettered with the reason, its offset and the rest moving on. One transaction per record rather than savepoints:
 * every dead letter is committed as passed at once instead of at the end of a batch, and what was applied stays
 * applied should the database go away half-way. Any other failure is thrown, for the caller to retry from the stored
 * offsets.</li>
 * </ul>
 */
@ApplicationScoped
public class BatchApplier {

    private static final Logger LOG = Logger.getLogger(BatchApplier.class);

    /** What the figures being applied to do with dead letters and commits. */
    public interface Target {

        /**
         * A record that can never be applied, with the reason: called before the transaction that passes it commits.
         * Throws when it cannot be handled now, which rolls the transaction back.
         */
        void deadLetter(ConsumerRecord<byte[], byte[]> record, String reason);

        /** Just before a transaction commits. */
        void committing();

        /** Just after a transaction committed, with what it applied. */
        void committed(Applied applied);
    }

    /** What was applied, skipped and dead-lettered, the last event's time, and the next offset per partition. */
    public record Applied(long applied, long duplicates, long deadLettered, OffsetDateTime lastEventTime,
            Map<TopicPartition, Long> next) {

        static final Applied NOTHING = new Applied(0, 0, 0, null, Map.of());

        Applied plus(Applied later) {
            Map<TopicPartition, Long> offsets = new HashMap<>(next);
            offsets.putAll(later.next);
            return new Applied(applied + later.applied, duplicates + later.duplicates,
                    deadLettered + later.deadLettered, latest(lastEventTime, later.lastEventTime), offsets);
        }
    }

    private final EventReader reader;
    private final AppliedEventObserver observer;

    public BatchApplier(EventReader reader, AppliedEventObserver observer) {
        this.reader = reader;
        this.observer = observer;
    }

    /**
     * Applies the records, in order, on this connection (in the schema it points at), committing as it goes.
     *
     * @throws SQLException or a RuntimeException for a failure that is no record's fault; what was not committed is
     *         rolled back
     */
    public Applied apply(Connection connection, List<ConsumerRecord<byte[], byte[]>> records, Target target)
            throws SQLException {
        // Parsing and schema validation are most of the CPU a replay takes: on every core, order kept.
        List<ParsedRecord> parsed = records.parallelStream().map(reader::read).toList();
        try {
            return inOneTransaction(connection, parsed, target);
        } catch (SQLException | RuntimeException e) {
            if (!Failures.recordAtFault(e)) {
                throw e;
            }
            LOG.warnf("A batch of %d records failed on a record's content (%s); applying them one at a time",
                    parsed.size(), Failures.reason(e));
            return oneAtATime(connection, parsed, target);
        }
    }

    private Applied oneAtATime(Connection connection, List<ParsedRecord> parsed, Target target) throws SQLException {
        Applied total = Applied.NOTHING;
        for (ParsedRecord one : parsed) {
            Applied applied;
            try {
                applied = inOneTransaction(connection, List.of(one), target);
            } catch (SQLException | RuntimeException e) {
                if (!Failures.recordAtFault(e)) {
                    throw e;
                }
                applied = inOneTransaction(connection,
                        List.of(ParsedRecord.deadLetter(one.record(), Failures.reason(e))), target);
            }
            total = total.plus(applied);
        }
        return total;
    }

    private Applied inOneTransaction(Connection connection, List<ParsedRecord> parsed, Target target)
            throws SQLException {
        connection.setAutoCommit(false);
        Applied applied;
        try {
            applied = applyAll(connection, parsed, target);
            target.committing();
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            try {
                connection.rollback();
            } catch (SQLException rollbackFailed) {
                e.addSuppressed(rollbackFailed);
            }
            throw e;
        }
        target.committed(applied);
        return applied;
    }

    private Applied applyAll(Connection connection, List<ParsedRecord> parsed, Target target) throws SQLException {
        AppliedEventObserver.Observation observation = observer.begin(connection);
        Map<TopicPartition, Long> next = new HashMap<>();
        long deadLettered = 0;
        List<UUID> ids = new ArrayList<>();
        for (ParsedRecord one : parsed) {
            ConsumerRecord<byte[], byte[]> record = one.record();
            next.put(new TopicPartition(record.topic(), record.partition()), record.offset() + 1);
            if (one.applicable()) {
                ids.add(one.event().id());
            } else {
                target.deadLetter(record, one.deadLetterReason());
                deadLettered++;
            }
        }
        Set<UUID> fresh = markApplied(connection, ids);
        List<ParsedRecord> toApply = new ArrayList<>(parsed.size());
        Map<EventHandler, List<CloudEvent>> byHandler = new LinkedHashMap<>();
        long duplicates = 0;
        for (ParsedRecord one : parsed) {
            if (!one.applicable()) {
                continue;
            }
            // remove(): an event twice in one batch is applied once.
            if (fresh.remove(one.event().id())) {
                toApply.add(one);
                byHandler.computeIfAbsent(one.handler(), h -> new ArrayList<>()).add(one.event());
            } else {
                duplicates++;
            }
        }
        Batch batch = new Batch(connection);
        OffsetDateTime lastEventTime = null;
        try {
            for (Map.Entry<EventHandler, List<CloudEvent>> handled : byHandler.entrySet()) {
                handled.getKey().load(batch, handled.getValue());
            }
            for (ParsedRecord one : toApply) {
                boolean observed = observation.observes(one.event());
                if (observed) {
                    batch.observe();
                }
                one.handler().apply(batch, one.event());
                if (observed) {
                    observation.applied(batch, one.event(), one.record(), batch.moved());
                }
                lastEventTime = latest(lastEventTime, one.event().time());
            }
        } catch (RuntimeException e) {
            throw Failures.onContent(e) ? new Failures.HandlerFailure(e) : e;
        }
        batch.flush();
        OffsetStore.store(connection, next);
        Applied applied = new Applied(toApply.size(), duplicates, deadLettered, lastEventTime, next);
        updateState(connection, applied);
        return applied;
    }

    /**
     * Records the event ids as applied, in one statement for the batch; returns those not applied before (an id
     * already there is a duplicate).
     */
    private static Set<UUID> markApplied(Connection connection, List<UUID> ids) throws SQLException {
        Set<UUID> fresh = new HashSet<>();
        if (ids.isEmpty()) {
            return fresh;
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO applied_event (event_id)"
                + " SELECT unnest(?::uuid[]) ON CONFLICT DO NOTHING RETURNING event_id")) {
            insert.setArray(1, connection.createArrayOf("uuid", ids.toArray()));
            try (ResultSet rs = insert.executeQuery()) {
                while (rs.next()) {
                    fresh.add(rs.getObject(1, UUID.class));
                }
            }
        }
        return fresh;
    }

    private static void updateState(Connection connection, Applied applied) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE consumer_state SET events_applied = events_applied + ?,"
                        + " duplicates_skipped = duplicates_skipped + ?, dead_lettered = dead_lettered + ?,"
                        + " last_event_time = GREATEST(last_event_time, ?), last_applied_at = now() WHERE id = 1")) {
            update.setLong(1, applied.applied());
            update.setLong(2, applied.duplicates());
            update.setLong(3, applied.deadLettered());
            update.setTimestamp(4, applied.lastEventTime() == null ? null
                    : Timestamp.from(applied.lastEventTime().toInstant()));
            update.executeUpdate();
        }
    }

    private static OffsetDateTime latest(OffsetDateTime a, OffsetDateTime b) {
        return a == null || (b != null && b.isAfter(a)) ? b : a;
    }
}
