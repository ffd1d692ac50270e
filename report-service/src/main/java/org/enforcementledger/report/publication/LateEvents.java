package org.enforcementledger.report.publication;

import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.enforcementledger.report.consumer.AppliedEventObserver;
import org.enforcementledger.report.consumer.Batch;
import org.enforcementledger.report.consumer.CloudEvent;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Keeps the events applied after a town's year was first published that could have moved its figures
 * ({@code report_records.late_event}, by {@link FigureSources}'s rule), for the diff between the live figures and the
 * published ones.
 *
 * <p>
 * Every batch, live or a rebuild's replay, first reads the publication gate FOR SHARE ({@link #begin}), one statement:
 * a publication updates that row before it reads the figures, so it waits for the batches under way and holds off new
 * ones until it has committed, and every later batch sees its generation moved and reloads the years published. An
 * event is kept for a published year when it lies at or past the first publication's position on its partition — the
 * figures published include exactly the events before it — so a rebuild's replay keeps the same events again, and no
 * others ({@code ON CONFLICT DO NOTHING}).
 */
@ApplicationScoped
public class LateEvents implements AppliedEventObserver {

    /** The years published, by town, each with the first publication's next offset per partition. */
    private record Published(long generation, Map<String, Map<Integer, Map<String, Long>>> byTown) {
    }

    private static final String INSERT = "INSERT INTO report_records.late_event (org_unit, year, event_id, type,"
            + " subject, event_time, topic, partition, event_offset, moved)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::json) ON CONFLICT DO NOTHING";
    private static final TypeReference<Map<String, Long>> POSITIONS = new TypeReference<>() {
    };

    private final ObjectMapper json;
    private final ZoneId zone;
    private volatile Published published = new Published(-1, Map.of());

    public LateEvents(ObjectMapper json,
            @ConfigProperty(name = "ledger.time-zone", defaultValue = "Asia/Shanghai") ZoneId zone) {
        this.json = json;
        this.zone = zone;
    }

    @Override
    public Observation begin(Connection connection) throws SQLException {
        long generation;
        try (PreparedStatement gate = connection.prepareStatement(
                "SELECT generation FROM report_records.publication_gate WHERE id = 1 FOR SHARE");
                ResultSet rs = gate.executeQuery()) {
            rs.next();
            generation = rs.getLong(1);
        }
        Published current = published;
        if (current.generation() != generation) {
            current = load(connection, generation);
            published = current;
        }
        return current.byTown().isEmpty() ? NOTHING_PUBLISHED : new Kept(current);
    }

    /** The years published, read in the batch's transaction (after the gate, so every committed publication). */
    private Published load(Connection connection, long generation) throws SQLException {
        Map<String, Map<Integer, Map<String, Long>>> byTown = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT org_unit, year, positions FROM report_records.publication WHERE number = 1");
                ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                byTown.computeIfAbsent(rs.getString(1), town -> new HashMap<>()).put(rs.getInt(2),
                        positions(rs.getString(3)));
            }
        }
        return new Published(generation, byTown);
    }

    private Map<String, Long> positions(String text) {
        try {
            return json.readValue(text, POSITIONS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A publication's positions cannot be read", e);
        }
    }

    /** The key of a partition in a publication's positions: Kafka's own notation, {@code case.events-3}. */
    static String position(String topic, int partition) {
        return new TopicPartition(topic, partition).toString();
    }

    private static final Observation NOTHING_PUBLISHED = new Observation() {
        @Override
        public boolean observes(CloudEvent event) {
            return false;
        }

        @Override
        public void applied(Batch batch, CloudEvent event, ConsumerRecord<byte[], byte[]> record,
                List<Batch.Moved> moved) {
        }
    };

    /** One batch's observation of the towns with a year published. */
    private final class Kept implements Observation {

        private final Published years;

        Kept(Published years) {
            this.years = years;
        }

        @Override
        public boolean observes(CloudEvent event) {
            return years.byTown().containsKey(event.orgUnit());
        }

        @Override
        public void applied(Batch batch, CloudEvent event, ConsumerRecord<byte[], byte[]> record,
                List<Batch.Moved> moved) {
            String partition = position(record.topic(), record.partition());
            years.byTown().get(event.orgUnit()).forEach((year, positions) -> {
                if (record.offset() < positions.getOrDefault(partition, 0L)) {
                    return;
                }
                Map<String, BigDecimal> movedInYear = new LinkedHashMap<>();
                moved.stream().filter(m -> m.orgUnit().equals(event.orgUnit()) && m.year() == year)
                        .forEach(m -> movedInYear.put(m.figure(), m.amount()));
                if (movedInYear.isEmpty() && !FigureSources.concerns(event, year, zone)) {
                    return;
                }
                batch.state(Rows.class, Rows::new).add(new Object[] { event.orgUnit(), year, event.id(),
                        event.type(), event.subject(), event.time(), record.topic(), record.partition(),
                        record.offset(), text(movedInYear) });
            });
        }
    }

    private String text(Map<String, BigDecimal> moved) {
        try {
            return json.writeValueAsString(moved);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The batch's kept events, written together when it ends: one multi-row statement. */
    private static final class Rows implements Batch.Deferring {

        private final List<Object[]> rows = new ArrayList<>();

        void add(Object[] row) {
            rows.add(row);
        }

        @Override
        public void beforeFlush(Batch batch) {
            rows.forEach(row -> batch.defer(INSERT, row));
        }
    }
}
