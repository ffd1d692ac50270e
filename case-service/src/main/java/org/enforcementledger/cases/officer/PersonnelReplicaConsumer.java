package org.enforcementledger.cases.officer;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;

/**
 * Keeps case-service's replica of officers and certificates from {@code personnel.events}, so that eligibility (R4.1)
 * is answered locally, also while personnel-service is down.
 *
 * <p>
 * Each batch is applied with its offsets in one transaction (as in report-service). Every change is idempotent (upserts,
 * and status history that reads the same twice), so duplicates do no harm. Events this replica does not need (training,
 * exams) are skipped; malformed ones are logged and skipped — report-service is the one that dead-letters them.
 */
@ApplicationScoped
public class PersonnelReplicaConsumer {

    private static final Logger LOG = Logger.getLogger(PersonnelReplicaConsumer.class);
    private static final String P = "enforcementledger.personnel.";

    private final AgroalDataSource dataSource;
    private final Map<String, Object> kafkaConfig;
    private final ObjectMapper objectMapper;
    private final String topic;
    private final boolean enabled;
    private final int partitions;
    private final short replicationFactor;

    private volatile boolean running;
    private volatile KafkaConsumer<String, String> consumer;
    private Thread worker;

    public PersonnelReplicaConsumer(AgroalDataSource dataSource,
            @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig, ObjectMapper objectMapper,
            @ConfigProperty(name = "ledger.replica.topic", defaultValue = "personnel.events") String topic,
            @ConfigProperty(name = "ledger.replica.enabled", defaultValue = "true") boolean enabled,
            @ConfigProperty(name = "ledger.replica.topic-partitions", defaultValue = "6") int partitions,
            @ConfigProperty(name = "ledger.replica.topic-replication-factor", defaultValue = "1") short replicationFactor) {
        this.dataSource = dataSource;
        this.kafkaConfig = kafkaConfig;
        this.objectMapper = objectMapper;
        this.topic = topic;
        this.enabled = enabled;
        this.partitions = partitions;
        this.replicationFactor = replicationFactor;
    }

    void onStart(@Observes StartupEvent event) {
        if (!enabled) {
            return;
        }
        running = true;
        worker = new Thread(this::run, "personnel-replica");
        worker.setDaemon(true);
        worker.start();
    }

