package org.enforcementledger.report.consumer;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;

/**
 * Polls {@code personnel.events} and {@code case.events} on a thread of its own and hands each poll to the
 * {@link BatchApplier}, for the live figures ({@link LiveFigures}).
 *
 * <p>
 * Its position is the one stored with the figures ({@link OffsetStore}): on start and on every rebalance it seeks
 * there. Kafka's own committed offsets are written only for monitoring and never read, so a crash between the
 * database commit and anything else recounts nothing, and a crash before it loses nothing. A failure that is no
 * record's fault (the database or the broker went away) rewinds to the stored offsets and polls again after a
 * back-off.
 */
@ApplicationScoped
public class EventConsumer {

    private static final Logger LOG = Logger.getLogger(EventConsumer.class);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(5);

    private final AgroalDataSource dataSource;
    private final Map<String, Object> kafkaConfig;
    private final ConsumerSettings settings;
    private final BatchApplier applier;
    private final LiveFigures liveFigures;
    private final DeadLetterTopic deadLetters;
    private final OffsetStore offsets;

    private volatile boolean running;
    private volatile KafkaConsumer<byte[], byte[]> consumer;
    private Thread worker;

    public EventConsumer(AgroalDataSource dataSource, @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
            ConsumerSettings settings, BatchApplier applier, LiveFigures liveFigures, DeadLetterTopic deadLetters,
            OffsetStore offsets) {
        this.dataSource = dataSource;
        this.kafkaConfig = kafkaConfig;
        this.settings = settings;
        this.applier = applier;
        this.liveFigures = liveFigures;
        this.deadLetters = deadLetters;
        this.offsets = offsets;
    }

    void onStart(@Observes StartupEvent event) {
        if (settings.enabled()) {
            start();
        } else {
            LOG.info("Event consumer disabled (ledger.consumer.enabled=false)");
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        stop();
    }

    /** Starts consuming on a thread of its own; the position comes from the database. */
    public synchronized void start() {
        if (running) {
            return;
        }
        if (worker != null && worker.isAlive()) {
            throw new IllegalStateException("The previous consumer thread has not stopped yet");
        }
        running = true;
        worker = new Thread(this::run, "event-consumer");
        worker.setDaemon(true);
        worker.start();
    }

    /**
     * Stops consuming. Kafka's committed offsets are left as they are: the next start resumes from the offsets
     * committed with the figures.
     */
    public synchronized void stop() {
        running = false;
        KafkaConsumer<byte[], byte[]> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        if (worker != null) {
            // Until the thread is gone: a rebuild relies on the pause being real. A batch in flight finishes (or
            // rolls back) first; that can take as long as a dead-letter send's timeout.
            try {
                while (worker.isAlive()) {
                    KafkaConsumer<byte[], byte[]> stillPolling = consumer;
                    if (stillPolling != null) {
                        stillPolling.wakeup();
                    }
                    worker.join(TimeUnit.SECONDS.toMillis(1));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            worker = null;
        }
    }

    public boolean isRunning() {
        return running;
    }

    private void run() {
        Duration backoff = Duration.ofMillis(100);
        while (running) {
            try {
                ensureTopics();
                consume();
            } catch (WakeupException e) {
                if (running) {
                    LOG.warn("Event consumer woken unexpectedly; resuming");
                }
            } catch (Exception e) {
                if (!running) {
                    break;
                }
                LOG.warnf(e, "Event consumer failed; resuming from the stored offsets in %d ms", backoff.toMillis());
                sleep(backoff);
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            } finally {
                closeClients();
            }
        }
    }

    private void consume() throws SQLException {
        Map<String, Object> config = new HashMap<>(kafkaConfig);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, settings.groupId());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, settings.maxPollRecords());
        config.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, settings.maxPartitionFetchBytes());
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, settings.groupId() + "-consumer");
        KafkaConsumer<byte[], byte[]> kafka = new KafkaConsumer<>(config, new ByteArrayDeserializer(),
                new ByteArrayDeserializer());
        consumer = kafka;
        kafka.subscribe(settings.topics(), new ConsumerRebalanceListener() {
            @Override
            public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                // Nothing to flush: every applied batch is committed with its offsets before the next poll.
            }

            @Override
            public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                offsets.seek(kafka, partitions);
            }
        });
        while (running) {
            List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
            kafka.poll(settings.pollTimeout()).forEach(records::add);
            if (records.isEmpty()) {
                continue;
            }
            try (Connection connection = dataSource.getConnection()) {
                BatchApplier.Applied applied = applier.apply(connection, records, liveFigures);
                Map<TopicPartition, OffsetAndMetadata> next = new HashMap<>();
                applied.next().forEach((partition, offset) -> next.put(partition, new OffsetAndMetadata(offset)));
                kafka.commitAsync(next, null);
            } catch (SQLException | RuntimeException e) {
                // What was not committed is to be applied again: rewind to the stored offsets.
                offsets.seek(kafka, kafka.assignment());
                throw e;
            }
        }
    }

    private void ensureTopics() throws Exception {
        try (Admin admin = Admin.create(kafkaConfig)) {
            List<NewTopic> topics = new ArrayList<>();
            for (String topic : settings.topics()) {
                topics.add(new NewTopic(topic, settings.topicPartitions(), settings.topicReplicationFactor())
                        .configs(Map.of("retention.ms", "-1")));
            }
            topics.add(new NewTopic(settings.deadLetterTopic(), 1, settings.topicReplicationFactor())
                    .configs(Map.of("retention.ms", "-1")));
            for (var result : admin.createTopics(topics).values().entrySet()) {
                try {
                    result.getValue().get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
        }
    }

    private void closeClients() {
        KafkaConsumer<byte[], byte[]> current = consumer;
        consumer = null;
        if (current != null) {
            try {
                current.close(Duration.ofSeconds(5));
            } catch (RuntimeException e) {
                LOG.debug("Closing the consumer failed", e);
            }
        }
        deadLetters.close();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
