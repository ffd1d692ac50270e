package org.enforcementledger.personnel.outbox;

import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;

/**
 * Publishes committed outbox rows to Kafka, in commit order, with an idempotent producer ({@code acks=all}).
 *
 * <p>
 * Guarantees:
 * <ul>
 * <li>Only committed events are seen: the relay reads the table, and the insert trigger's {@code NOTIFY} is delivered
 * by PostgreSQL only at commit, which is what wakes the relay (normally within milliseconds).</li>
 * <li>At least once: a row is marked published only after the broker acknowledged it; a failure rolls the batch back
 * and it is sent again (the consumer drops the duplicates by event id).</li>
 * <li>In order per aggregate: one relay at a time holds a transaction-scoped advisory lock, so with two instances of
 * the service only one publishes, strictly by {@code seq}; commands lock their aggregate first, so {@code seq} follows
 * commit order within an aggregate.</li>
 * <li>While Kafka is down rows wait; the relay retries with back-off and delivers them once it is back.</li>
 * </ul>
 * Published rows are kept for {@code ledger.outbox.retention}, then purged.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(5);

    private final AgroalDataSource dataSource;
    private final Map<String, Object> kafkaConfig;
    private final OutboxSettings settings;
    private final Counter publishedCounter;
    private final Timer publishLag;
    private final AtomicLong pending = new AtomicLong();

    private volatile boolean running;
    private Thread worker;
    private KafkaProducer<String, String> producer;
    private Connection listenConnection;
    private boolean topicReady;
    private long nextPurgeAt;

    public OutboxRelay(AgroalDataSource dataSource,
            @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
            OutboxSettings settings,
            MeterRegistry registry) {
        this.dataSource = dataSource;
        this.kafkaConfig = kafkaConfig;
        this.settings = settings;
        this.publishedCounter = Counter.builder("ledger.outbox.published")
                .description("Events the outbox relay published to Kafka").register(registry);
        this.publishLag = Timer.builder("ledger.outbox.publish.lag")
                .description("Time from an event's commit to the broker's acknowledgement").register(registry);
        registry.gauge("ledger.outbox.pending", pending);
    }

    void onStart(@Observes StartupEvent event) {
        if (!settings.enabled()) {
            LOG.info("Outbox relay disabled (ledger.outbox.enabled=false)");
            return;
        }
        running = true;
        worker = new Thread(this::run, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    void onStop(@Observes ShutdownEvent event) {
        running = false;
        if (worker != null) {
            worker.interrupt();
            try {
                worker.join(TimeUnit.SECONDS.toMillis(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void run() {
        Duration backoff = Duration.ofMillis(100);
        while (running) {
            try {
                ensureTopic();
                purgeIfDue();
                int published = publishBatch();
                backoff = Duration.ofMillis(100);
                if (published < settings.batchSize()) {
                    awaitNotification(settings.pollInterval());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (Exception e) {
                if (!running) {
                    break;
                }
                LOG.warnf("Outbox relay: %s; retrying in %d ms", describe(e), backoff.toMillis());
                closeProducer();
                closeListenConnection();
                sleep(backoff);
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            }
        }
        closeProducer();
        closeListenConnection();
    }

    /** Publishes up to one batch; returns how many rows it published (0 when another instance holds the lock). */
    int publishBatch() throws SQLException, InterruptedException, ExecutionException, TimeoutException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                if (!tryLeadership(connection)) {
                    connection.rollback();
                    return 0;
                }
                List<Long> seqs = new ArrayList<>();
                List<Future<RecordMetadata>> acks = new ArrayList<>();
                List<java.sql.Timestamp> createdAt = new ArrayList<>();
                try (PreparedStatement select = connection.prepareStatement(
                        "SELECT seq, topic, message_key, event_type, payload, created_at FROM outbox_event"
                                + " WHERE published_at IS NULL ORDER BY seq LIMIT ? FOR UPDATE SKIP LOCKED")) {
                    select.setInt(1, settings.batchSize());
                    try (ResultSet rs = select.executeQuery()) {
                        while (rs.next()) {
                            ProducerRecord<String, String> record = new ProducerRecord<>(rs.getString("topic"),
                                    rs.getString("message_key"), rs.getString("payload"));
                            record.headers().add("content-type",
                                    "application/cloudevents+json; charset=UTF-8".getBytes(StandardCharsets.UTF_8));
                            record.headers().add("ce_type", rs.getString("event_type").getBytes(StandardCharsets.UTF_8));
                            seqs.add(rs.getLong("seq"));
                            createdAt.add(rs.getTimestamp("created_at"));
                            acks.add(producer().send(record));
                        }
                    }
                }
                if (seqs.isEmpty()) {
                    connection.rollback();
                    pending.set(0);
                    return 0;
                }
                producer().flush();
                for (Future<RecordMetadata> ack : acks) {
                    ack.get(settings.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
                }
                try (PreparedStatement update = connection.prepareStatement(
                        "UPDATE outbox_event SET published_at = now() WHERE seq = ANY(?)")) {
                    Array array = connection.createArrayOf("bigint", seqs.toArray());
                    update.setArray(1, array);
                    update.executeUpdate();
                }
                connection.commit();
                long now = System.currentTimeMillis();
                createdAt.forEach(t -> publishLag.record(Math.max(0, now - t.getTime()), TimeUnit.MILLISECONDS));
                publishedCounter.increment(seqs.size());
                refreshPending(connection);
                return seqs.size();
            } catch (SQLException | InterruptedException | ExecutionException | TimeoutException
                    | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private boolean tryLeadership(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_xact_lock(?)")) {
            lock.setLong(1, settings.lockKey());
            try (ResultSet rs = lock.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    private void refreshPending(Connection connection) throws SQLException {
        connection.setAutoCommit(true);
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(
                        "SELECT count(*) FROM outbox_event WHERE published_at IS NULL")) {
            rs.next();
            pending.set(rs.getLong(1));
        }
    }

    /** Blocks until a commit notifies the channel, or the poll interval passes (the safety net). */
    private void awaitNotification(Duration timeout) throws SQLException, InterruptedException {
        if (listenConnection == null) {
            Connection connection = dataSource.getConnection();
            connection.setAutoCommit(true);
            try (Statement statement = connection.createStatement()) {
                statement.execute("LISTEN " + settings.notifyChannel());
            }
            listenConnection = connection;
        }
        PGConnection pg = listenConnection.unwrap(PGConnection.class);
        pg.getNotifications((int) timeout.toMillis());
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
    }

    private void ensureTopic() throws ExecutionException, InterruptedException, TimeoutException {
        if (topicReady) {
            return;
        }
        try (Admin admin = Admin.create(kafkaConfig)) {
            NewTopic topic = new NewTopic(settings.topic(), settings.partitions(), settings.replicationFactor())
                    .configs(Map.of("retention.ms", "-1", "cleanup.policy", "delete"));
            try {
                admin.createTopics(List.of(topic)).all().get(30, TimeUnit.SECONDS);
                LOG.infof("Created topic %s (%d partitions, retention.ms=-1)", settings.topic(),
                        settings.partitions());
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
        }
        topicReady = true;
    }

    private void purgeIfDue() throws SQLException {
        long now = System.currentTimeMillis();
        if (now < nextPurgeAt) {
            return;
        }
        nextPurgeAt = now + settings.purgeInterval().toMillis();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM outbox_event WHERE published_at < now() - ?::interval")) {
            delete.setString(1, settings.retention().toSeconds() + " seconds");
            int purged = delete.executeUpdate();
            if (purged > 0) {
                LOG.infof("Purged %d published outbox rows older than %s", purged, settings.retention());
            }
        }
    }

    private KafkaProducer<String, String> producer() {
        if (producer == null) {
            Map<String, Object> config = new HashMap<>(kafkaConfig);
            config.put(ProducerConfig.ACKS_CONFIG, "all");
            config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
            config.put(ProducerConfig.LINGER_MS_CONFIG, 1);
            config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) settings.sendTimeout().toMillis());
            config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) settings.sendTimeout().toMillis());
            config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) settings.sendTimeout().toMillis() + 1000);
            config.put(ProducerConfig.CLIENT_ID_CONFIG, settings.topic() + "-outbox-relay");
            producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
        }
        return producer;
    }

    private void closeProducer() {
        if (producer != null) {
            producer.close(Duration.ZERO);
            producer = null;
        }
    }

    private void closeListenConnection() {
        if (listenConnection != null) {
            try (Statement statement = listenConnection.createStatement()) {
                // The connection goes back to the pool: it must not keep collecting notifications nobody reads.
                statement.execute("UNLISTEN *");
            } catch (SQLException ignored) {
                // A broken connection listens to nothing; the pool discards it.
            }
            try {
                listenConnection.close();
            } catch (SQLException ignored) {
                // Already broken; a new one is opened on the next wait.
            }
            listenConnection = null;
        }
    }

    private static String describe(Exception e) {
        Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
