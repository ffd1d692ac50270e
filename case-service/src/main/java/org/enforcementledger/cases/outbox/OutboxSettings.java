package org.enforcementledger.cases.outbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** The outbox relay's settings and the topic it publishes to ({@code ledger.outbox.*}). */
@ConfigMapping(prefix = "ledger.outbox")
public interface OutboxSettings {

    @WithDefault("true")
    boolean enabled();

    /** Rows published per broker round trip. */
    @WithDefault("500")
    int batchSize();

    /** How long the relay sleeps without a commit notification before it looks anyway. */
    @WithDefault("1s")
    Duration pollInterval();

    /** How long one send may wait for the broker before the batch is retried. */
    @WithDefault("10s")
    Duration sendTimeout();

    /** How long published rows are kept (for audits and re-sends by hand) before they are purged. */
    @WithDefault("7d")
    Duration retention();

    @WithDefault("1h")
    Duration purgeInterval();

    /** The PostgreSQL channel the outbox trigger notifies at commit. */
    String notifyChannel();

    /** The advisory lock that elects one publishing relay among the service's instances. */
    long lockKey();

    /** The topic this service publishes to; created at start-up if missing, with {@code retention.ms=-1}. */
    String topic();

    @WithName("topic-partitions")
    @WithDefault("6")
    int partitions();

    @WithName("topic-replication-factor")
    @WithDefault("1")
    short replicationFactor();
}
