package org.enforcementledger.report.consumer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;

import io.agroal.api.AgroalDataSource;

/**
 * The next offset to read per partition ({@code consumer_offset}), committed with the figures it moved: the consumer's
 * position lives here, not in Kafka.
 */
@ApplicationScoped
public class OffsetStore {

    private final AgroalDataSource dataSource;

    public OffsetStore(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The stored offsets of the live figures. */
    public Map<TopicPartition, Long> stored() {
        Map<TopicPartition, Long> offsets = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT topic, partition, next_offset FROM consumer_offset");
                ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                offsets.put(new TopicPartition(rs.getString(1), rs.getInt(2)), rs.getLong(3));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the stored consumer offsets", e);
        }
        return offsets;
    }

    /** Moves the consumer to the stored offsets, or to the beginning of a partition that has none. */
    void seek(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        if (partitions.isEmpty()) {
            return;
        }
        Map<TopicPartition, Long> stored = stored();
        List<TopicPartition> fromStart = new ArrayList<>();
        for (TopicPartition partition : partitions) {
            Long offset = stored.get(partition);
            if (offset == null) {
                fromStart.add(partition);
            } else {
                consumer.seek(partition, offset);
            }
        }
        if (!fromStart.isEmpty()) {
            consumer.seekToBeginning(fromStart);
        }
    }

    /** Stores the next offsets in the caller's transaction (and in the schema its connection points at). */
    static void store(Connection connection, Map<TopicPartition, Long> next) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement(
                "INSERT INTO consumer_offset (topic, partition, next_offset) VALUES (?, ?, ?)"
                        + " ON CONFLICT (topic, partition) DO UPDATE SET next_offset = EXCLUDED.next_offset")) {
            for (Map.Entry<TopicPartition, Long> entry : next.entrySet()) {
                upsert.setString(1, entry.getKey().topic());
                upsert.setInt(2, entry.getKey().partition());
                upsert.setLong(3, entry.getValue());
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
    }
}
