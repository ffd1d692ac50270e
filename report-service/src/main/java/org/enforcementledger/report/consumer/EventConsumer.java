package org.enforcementledger.report.consumer;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;

/**
 * Applies the events of {@code personnel.events} and {@code case.events} to the annual aggregates with an exactly-once
 * effect.
 *
 * <ul>
 * <li>Each poll's records are applied in one database transaction that also stores, per partition, the next offset to
 * read. On start and on every rebalance the consumer seeks to those stored offsets; Kafka's own committed offsets are
 * written only for monitoring and never read. So a crash between the database commit and anything else recounts
 * nothing, and a crash before it loses nothing.</li>
 * <li>Each applied event id is recorded; a duplicate (the outbox relay publishes at least once) is skipped.</li>
 * <li>A poison event — not JSON, of an unknown type, or failing its schema — is copied to the dead-letter topic with
 * the reason in headers, counted, and consumption goes on.</li>
 * </ul>
 */
@ApplicationScoped
public class EventConsumer {

    private static final Logger LOG = Logger.getLogger(EventConsumer.class);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(5);

    private final AgroalDataSource dataSource;
    private final Map<String, Object> kafkaConfig;
    private final ConsumerSettings settings;
    private final EventSchemas schemas;
    private final ObjectMapper objectMapper;
    private final Counter appliedCounter;
    private final Counter duplicateCounter;
    private final Counter deadLetterCounter;
    private final FiguresVersion figuresVersion;
    private final Set<String> deadLetteredRecords = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private volatile boolean running;
    private volatile KafkaConsumer<byte[], byte[]> consumer;
    private Thread worker;
    private KafkaProducer<byte[], byte[]> deadLetterProducer;

