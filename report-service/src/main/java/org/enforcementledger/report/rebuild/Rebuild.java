package org.enforcementledger.report.rebuild;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.enforcementledger.report.consumer.BatchApplier;
import org.enforcementledger.report.consumer.ConsumerSettings;
import org.enforcementledger.report.consumer.EventConsumer;
import org.enforcementledger.report.consumer.FiguresVersion;
import org.flywaydb.core.Flyway;
import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.smallrye.common.annotation.Identifier;

/**
 * Rebuilds every aggregate from the topics (which keep everything) while the API goes on serving the live figures.
 *
 * <p>
 * The events are replayed from the beginning into a schema of their own ({@code report_rebuild}, migrated by
 * Flyway like the live one), by the live consumer's {@link BatchApplier}: the same handlers, the same exactly-once
 * bookkeeping, the same isolation of a record that cannot be applied. Once the replay reached the
 * end of the topics, the live consumer pauses, the replay applies the last events, and one transaction renames the
 * rebuilt schema into the live one's place; the live consumer then resumes from the rebuilt offsets. Readers see the old
 * figures until that commit and the rebuilt ones after it, never a mix.
 */
@ApplicationScoped
public class Rebuild {

    private static final Logger LOG = Logger.getLogger(Rebuild.class);
    private static final String LIVE = "report";
    private static final String SHADOW = "report_rebuild";
    private static final String PREVIOUS = "report_previous";

    public enum State {
        PREPARING, REPLAYING, SWITCHING, DONE, FAILED
    }

    @Schema(name = "RebuildProgress")
    public record Progress(State state, OffsetDateTime startedAt, OffsetDateTime finishedAt, long eventsReplayed,
            long eventsTotal, @Schema(description = "Events replayed per second so far") long ratePerSecond,
            @Schema(description = "Seconds left at the current rate") Long secondsLeft, String failure) {
    }

    /**
     * The shadow schema as the target of the replay: nobody reads it until the switch, and a record the replay cannot
     * apply is the live consumer's to dead-letter — here it is counted, in the rebuilt state, but not copied.
     */
    private static final BatchApplier.Target SHADOW_FIGURES = new BatchApplier.Target() {
        @Override
        public void deadLetter(ConsumerRecord<byte[], byte[]> record, String reason) {
            LOG.debugf("Rebuild: passing over %s-%d@%d (%s)", record.topic(), record.partition(), record.offset(),
                    reason);
        }

        @Override
        public void committing() {
        }

        @Override
        public void committed(BatchApplier.Applied applied) {
        }
    };

    private final AgroalDataSource dataSource;
    private final Map<String, Object> kafkaConfig;
    private final ConsumerSettings settings;
    private final EventConsumer liveConsumer;
    private final BatchApplier applier;
    private final Flyway flyway;
    private final FiguresVersion figuresVersion;

    private volatile State state;
    private volatile OffsetDateTime startedAt;
    private volatile OffsetDateTime finishedAt;
    private volatile long replayed;
    private volatile long total;
    private volatile long startedNanos;
    private volatile String failure;

    public Rebuild(AgroalDataSource dataSource, @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
            ConsumerSettings settings, EventConsumer liveConsumer, BatchApplier applier, Flyway flyway,
            FiguresVersion figuresVersion) {
        this.figuresVersion = figuresVersion;
        this.dataSource = dataSource;
        this.kafkaConfig = kafkaConfig;
        this.settings = settings;
        this.liveConsumer = liveConsumer;
        this.applier = applier;
        this.flyway = flyway;
    }

    /** Starts a rebuild; false when one is running already. */
    public synchronized boolean start() {
        if (state == State.PREPARING || state == State.REPLAYING || state == State.SWITCHING) {
            return false;
        }
        state = State.PREPARING;
        startedAt = OffsetDateTime.now();
        startedNanos = System.nanoTime();
        finishedAt = null;
        replayed = 0;
        total = 0;
        failure = null;
        Thread worker = new Thread(this::run, "aggregate-rebuild");
        worker.setDaemon(true);
        worker.start();
        return true;
    }

    /** The last rebuild's progress; null if none ran since start-up. */
    public Progress progress() {
        if (state == null) {
            return null;
        }
        long elapsed = Math.max(1, (System.nanoTime() - startedNanos) / 1_000_000);
        long rate = replayed * 1000 / elapsed;
        Long left = state == State.DONE ? Long.valueOf(0) : rate == 0 ? null : Math.max(0, total - replayed) / rate;
        return new Progress(state, startedAt, finishedAt, replayed, total, rate, left, failure);
    }