    void onStop(@Observes ShutdownEvent event) {
        running = false;
        KafkaConsumer<String, String> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        if (worker != null) {
            try {
                worker.join(TimeUnit.SECONDS.toMillis(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Waits until the replica has applied everything on the topic now, or the timeout passes. Returns whether it
     * caught up: an answer "not eligible" given after that is not an event still in flight.
     */
    public boolean awaitCaughtUp(Duration timeout) {
        Map<TopicPartition, Long> ends = endOffsets();
        if (ends == null) {
            return false;
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Map<TopicPartition, Long> applied = storedOffsets();
            boolean caughtUp = ends.entrySet().stream()
                    .allMatch(e -> applied.getOrDefault(e.getKey(), 0L) >= e.getValue());
            if (caughtUp) {
                return true;
            }
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    private void run() {
        while (running) {
            try {
                ensureTopic();
            } catch (Exception e) {
                LOG.warnf("Cannot make sure topic %s exists: %s; retrying", topic, e.toString());
                sleep(Duration.ofSeconds(1));
                continue;
            }
            Map<String, Object> config = new HashMap<>(kafkaConfig);
            config.put(ConsumerConfig.GROUP_ID_CONFIG, "case-service-personnel-replica");
            config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
            config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
            config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
            try (KafkaConsumer<String, String> kafka = new KafkaConsumer<>(config, new StringDeserializer(),
                    new StringDeserializer())) {
                consumer = kafka;
                kafka.subscribe(List.of(topic), new ConsumerRebalanceListener() {
                    @Override
                    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                        // Every applied batch is committed with its offsets before the next poll.
                    }

                    @Override
                    public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                        seekToStored(kafka, partitions);
                    }
                });
                while (running) {
                    ConsumerRecords<String, String> records = kafka.poll(Duration.ofMillis(200));
                    if (!records.isEmpty()) {
                        try {
                            apply(records);
                        } catch (SQLException | RuntimeException e) {
                            seekToStored(kafka, kafka.assignment());
                            throw e;
                        }
                    }
                }
            } catch (WakeupException e) {
                // Stopping.
            } catch (Exception e) {
                if (running) {
                    LOG.warnf(e, "Personnel replica failed; resuming from the stored offsets");
                    sleep(Duration.ofSeconds(1));
                }
            } finally {
                consumer = null;
            }
        }
    }

    private void apply(ConsumerRecords<String, String> records) throws SQLException {
        Map<TopicPartition, Long> next = new HashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            for (ConsumerRecord<String, String> record : records) {
                next.put(new TopicPartition(record.topic(), record.partition()), record.offset() + 1);
                JsonNode event;
                try {
                    event = objectMapper.readTree(record.value());
                } catch (Exception e) {
                    LOG.warnf("Skipping unreadable record %s-%d@%d", record.topic(), record.partition(),
                            record.offset());
                    continue;
                }
                try {
                    applyEvent(connection, event);
                } catch (IllegalArgumentException | java.time.DateTimeException e) {
                    // A malformed field (an id that is no UUID, a date that is no date): skip it rather than stall
                    // the replica on a record that will never read better; report-service dead-letters it.
                    LOG.warnf("Skipping malformed event at %s-%d@%d: %s", record.topic(), record.partition(),
                            record.offset(), e.getMessage());
                }
            }
            try (PreparedStatement upsert = connection.prepareStatement(
                    "INSERT INTO replica_offset (topic, partition, next_offset) VALUES (?, ?, ?)"
                            + " ON CONFLICT (topic, partition) DO UPDATE SET next_offset = EXCLUDED.next_offset")) {
                for (Map.Entry<TopicPartition, Long> entry : next.entrySet()) {
                    upsert.setString(1, entry.getKey().topic());
                    upsert.setInt(2, entry.getKey().partition());
                    upsert.setLong(3, entry.getValue());
                    upsert.addBatch();
                }
                upsert.executeBatch();
            }
            connection.commit();
        }
    }

    private void applyEvent(Connection connection, JsonNode event) throws SQLException {
        String type = event.path("type").asText();
        JsonNode data = event.path("data");
        switch (type) {
            case P + "officer.registered.v1", P + "officer.updated.v1" -> update(connection,
                    "INSERT INTO officer_replica (officer_id, org_unit, name, department_code, department_kind,"
                            + " legal_profession_qualified) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (officer_id) DO UPDATE"
                            + " SET name = EXCLUDED.name, department_code = EXCLUDED.department_code,"
                            + " department_kind = EXCLUDED.department_kind,"
                            + " legal_profession_qualified = EXCLUDED.legal_profession_qualified",
                    UUID.fromString(data.path("officerId").asText()), event.path("orgunit").asText(),
                    data.path("name").asText(), data.path("departmentCode").asText(),
                    data.path("departmentKind").asText(), data.path("legalProfessionQualified").asBoolean());
            case P + "officer.departed.v1" -> update(connection,
                    "UPDATE officer_replica SET left_on = ? WHERE officer_id = ?",
                    LocalDate.parse(data.path("leftOn").asText()), UUID.fromString(data.path("officerId").asText()));
            case P + "certificate.issued.v1" -> {
                update(connection, "INSERT INTO certificate_replica (number, officer_id, issued_on, expires_on)"
                        + " VALUES (?, ?, ?, ?) ON CONFLICT (number) DO NOTHING", data.path("certificateNumber").asText(),
                        UUID.fromString(data.path("officerId").asText()), LocalDate.parse(data.path("issuedOn").asText()),
                        LocalDate.parse(data.path("expiresOn").asText()));
                status(connection, data.path("certificateNumber").asText(), data.path("issuedOn").asText(), "VALID");
            }
            case P + "certificate.suspended.v1", P + "certificate.reinstated.v1", P + "certificate.cancelled.v1",
                    P + "certificate.revoked.v1" -> status(connection, data.path("certificateNumber").asText(),
                            data.path("effectiveOn").asText(), data.path("status").asText());
            case P + "certificate.annual-review-recorded.v1" -> status(connection,
                    data.path("certificateNumber").asText(), data.path("reviewedOn").asText(),
                    data.path("status").asText());
            default -> {
                // Training and exams do not bear on who may act.
            }
        }
    }

    private static void status(Connection connection, String number, String effectiveOn, String status)
            throws SQLException {
        update(connection, "INSERT INTO certificate_replica_status (number, effective_on, status) VALUES (?, ?, ?)",
                number, LocalDate.parse(effectiveOn), status);
    }

    private static void update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                Object value = parameters[i];
                statement.setObject(i + 1, value instanceof LocalDate date ? Date.valueOf(date) : value);
            }
            statement.executeUpdate();
        }
    }

    private void seekToStored(KafkaConsumer<String, String> kafka, Collection<TopicPartition> partitions) {
        Map<TopicPartition, Long> stored = storedOffsets();
        List<TopicPartition> fromStart = new ArrayList<>();
        for (TopicPartition partition : partitions) {
            Long offset = stored.get(partition);
            if (offset == null) {
                fromStart.add(partition);
            } else {
                kafka.seek(partition, offset);
            }
        }
        if (!fromStart.isEmpty()) {
            kafka.seekToBeginning(fromStart);
        }
    }

    private Map<TopicPartition, Long> storedOffsets() {
        Map<TopicPartition, Long> offsets = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT topic, partition, next_offset FROM replica_offset");
                ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                offsets.put(new TopicPartition(rs.getString(1), rs.getInt(2)), rs.getLong(3));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the replica's offsets", e);
        }
        return offsets;
    }

    /** The topic may not exist yet when case-service starts before personnel-service: create it as they would. */
    private void ensureTopic() throws Exception {
        try (Admin admin = Admin.create(kafkaConfig)) {
            try {
                admin.createTopics(List.of(new NewTopic(topic, partitions, replicationFactor)
                        .configs(Map.of("retention.ms", "-1")))).all().get(30, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
        }
    }

    private Map<TopicPartition, Long> endOffsets() {
        Map<String, Object> config = new HashMap<>(kafkaConfig);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 2000);
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000);
        try (Admin admin = Admin.create(config)) {
            Map<TopicPartition, OffsetSpec> request = new HashMap<>();
            admin.describeTopics(List.of(topic)).allTopicNames().get(2, TimeUnit.SECONDS).get(topic).partitions()
                    .forEach(p -> request.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
            Map<TopicPartition, Long> ends = new HashMap<>();
            admin.listOffsets(request, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all()
                    .get(2, TimeUnit.SECONDS).forEach((tp, info) -> ends.put(tp, info.offset()));
            return ends;
        } catch (Exception e) {
            LOG.debugf("Cannot read the end offsets of %s: %s", topic, e.toString());
            return null;
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