    public EventConsumer(AgroalDataSource dataSource,
            @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
            ConsumerSettings settings, EventSchemas schemas, ObjectMapper objectMapper, MeterRegistry registry,
            FiguresVersion figuresVersion) {
        this.figuresVersion = figuresVersion;
        this.dataSource = dataSource;
        this.kafkaConfig = kafkaConfig;
        this.settings = settings;
        this.schemas = schemas;
        // Hours and yuan stay exact: decimals are read as BigDecimal, never as double.
        this.objectMapper = objectMapper.copy().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
        this.appliedCounter = Counter.builder("ledger.events.applied")
                .description("Events applied to the aggregates").register(registry);
        this.duplicateCounter = Counter.builder("ledger.events.duplicates")
                .description("Events skipped because they were applied before").register(registry);
        this.deadLetterCounter = Counter.builder("ledger.events.dead.lettered")
                .description("Poison events sent to the dead-letter topic").register(registry);
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

    private void consume() throws Exception {
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
                seekToStoredOffsets(kafka, partitions);
            }
        });
        while (running) {
            ConsumerRecords<byte[], byte[]> records = kafka.poll(settings.pollTimeout());
            if (records.isEmpty()) {
                continue;
            }
            try {
                Map<TopicPartition, OffsetAndMetadata> next = applyBatch(records, null);
                kafka.commitAsync(next, null);
            } catch (SQLException | RuntimeException e) {
                // Nothing of the batch was committed: rewind to the stored offsets and try again.
                seekToStoredOffsets(kafka, kafka.assignment());
                throw e;
            }
        }
    }

    /**
     * Applies one poll's records in one transaction, with their offsets.
     *
     * @param schema null for the live figures; during a rebuild, the schema being rebuilt — poison events are then
     *        counted there but not dead-lettered again
     */
    public Map<TopicPartition, OffsetAndMetadata> applyBatch(ConsumerRecords<byte[], byte[]> records, String schema)
            throws SQLException {
        Map<TopicPartition, OffsetAndMetadata> next = new HashMap<>();
        long applied = 0;
        long duplicates = 0;
        long deadLettered = 0;
        OffsetDateTime lastEventTime = null;
        try (Connection connection = dataSource.getConnection()) {
            String liveSchema = connection.getSchema();
            if (schema != null) {
                connection.setSchema(schema);
            }
            connection.setAutoCommit(false);
            try {
                List<ConsumerRecord<byte[], byte[]>> inOrder = new ArrayList<>(records.count());
                records.forEach(inOrder::add);
                // Parsing and schema validation are most of the CPU a replay takes: on every core, order kept.
                List<Parsed> parsed = inOrder.parallelStream().map(this::parse).toList();
                List<UUID> ids = new ArrayList<>();
                for (int i = 0; i < inOrder.size(); i++) {
                    ConsumerRecord<byte[], byte[]> record = inOrder.get(i);
                    next.put(new TopicPartition(record.topic(), record.partition()),
                            new OffsetAndMetadata(record.offset() + 1));
                    Parsed one = parsed.get(i);
                    if (one.poisonReason() != null) {
                        // A batch retried after a rollback must not copy the same poison record again.
                        if (schema == null && firstTimePoison(record)) {
                            deadLetter(record, one.poisonReason());
                        }
                        deadLettered++;
                    } else {
                        ids.add(one.event().id());
                    }
                }
                Set<UUID> fresh = markApplied(connection, ids);
                List<Parsed> toApply = new ArrayList<>(parsed.size());
                Map<EventHandler, List<CloudEvent>> byHandler = new LinkedHashMap<>();
                for (Parsed one : parsed) {
                    if (one.poisonReason() == null) {
                        // remove(): an event twice in one batch is applied once.
                        if (fresh.remove(one.event().id())) {
                            toApply.add(one);
                            byHandler.computeIfAbsent(one.handler(), h -> new ArrayList<>()).add(one.event());
                        } else {
                            duplicates++;
                        }
                    }
                }
                Batch batch = new Batch(connection);
                for (Map.Entry<EventHandler, List<CloudEvent>> handled : byHandler.entrySet()) {
                    handled.getKey().load(batch, handled.getValue());
                }
                Figures.begin(connection);
                for (Parsed one : toApply) {
                    CloudEvent event = one.event();
                    one.handler().apply(batch, event);
                    applied++;
                    if (lastEventTime == null || event.time().isAfter(lastEventTime)) {
                        lastEventTime = event.time();
                    }
                }
                batch.flush();
                Figures.flush(connection);
                storeOffsets(connection, next);
                updateState(connection, applied, duplicates, deadLettered, lastEventTime);
                // Before and after the commit: a summary computed while it lands is never kept as current. A rebuild's
                // batches go to the shadow schema and change nothing readers see.
                if (schema == null) {
                    figuresVersion.changed();
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                Figures.discard();
                connection.rollback();
                throw e;
            } finally {
                // The connection goes back to the pool: it must point at the live figures again.
                if (schema != null) {
                    connection.setSchema(liveSchema);
                }
            }
        }
        if (schema != null) {
            return next;
        }
        figuresVersion.changed();
        appliedCounter.increment(applied);
        duplicateCounter.increment(duplicates);
        deadLetterCounter.increment(deadLettered);
        return next;
    }

    /** True the first time a record is seen as poison by this instance. */
    private boolean firstTimePoison(ConsumerRecord<byte[], byte[]> record) {
        if (deadLetteredRecords.size() > 100_000) {
            deadLetteredRecords.clear();
        }
        return deadLetteredRecords.add(record.topic() + "-" + record.partition() + "@" + record.offset());
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

    private record Parsed(CloudEvent event, EventHandler handler, String poisonReason) {
        static Parsed poison(String reason) {
            return new Parsed(null, null, reason);
        }
    }

    private Parsed parse(ConsumerRecord<byte[], byte[]> record) {
        if (record.value() == null) {
            return Parsed.poison("empty record");
        }
        JsonNode json;
        try {
            json = objectMapper.readTree(record.value());
        } catch (Exception e) {
            return Parsed.poison("unparseable: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (json == null || !json.isObject()) {
            return Parsed.poison("unparseable: not a JSON object");
        }
        String type = json.path("type").asText("");
        var handler = schemas.handler(type);
        if (handler.isEmpty()) {
            return Parsed.poison("unknown type: " + (type.isEmpty() ? "(none)" : type));
        }
        Set<String> violations = schemas.violations(type, json);
        if (!violations.isEmpty()) {
            return Parsed.poison("schema: " + String.join("; ", violations.stream().sorted().toList()));
        }
        return new Parsed(CloudEvent.of(json), handler.get(), null);
    }

    private void deadLetter(ConsumerRecord<byte[], byte[]> record, String reason) {
        LOG.warnf("Dead-lettering %s-%d@%d: %s", record.topic(), record.partition(), record.offset(), reason);
        ProducerRecord<byte[], byte[]> copy = new ProducerRecord<>(settings.deadLetterTopic(), record.key(),
                record.value());
        record.headers().forEach(h -> copy.headers().add(h));
        copy.headers().add("dlt-reason", utf8(reason.length() > 2000 ? reason.substring(0, 2000) : reason));
        copy.headers().add("dlt-original-topic", utf8(record.topic()));
        copy.headers().add("dlt-original-partition", utf8(Integer.toString(record.partition())));
        copy.headers().add("dlt-original-offset", utf8(Long.toString(record.offset())));
        copy.headers().add("dlt-consumer-group", utf8(settings.groupId()));
        copy.headers().add("dlt-failed-at", utf8(OffsetDateTime.now().toString()));
        try {
            deadLetterProducer().send(copy).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot write to dead-letter topic " + settings.deadLetterTopic(), e);
        }
    }

    private void seekToStoredOffsets(KafkaConsumer<byte[], byte[]> kafka, Collection<TopicPartition> partitions) {
        if (partitions.isEmpty()) {
            return;
        }
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

    /** The next offset to read per partition, as committed with the figures. */
    public Map<TopicPartition, Long> storedOffsets() {
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

    private static void storeOffsets(Connection connection, Map<TopicPartition, OffsetAndMetadata> next)
            throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement(
                "INSERT INTO consumer_offset (topic, partition, next_offset) VALUES (?, ?, ?)"
                        + " ON CONFLICT (topic, partition) DO UPDATE SET next_offset = EXCLUDED.next_offset")) {
            for (Map.Entry<TopicPartition, OffsetAndMetadata> entry : next.entrySet()) {
                upsert.setString(1, entry.getKey().topic());
                upsert.setInt(2, entry.getKey().partition());
                upsert.setLong(3, entry.getValue().offset());
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
    }

    private static void updateState(Connection connection, long applied, long duplicates, long deadLettered,
            OffsetDateTime lastEventTime) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE consumer_state SET events_applied = events_applied + ?,"
                        + " duplicates_skipped = duplicates_skipped + ?, dead_lettered = dead_lettered + ?,"
                        + " last_event_time = GREATEST(last_event_time, ?), last_applied_at = now() WHERE id = 1")) {
            update.setLong(1, applied);
            update.setLong(2, duplicates);
            update.setLong(3, deadLettered);
            update.setTimestamp(4, lastEventTime == null ? null : Timestamp.from(lastEventTime.toInstant()));
            update.executeUpdate();
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
                } catch (java.util.concurrent.ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
        }
    }

    private KafkaProducer<byte[], byte[]> deadLetterProducer() {
        if (deadLetterProducer == null) {
            Map<String, Object> config = new HashMap<>(kafkaConfig);
            config.put(ProducerConfig.ACKS_CONFIG, "all");
            config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            config.put(ProducerConfig.CLIENT_ID_CONFIG, settings.groupId() + "-dead-letter");
            deadLetterProducer = new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer());
        }
        return deadLetterProducer;
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
        if (deadLetterProducer != null) {
            deadLetterProducer.close(Duration.ofSeconds(5));
            deadLetterProducer = null;
        }
    }

    private static byte[] utf8(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