    private void run() {
        boolean livePaused = false;
        try {
            prepareShadowSchema();
            state = State.REPLAYING;
            try (KafkaConsumer<byte[], byte[]> replay = replayConsumer()) {
                List<TopicPartition> partitions = partitions(replay);
                replay.assign(partitions);
                replay.seekToBeginning(partitions);
                Map<TopicPartition, Long> begin = replay.beginningOffsets(partitions);
                Map<TopicPartition, Long> end = replay.endOffsets(partitions);
                total = partitions.stream().mapToLong(tp -> end.get(tp) - begin.get(tp)).sum();
                LOG.infof("Rebuild: replaying %d events from %s into schema %s", total, settings.topics(), SHADOW);
                replayUntil(replay, end);

                state = State.SWITCHING;
                liveConsumer.stop();
                livePaused = true;
                Map<TopicPartition, Long> last = replay.endOffsets(partitions);
                total += partitions.stream().mapToLong(tp -> last.get(tp) - end.get(tp)).sum();
                replayUntil(replay, last);
                switchSchemas();
                figuresVersion.changed();
            }
            liveConsumer.start();
            livePaused = false;
            finishedAt = OffsetDateTime.now();
            state = State.DONE;
            LOG.infof("Rebuild: done, %d events replayed in %d s", replayed,
                    Duration.between(startedAt, finishedAt).toSeconds());
        } catch (Exception e) {
            failure = e.toString();
            state = State.FAILED;
            finishedAt = OffsetDateTime.now();
            LOG.errorf(e, "Rebuild failed; the live figures are unchanged");
            if (livePaused) {
                liveConsumer.start();
            }
        }
    }

    private void replayUntil(KafkaConsumer<byte[], byte[]> replay, Map<TopicPartition, Long> target)
            throws SQLException {
        long nextLog = System.nanoTime();
        while (!reached(replay, target)) {
            List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
            replay.poll(Duration.ofMillis(200)).forEach(records::add);
            if (!records.isEmpty()) {
                applyToShadow(records);
                replayed += records.size();
            }
            if (System.nanoTime() >= nextLog) {
                Progress p = progress();
                LOG.infof("Rebuild: %d of %d events replayed, %d events/s, about %s s left", p.eventsReplayed(),
                        p.eventsTotal(), p.ratePerSecond(), p.secondsLeft() == null ? "?" : p.secondsLeft());
                nextLog = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            }
        }
    }

    private void applyToShadow(List<ConsumerRecord<byte[], byte[]>> records) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            String liveSchema = connection.getSchema();
            connection.setSchema(SHADOW);
            try {
                applier.apply(connection, records, SHADOW_FIGURES);
            } finally {
                // The connection goes back to the pool: it must point at the live figures again.
                connection.setSchema(liveSchema);
            }
        }
    }

    private static boolean reached(KafkaConsumer<byte[], byte[]> replay, Map<TopicPartition, Long> target) {
        return target.entrySet().stream().allMatch(e -> replay.position(e.getKey()) >= e.getValue());
    }

    private void prepareShadowSchema() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + SHADOW + " CASCADE");
        }
        Flyway.configure().configuration(flyway.getConfiguration()).schemas(SHADOW).defaultSchema(SHADOW)
                .createSchemas(true).load().migrate();
    }

    /** One transaction: the rebuilt schema takes the live one's name, so readers switch at its commit. */
    private void switchSchemas() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("ALTER SCHEMA " + LIVE + " RENAME TO " + PREVIOUS);
                statement.execute("ALTER SCHEMA " + SHADOW + " RENAME TO " + LIVE);
                statement.execute("DROP SCHEMA " + PREVIOUS + " CASCADE");
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private KafkaConsumer<byte[], byte[]> replayConsumer() {
        Map<String, Object> config = new HashMap<>(kafkaConfig);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, settings.maxPollRecords());
        config.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, settings.maxPartitionFetchBytes());
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, settings.groupId() + "-rebuild");
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        return new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    private List<TopicPartition> partitions(KafkaConsumer<byte[], byte[]> replay) {
        return settings.topics().stream().flatMap(topic -> replay.partitionsFor(topic).stream())
                .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
    }
}
