package org.enforcementledger.cases.officer;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;

/**
 * Keeps case-service's replica of officers and certificates from {@code personnel.events}, so that eligibility (R4.1)
 * is answered locally, also while personnel-service is down.
 *
 * <p>
 * Built as report-service's consumer is: this class polls, on a thread of its own, and seeks to the offsets stored
 * with the replica ({@link ReplicaOffsets}); {@link ReplicaApplier} applies each poll with its offsets in one
 * transaction. A failed batch is rolled back and polled again from the stored offsets after a pause.
 */
@ApplicationScoped
public class PersonnelReplicaConsumer {

    private static final Logger LOG = Logger.getLogger(PersonnelReplicaConsumer.class);

    private final AgroalDataSource dataSource;
    private final ReplicaApplier applier;
    private final ReplicaOffsets offsets;
    private final Map<String, Object> kafkaConfig;
    private final String topic;
    private final boolean enabled;
    private final int partitions;
    private final short replicationFactor;

    private volatile boolean running;
    private volatile KafkaConsumer<String, String> consumer;
    private Thread worker;

    public PersonnelReplicaConsumer(AgroalDataSource dataSource,
            @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig, ReplicaApplier applier,
            ReplicaOffsets offsets,
            @ConfigProperty(name = "ledger.replica.topic", defaultValue = "personnel.events") String topic,
            @ConfigProperty(name = "ledger.replica.enabled", defaultValue = "true") boolean enabled,
            @ConfigProperty(name = "ledger.replica.topic-partitions", defaultValue = "6") int partitions,
            @ConfigProperty(name = "ledger.replica.topic-replication-factor", defaultValue = "1") short replicationFactor) {
        this.dataSource = dataSource;
        this.kafkaConfig = kafkaConfig;
        this.applier = applier;
        this.offsets = offsets;
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
            Map<TopicPartition, Long> applied = offsets.stored();
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
                        offsets.seek(kafka, partitions);
                    }
                });
                while (running) {
                    List<ConsumerRecord<String, String>> records = new ArrayList<>();
                    kafka.poll(Duration.ofMillis(200)).forEach(records::add);
                    if (records.isEmpty()) {
                        continue;
                    }
                    try (Connection connection = dataSource.getConnection()) {
                        applier.apply(connection, records);
                    } catch (SQLException | RuntimeException e) {
                        offsets.seek(kafka, kafka.assignment());
                        throw e;
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
